import { Injectable } from '@nestjs/common';
import {
  ConsultationAction,
  ErrorCode,
  FieldErrorCode,
  ThreadSubjectType,
  type ConsultationEvent,
} from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { AuthState } from '../../common/request-context.js';
import { canViewConsultation } from '../../consultations/consultations.policy.js';
import type { Consultation } from '../../consultations/models/consultation.model.js';
import { ConsultationEventService } from '../../consultations/services/consultation-event.service.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import type { ForumPost } from '../../forum/models/forum.model.js';
import { PostService } from '../../forum/services/post.service.js';
import { canAnswerParagraphComment, canCommentOnParagraph } from '../drafts.policy.js';
import type { DraftParagraph } from '../models/draft-paragraph.model.js';
import type { Draft } from '../models/draft.model.js';
import { DraftRepository } from '../repositories/draft.repository.js';
import { OfficialAnswerRepository } from '../repositories/official-answer.repository.js';
import { ParagraphRepository } from '../repositories/paragraph.repository.js';

/** How much of the paragraph its thread's opening post quotes. */
const QUOTE_MAX = 2_000;
const TITLE_MAX = 200;

/** Another request opened the paragraph's thread first; this one's thread is rolled back. */
class ThreadClaimedElsewhere extends Error {}

interface ParagraphContext {
  paragraph: DraftParagraph;
  draft: Draft;
  consultation: Consultation;
}

/**
 * Comments on draft paragraphs are forum posts: each paragraph gets a
 * thread (subject DRAFT_PARAGRAPH) on its first comment, whose opening post
 * quotes the paragraph, so threading, markdown, mentions and live thread
 * events are the forum's. What the forum does not know — which replies are
 * officials' answers, and the consultation's live event — is written inside
 * the forum's own transaction, so a comment and its counts commit together.
 */
@Injectable()
export class ParagraphCommentService {
  constructor(
    private readonly drafts: DraftRepository,
    private readonly paragraphs: ParagraphRepository,
    private readonly answers: OfficialAnswerRepository,
    private readonly consultations: ConsultationService,
    private readonly rules: PhaseRulesService,
    private readonly events: ConsultationEventService,
    private readonly posts: PostService,
  ) {}

  async comment(
    viewer: Viewer,
    auth: AuthState,
    input: { paragraphId: string; body: string; parentPostId?: string | null },
  ): Promise<ForumPost> {
    requireUser(viewer);
    const context = await this.context(viewer, input.paragraphId);
    const { draft, consultation } = context;
    requireAccess(canCommentOnParagraph(viewer, consultation));
    await this.rules.require(consultation, ConsultationAction.COMMENT_DRAFT);
    const latest = await this.drafts.latestVersion(consultation.id);
    if (draft.version !== latest) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `Version ${draft.version} was replaced by version ${latest}; comments go to the current version.`,
      );
    }
    // A paragraph without a thread has no comment to reply to: refused before a thread is opened for nothing.
    if (input.parentPostId && !context.paragraph.threadId)
      throw DomainError.notFound('The comment you are replying to');
    const threadId = await this.ensureThread(viewer.userId, context);
    const recorded: { event?: ConsultationEvent } = {};
    const post = await this.posts.replyForSubject(
      auth,
      { threadId, body: input.body, parentId: input.parentPostId ?? null },
      async (tx, written) => {
        recorded.event = await this.recordCommented(tx, context, written, false);
      },
    );
    this.events.publish([recorded.event!]);
    return post;
  }

  /** An official's reply to a comment, marked as its answer. Answers stay possible after comments close. */
  async answer(viewer: Viewer, auth: AuthState, input: { postId: string; body: string }): Promise<ForumPost> {
    requireUser(viewer);
    const target = await this.answers.paragraphPost(input.postId);
    if (!target) throw DomainError.notFound('The comment');
    const context = await this.context(viewer, target.paragraphId);
    requireAccess(
      canAnswerParagraphComment(viewer, context.consultation),
      'Only officials of the consultation’s municipality answer comments.',
    );
    if (target.number === 1 || target.isAnswer) {
      throw DomainError.badInput(
        [{ field: 'postId', code: FieldErrorCode.INVALID }],
        'Answer a comment, not the quoted paragraph or another answer.',
      );
    }
    const recorded: { event?: ConsultationEvent } = {};
    const post = await this.posts.replyForSubject(
      auth,
      { threadId: target.threadId, body: input.body, parentId: target.postId },
      async (tx, written) => {
        await this.answers.insert(
          { postId: written.id, answeredPostId: target.postId, paragraphId: target.paragraphId },
          tx,
        );
        recorded.event = await this.recordCommented(tx, context, written, true);
      },
    );
    this.events.publish([recorded.event!]);
    return post;
  }

  /** The paragraph with its draft and consultation; NOT_FOUND when the consultation is hidden from the viewer. */
  private async context(viewer: Viewer, paragraphId: string): Promise<ParagraphContext> {
    const paragraph = await this.paragraphs.byId(paragraphId);
    if (!paragraph) throw DomainError.notFound('The paragraph');
    const draft = (await this.drafts.byId(paragraph.draftId))!;
    const consultation = await this.consultations.get(draft.consultationId);
    if (!canViewConsultation(viewer, consultation)) throw DomainError.notFound('The paragraph');
    return { paragraph, draft, consultation };
  }

  /**
   * The paragraph's thread, opened on its first comment by the draft's
   * author with the paragraph quoted. Two first comments at once open one
   * thread: the second's is rolled back and it uses the first's.
   */
  private async ensureThread(
    commenterId: string,
    { paragraph, draft, consultation }: ParagraphContext,
  ): Promise<string> {
    if (paragraph.threadId) return paragraph.threadId;
    const categoryId = await this.paragraphs.threadCategory(consultation.id, consultation.municipalityId);
    if (!categoryId) {
      throw new DomainError(ErrorCode.CONFLICT, 'The municipality has no forum category to hold the comments.');
    }
    try {
      const thread = await this.posts.createThread(
        // The quoted paragraph is the draft author's text; the forum only needs to know who writes.
        { userId: draft.createdById ?? commenterId, sessionId: '', isAdmin: false },
        {
          categoryId,
          title: `§ ${paragraph.number} · ${draft.title} (v${draft.version})`.slice(0, TITLE_MAX),
          body: quote(paragraph.source),
          subjectType: ThreadSubjectType.DRAFT_PARAGRAPH,
          subjectId: paragraph.id,
        },
        async (tx, opening) => {
          if (!(await this.paragraphs.claimThread(paragraph.id, opening.threadId, tx)))
            throw new ThreadClaimedElsewhere();
        },
      );
      return thread.id;
    } catch (error) {
      if (!(error instanceof ThreadClaimedElsewhere)) throw error;
      return (await this.paragraphs.byId(paragraph.id))!.threadId!;
    }
  }

  private async recordCommented(
    tx: Queryable,
    { paragraph, draft, consultation }: ParagraphContext,
    post: ForumPost,
    officialAnswer: boolean,
  ): Promise<ConsultationEvent> {
    const [stats] = await this.paragraphs.stats([paragraph.id], tx);
    return this.events.record(tx, consultation.id, {
      kind: 'paragraph.commented',
      draftId: draft.id,
      paragraphId: paragraph.id,
      paragraphNumber: paragraph.number,
      threadId: post.threadId,
      postId: post.id,
      officialAnswer,
      commentCount: stats.commentCount,
      answeredCount: stats.answeredCount,
    });
  }
}

/** The paragraph as a markdown quote, shortened when long. */
function quote(source: string): string {
  const text = source.length > QUOTE_MAX ? `${source.slice(0, QUOTE_MAX)}…` : source;
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}
