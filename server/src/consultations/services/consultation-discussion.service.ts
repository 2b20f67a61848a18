import { Injectable, Logger } from '@nestjs/common';
import { ThreadSubjectType } from '@ratusz/shared';
import { PostService } from '../../forum/services/post.service.js';
import type { Consultation } from '../models/consultation.model.js';
import { ConsultationDiscussionRepository } from '../repositories/consultation-discussion.repository.js';

/** Opens a published consultation's discussion: a forum thread about it, in its municipality's forum. */
@Injectable()
export class ConsultationDiscussionService {
  private readonly logger = new Logger(ConsultationDiscussionService.name);

  constructor(
    private readonly repository: ConsultationDiscussionRepository,
    private readonly posts: PostService,
  ) {}

  /**
   * Idempotent: a consultation that already has a thread (the demo debate,
   * or a publish retried) keeps it. Runs after the publishing transaction, so
   * a failure here leaves the consultation published, without discussion;
   * it is logged and the next publish call opens it.
   */
  async ensureThread(consultation: Consultation): Promise<void> {
    const [existing] = await this.repository.threadsBySubject([consultation.id]);
    if (existing || !consultation.organiserId) return;
    try {
      const categoryId = await this.repository.categoryFor(consultation.municipalityId);
      await this.posts.createThread(
        // The organiser opens the debate; the forum only needs to know who writes.
        { userId: consultation.organiserId, sessionId: '', isAdmin: false },
        {
          categoryId,
          title: consultation.title,
          body: consultation.summarySource,
          subjectType: ThreadSubjectType.CONSULTATION,
          subjectId: consultation.id,
        },
      );
    } catch (error) {
      this.logger.error(`Could not open the discussion of consultation ${consultation.id}: ${String(error)}`);
    }
  }
}
