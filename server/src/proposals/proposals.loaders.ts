import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { Document } from '../documents/models/document.model.js';
import type { ForumThread } from '../forum/models/forum.model.js';
import type { Proposal } from './models/proposal.model.js';
import type { ProposalRevision } from './models/proposal-revision.model.js';
import type { ProposalStatusChange } from './models/proposal-status-change.model.js';
import { ProposalDocumentRepository } from './repositories/proposal-document.repository.js';
import { ProposalHistoryRepository } from './repositories/proposal-history.repository.js';
import { ProposalSupportRepository } from './repositories/proposal-support.repository.js';
import { ProposalRepository } from './repositories/proposal.repository.js';

const BY_ID = Symbol('proposal.byId');
const VIEWER_SUPPORTS = Symbol('proposal.viewerSupports');
const HISTORY = Symbol('proposal.history');
const REVISIONS = Symbol('proposal.revisions');
const DOCUMENTS = Symbol('proposal.documents');
const THREADS = Symbol('proposal.threads');
const THRESHOLDS = Symbol('proposal.thresholds');

/** Batches what a page of proposals needs into one statement per relation. */
@Injectable()
export class ProposalLoaders {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly supports: ProposalSupportRepository,
    private readonly historyRepository: ProposalHistoryRepository,
    private readonly documentRepository: ProposalDocumentRepository,
  ) {}

  byId(ctx: RequestContext): DataLoader<string, Proposal | null> {
    return ctx.loaders.get(BY_ID, () => new DataLoader((ids: readonly string[]) => this.proposals.byIds(ids)));
  }

  /** For the request's user (one loader per request: a request has one user). */
  viewerSupports(ctx: RequestContext, userId: string): DataLoader<string, boolean> {
    return ctx.loaders.get(
      VIEWER_SUPPORTS,
      () => new DataLoader((ids: readonly string[]) => this.supports.supportedAmong(userId, ids)),
    );
  }

  history(ctx: RequestContext): DataLoader<string, ProposalStatusChange[]> {
    return ctx.loaders.get(
      HISTORY,
      () => new DataLoader((ids: readonly string[]) => this.historyRepository.statusChangesOf(ids)),
    );
  }

  revisions(ctx: RequestContext): DataLoader<string, ProposalRevision[]> {
    return ctx.loaders.get(
      REVISIONS,
      () => new DataLoader((ids: readonly string[]) => this.historyRepository.revisionsOf(ids)),
    );
  }

  documents(ctx: RequestContext): DataLoader<string, Document[]> {
    return ctx.loaders.get(
      DOCUMENTS,
      () => new DataLoader((ids: readonly string[]) => this.documentRepository.documentsOf(ids)),
    );
  }

  thread(ctx: RequestContext): DataLoader<string, ForumThread | null> {
    return ctx.loaders.get(THREADS, () => new DataLoader((ids: readonly string[]) => this.proposals.threadsByIds(ids)));
  }

  /** A consultation's support threshold (null: none). */
  threshold(ctx: RequestContext): DataLoader<string, number | null> {
    return ctx.loaders.get(
      THRESHOLDS,
      () => new DataLoader((ids: readonly string[]) => this.proposals.thresholds(ids)),
    );
  }
}
