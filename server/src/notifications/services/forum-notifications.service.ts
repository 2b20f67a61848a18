import { Injectable, type OnModuleInit } from '@nestjs/common';
import { hiddenByModeratorPl, NotificationSubjectKind, NotificationType } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import type { ForumPost } from '../../forum/models/forum.model.js';
import { PostService } from '../../forum/services/post.service.js';
import { PostContextRepository } from '../repositories/post-context.repository.js';
import { recipientList, unionOf, type RecipientSource } from '../repositories/notification.repository.js';
import {
  consultationFollowers,
  threadFollowers,
  ThreadFollowRepository,
} from '../repositories/thread-follow.repository.js';
import { NotificationService } from './notification.service.js';

/** A post's link in the client: the thread page, scrolled to the post. */
function postPath(threadId: string, postId: string): string {
  return `/forum/watek/${encodeURIComponent(threadId)}#post-${encodeURIComponent(postId)}`;
}

/**
 * Every new post (a thread's first one or a reply, through the forum or a
 * subject's feature) notifies, inside the forum's transaction, in one INSERT:
 * the author of the post replied to, the users it mentions, the thread's
 * followers and, in a consultation's debate, the consultation's followers —
 * each recipient once, by the first of those that applies. The author then
 * follows the thread, unless they do already.
 */
@Injectable()
export class ForumNotificationsService implements OnModuleInit {
  constructor(
    private readonly posts: PostService,
    private readonly contexts: PostContextRepository,
    private readonly follows: ThreadFollowRepository,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.posts.onPostWritten((tx, post) => this.postWritten(tx, post));
  }

  async postWritten(tx: Queryable, post: ForumPost): Promise<void> {
    const context = await this.contexts.of(post.id, tx);
    if (!context) return;
    const sources: RecipientSource[] = [];
    if (context.parentAuthorId && !context.isFirstPost) {
      sources.push(recipientList([context.parentAuthorId], NotificationType.REPLY, 0));
    }
    if (context.mentionedUserIds.length) {
      sources.push(recipientList(context.mentionedUserIds, NotificationType.MENTION, 1));
    }
    sources.push(threadFollowers(post.threadId, NotificationType.FOLLOWED_THREAD_POST, 2));
    if (context.debateOfConsultationId) {
      sources.push(
        consultationFollowers(context.debateOfConsultationId, NotificationType.FOLLOWED_CONSULTATION_POST, 3),
      );
    }
    await this.notifications.notifyFrom(
      {
        actorId: post.authorId,
        subjectKind: NotificationSubjectKind.POST,
        subjectId: post.id,
        consultationId: context.consultationId,
        municipalityId: context.municipalityId,
        // Notifications and e-mails outlive the hiding: a hidden thread's title goes in none of them.
        title: context.threadHidden ? hiddenByModeratorPl(context.threadHiddenReason) : context.threadTitle,
        path: postPath(post.threadId, post.id),
        dedupeKey: `post:${post.id}`,
      },
      unionOf(...sources),
      tx,
    );
    // A statement saved while the thread row is locked, for every later post of someone who follows already.
    if (post.authorId && !context.authorFollows) await this.follows.follow(post.authorId, post.threadId, tx);
  }
}
