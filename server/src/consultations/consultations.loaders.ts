import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { ForumThread } from '../forum/models/forum.model.js';
import type { ServiceArea } from '../municipalities/models/municipality.model.js';
import type { ConsultationContentCounts } from './models/consultation-content-counts.model.js';
import type { Consultation } from './models/consultation.model.js';
import { ConsultationDiscussionRepository } from './repositories/consultation-discussion.repository.js';
import { ConsultationFollowRepository } from './repositories/consultation-follow.repository.js';
import { ConsultationPhaseRepository, type StoredPhase } from './repositories/consultation-phase.repository.js';
import { ConsultationServiceAreaRepository } from './repositories/consultation-service-area.repository.js';
import { ConsultationRepository } from './repositories/consultation.repository.js';

const BY_ID = Symbol('consultation.byId');
const PHASES = Symbol('consultation.phases');
const SERVICE_AREAS = Symbol('consultation.serviceAreas');
const FOLLOWER_COUNT = Symbol('consultation.followerCount');
const VIEWER_FOLLOWS = Symbol('consultation.viewerFollows');
const DISCUSSION = Symbol('consultation.discussionThread');
const CONTENT_COUNTS = Symbol('consultation.contentCounts');

/** Batches what a page of consultations needs into one statement per relation. */
@Injectable()
export class ConsultationLoaders {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly phases: ConsultationPhaseRepository,
    private readonly serviceAreas: ConsultationServiceAreaRepository,
    private readonly follows: ConsultationFollowRepository,
    private readonly discussions: ConsultationDiscussionRepository,
  ) {}

  byId(ctx: RequestContext): DataLoader<string, Consultation | null> {
    return ctx.loaders.get(BY_ID, () => new DataLoader((ids: readonly string[]) => this.consultations.byIds(ids)));
  }

  phasesOf(ctx: RequestContext): DataLoader<string, StoredPhase[]> {
    return ctx.loaders.get(
      PHASES,
      () => new DataLoader((ids: readonly string[]) => this.phases.byConsultationIds(ids)),
    );
  }

  serviceAreasOf(ctx: RequestContext): DataLoader<string, ServiceArea[]> {
    return ctx.loaders.get(
      SERVICE_AREAS,
      () => new DataLoader((ids: readonly string[]) => this.serviceAreas.byConsultationIds(ids)),
    );
  }

  followerCount(ctx: RequestContext): DataLoader<string, number> {
    return ctx.loaders.get(
      FOLLOWER_COUNT,
      () => new DataLoader((ids: readonly string[]) => this.follows.countsByConsultationIds(ids)),
    );
  }

  /** For the request's user (one loader per request: a request has one user). */
  viewerFollows(ctx: RequestContext, userId: string): DataLoader<string, boolean> {
    return ctx.loaders.get(
      VIEWER_FOLLOWS,
      () => new DataLoader((ids: readonly string[]) => this.follows.followedAmong(userId, ids)),
    );
  }

  contentCounts(ctx: RequestContext): DataLoader<string, ConsultationContentCounts> {
    return ctx.loaders.get(
      CONTENT_COUNTS,
      () => new DataLoader((ids: readonly string[]) => this.consultations.contentCounts(ids)),
    );
  }

  discussionThread(ctx: RequestContext): DataLoader<string, ForumThread | null> {
    return ctx.loaders.get(
      DISCUSSION,
      () => new DataLoader((ids: readonly string[]) => this.discussions.threadsBySubject(ids)),
    );
  }
}
