import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DRAFT_LIMITS, FieldErrorCode, type LiveDraft } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { ConsultationEventService } from '../../consultations/services/consultation-event.service.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { createMarkdownRenderer } from '../../forum/services/markdown.service.js';
import { canPublishDraft } from '../drafts.policy.js';
import type { DraftParagraph } from '../models/draft-paragraph.model.js';
import type { Draft } from '../models/draft.model.js';
import { diffParagraphs, splitDraft, type DiffEntry } from '../paragraphs.js';
import { DraftRepository } from '../repositories/draft.repository.js';
import { ParagraphRepository } from '../repositories/paragraph.repository.js';

function toLiveDraft(draft: Draft): LiveDraft {
  return {
    id: draft.id,
    consultationId: draft.consultationId,
    version: draft.version,
    title: draft.title,
    paragraphCount: draft.paragraphCount,
    createdAt: new Date(draft.createdAt).toISOString(),
  };
}

/**
 * Versions of a consultation's draft document. A new version never touches
 * the old ones: their paragraphs keep their comments, and a diff compares
 * any two versions paragraph by paragraph.
 */
@Injectable()
export class DraftService {
  /** The forum's renderer (the one markdown renderer), for splitting as well as rendering. */
  private readonly md = createMarkdownRenderer();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly drafts: DraftRepository,
    private readonly paragraphs: ParagraphRepository,
    private readonly consultations: ConsultationService,
    private readonly events: ConsultationEventService,
  ) {}

  async publish(viewer: Viewer, input: { consultationId: string; title: string; source: string }): Promise<Draft> {
    requireUser(viewer);
    const split = splitDraft(this.md, input.source);
    if (split.length === 0) throw DomainError.badInput([{ field: 'source', code: FieldErrorCode.REQUIRED }]);
    if (split.length > DRAFT_LIMITS.paragraphsMax) {
      throw DomainError.badInput(
        [{ field: 'source', code: FieldErrorCode.TOO_LONG, params: { max: DRAFT_LIMITS.paragraphsMax } }],
        `A draft has at most ${DRAFT_LIMITS.paragraphsMax} paragraphs.`,
      );
    }
    const { draft, event } = await this.db.transaction(async (tx) => {
      // The consultation's row lock also numbers versions one at a time.
      const consultation = await this.consultations.lockManaged(viewer, input.consultationId, tx);
      requireAccess(canPublishDraft(viewer, consultation), 'Only officials of the municipality publish drafts.');
      const version = (await this.drafts.latestVersion(consultation.id, tx)) + 1;
      const id = await this.drafts.insert(
        {
          consultationId: consultation.id,
          version,
          title: input.title,
          source: input.source,
          createdBy: viewer.userId,
        },
        tx,
      );
      await this.paragraphs.insertAll(id, split, tx);
      const draft = (await this.drafts.byId(id, tx))!;
      const event = await this.events.record(tx, consultation.id, {
        kind: 'draft.published',
        draft: toLiveDraft(draft),
      });
      return { draft, event };
    });
    this.events.publish([event]);
    return draft;
  }

  /** Newest version first. */
  async list(viewer: Viewer, consultationId: string): Promise<Draft[]> {
    const consultation = await this.consultations.getVisible(viewer, consultationId);
    return this.drafts.ofConsultation(consultation.id);
  }

  /** Null when there is none or its consultation is hidden from the viewer. */
  async find(viewer: Viewer, id: string): Promise<Draft | null> {
    const draft = await this.drafts.byId(id);
    if (!draft) return null;
    return (await this.consultations.find(viewer, draft.consultationId)) ? draft : null;
  }

  async diff(viewer: Viewer, fromDraftId: string, toDraftId: string): Promise<DiffEntry<DraftParagraph>[]> {
    const [from, to] = await this.drafts.byIds([fromDraftId, toDraftId]);
    if (!from) throw DomainError.badInput([{ field: 'fromDraftId', code: FieldErrorCode.NOT_FOUND }]);
    if (!to) throw DomainError.badInput([{ field: 'toDraftId', code: FieldErrorCode.NOT_FOUND }]);
    if (from.consultationId !== to.consultationId) {
      throw DomainError.badInput(
        [{ field: 'toDraftId', code: FieldErrorCode.INVALID }],
        'Both versions must belong to the same consultation.',
      );
    }
    await this.consultations.getVisible(viewer, from.consultationId);
    const [fromParagraphs, toParagraphs] = await this.paragraphs.ofDrafts([from.id, to.id]);
    return diffParagraphs(fromParagraphs, toParagraphs);
  }
}
