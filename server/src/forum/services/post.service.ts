import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode, ModeratableKind } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess } from '../../common/policy/viewer.js';
import { ViewerService } from '../../common/policy/viewer.service.js';
import type { Viewer } from '../../common/policy/viewer.js';
import { OnBehalfService } from '../../organisations/services/on-behalf.service.js';
import type { AuthState } from '../../common/request-context.js';
import { requireNoBlock, requireNotBlocked } from '../../moderation/blocks.js';
import { ModerationRegistry } from '../../moderation/moderation-registry.js';
import { holdsFor, holdsPost } from '../../moderation/premoderation.js';
import type { CreateThreadInput } from '../dtos/create-thread.input.js';
import type { EditPostInput } from '../dtos/edit-post.input.js';
import type { ReplyInput } from '../dtos/reply.input.js';
import { childPath, depthOf, pathSegment } from '../forum-path.js';
import { canDeletePost, canEditPost, canReply, repliesGoThroughSubject } from '../forum.policy.js';
import { toLivePost } from '../models/live-post.mapper.js';
import { ThreadSubjectType, type ForumPost, type ForumThread } from '../models/forum.model.js';
import { CategoryRepository } from '../repositories/category.repository.js';
import { MentionRepository } from '../repositories/mention.repository.js';
import { PostRepository, type NewPost } from '../repositories/post.repository.js';
import { ReactionRepository } from '../repositories/reaction.repository.js';
import { ThreadRepository, type LockedThread } from '../repositories/thread.repository.js';
import { ForumEventService } from './forum-event.service.js';
import { PostRendererService } from './post-renderer.service.js';

/**
 * Work another feature does inside the forum's writing transaction, after the
 * post is written (its own rows and events, e.g. a draft paragraph's comment
 * counts), so both commit or neither does. Throwing rolls the write back.
 */
export type InForumTransaction<T> = (tx: Queryable, written: T) => Promise<void>;

/**
 * Writing posts (and threads, which start with one). Every change runs in one
 * transaction that locks the thread row (numbering and the event sequence
 * need it), records its event, and publishes only after commit — so a failed
 * write leaves nothing behind.
 */
function requireCanReply(viewer: Viewer, thread: { locked: boolean }): void {
  if (!canReply(viewer, thread))
    throw new DomainError(ErrorCode.THREAD_LOCKED, 'This thread is locked; new replies are closed.');
}

/** What a feature passes to open a thread about one of its things (the API's CreateThreadInput has no subject). */
export interface NewThread extends CreateThreadInput {
  subjectType?: ThreadSubjectType | null;
  subjectId?: string | null;
}

@Injectable()
export class PostService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: PostRepository,
    private readonly threads: ThreadRepository,
    private readonly categories: CategoryRepository,
    private readonly reactions: ReactionRepository,
    private readonly mentions: MentionRepository,
    private readonly renderer: PostRendererService,
    private readonly events: ForumEventService,
    private readonly viewers: ViewerService,
    private readonly onBehalf: OnBehalfService,
    private readonly moderation: ModerationRegistry,
  ) {}

  private readonly writeHooks: InForumTransaction<ForumPost>[] = [];

  /** Work every new post does in its transaction (notifications, follows); registered once at start. */
  onPostWritten(hook: InForumTransaction<ForumPost>): void {
    this.writeHooks.push(hook);
  }

  /**
   * A post becomes public: the work registered with onPostWritten, in the
   * caller's transaction. Run once per post — when written, or, for a reply
   * held for pre-moderation, when a moderator approves it.
   */
  async published(tx: Queryable, post: ForumPost): Promise<void> {
    for (const hook of this.writeHooks) await hook(tx, post);
  }

  async createThread(auth: AuthState, input: NewThread, within?: InForumTransaction<ForumPost>): Promise<ForumThread> {
    if (Boolean(input.subjectType) !== Boolean(input.subjectId)) {
      throw DomainError.badInput([
        { field: input.subjectType ? 'subjectId' : 'subjectType', code: FieldErrorCode.REQUIRED },
      ]);
    }
    const title = input.title.trim();
    if (!title) throw DomainError.badInput([{ field: 'title', code: FieldErrorCode.REQUIRED }]);
    const [rendered, viewer] = await Promise.all([this.renderer.render(input.body), this.viewers.forAuth(auth)]);
    const { thread, event, afterCommit } = await this.db.transaction(async (tx) => {
      if (!(await this.categories.exists(input.categoryId, tx)))
        throw DomainError.badInput([{ field: 'categoryId', code: FieldErrorCode.NOT_FOUND }]);
      const threadId = await this.threads.insert(
        {
          categoryId: input.categoryId,
          authorId: auth.userId,
          title,
          subjectType: input.subjectType ?? null,
          subjectId: input.subjectId ?? null,
        },
        tx,
      );
      await requireNotBlocked(tx, auth.userId, { threadId });
      const inserted = await this.insertPost(tx, {
        threadId,
        parentId: null,
        number: 1,
        path: pathSegment(1),
        authorId: auth.userId,
        source: input.body,
        html: rendered.html,
        stance: null,
        quotedPostId: null,
      });
      const post = await this.onBehalfOf(tx, auth.userId, input.organisationId, inserted);
      await this.mentions.replace(post.id, rendered.mentionedUserIds, tx);
      if (await holdsPost(tx, { ...viewer, userId: auth.userId }, input.categoryId)) {
        // Pre-moderation: the first post waits, and a thread of the category's own waits with it (a subject's
        // discussion thread is only a container, already shown with its subject). No event, no notifications.
        await this.posts.hold(post.id, tx);
        if (!input.subjectType) await this.threads.hold(threadId, tx);
        const afterCommit = await this.moderation.hold(tx, ModeratableKind.POST, post.id);
        await within?.(tx, post);
        return { thread: (await this.threads.byId(threadId, tx))!, event: null, afterCommit };
      }
      const event = await this.events.record(tx, { kind: 'post.created', threadId, post: toLivePost(post) });
      await within?.(tx, post);
      await this.published(tx, post);
      return { thread: (await this.threads.byId(threadId, tx))!, event, afterCommit: null };
    });
    if (event) {
      this.events.publish([event], { categoryId: thread.categoryId, threadId: thread.id, kind: 'thread.created' });
    }
    afterCommit?.();
    return thread;
  }

  /** A reply through the forum's own API. */
  async reply(auth: AuthState, input: ReplyInput): Promise<ForumPost> {
    return this.write(auth, input, { throughSubject: false });
  }

  /**
   * A reply written by the feature that owns the thread's subject (e.g. a
   * comment on a draft paragraph), which has applied its own rules (phase,
   * answers) and stores its own data in the same transaction.
   */
  async replyForSubject(auth: AuthState, input: ReplyInput, within: InForumTransaction<ForumPost>): Promise<ForumPost> {
    return this.write(auth, input, { throughSubject: true, within });
  }

  private async write(
    auth: AuthState,
    input: ReplyInput,
    options: { throughSubject: boolean; within?: InForumTransaction<ForumPost> },
  ): Promise<ForumPost> {
    const within = options.within;
    const [rendered, viewer] = await Promise.all([this.renderer.render(input.body), this.viewers.forAuth(auth)]);
    const { post, event, categoryId, afterCommit } = await this.db.transaction(async (tx) => {
      // Every check that only reads runs before the thread row is locked: under load each statement inside the lock
      // is a turn of a busy event loop that every other writer of the thread waits for (the mixed-load bench). They
      // run in the transaction all the same, on its connection: outside, each would wait for a pooled connection
      // that writers queueing for the lock hold.
      const target = await this.threads.replyTarget(input.threadId, input.parentId ?? null, auth.userId, tx);
      if (!target) throw DomainError.notFound('The thread');
      requireCanReply(viewer, target);
      requireNoBlock(target.blockedUntil);
      if (!options.throughSubject && repliesGoThroughSubject(target)) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'Replies here are written on the draft paragraph, proposal or problem-tree node, where the consultation’s phase rules apply.',
        );
      }
      if (input.stance && target.subjectType !== ThreadSubjectType.CONSULTATION) {
        throw DomainError.badInput(
          [{ field: 'stance', code: FieldErrorCode.INVALID }],
          'A stance is only for threads about a consultation.',
        );
      }
      const parent = target.parent;
      if (!parent) throw DomainError.notFound('The post you are replying to');
      if (parent.deleted) throw new DomainError(ErrorCode.POST_DELETED, 'The post you are replying to was deleted.');
      if (input.quotedPostId && !(await this.posts.isQuotable(target.id, input.quotedPostId, tx)))
        throw DomainError.badInput([{ field: 'quotedPostId', code: FieldErrorCode.NOT_FOUND }]);
      const held = holdsFor(viewer, target.premoderation);
      // A post held for pre-moderation records no event: its number is claimed only for a post that does.
      const thread = await this.threads.claimPostNumber(target.id, !held, tx);
      if (!thread) throw DomainError.notFound('The thread');
      // Locked meanwhile: throwing rolls the claimed number back.
      requireCanReply(viewer, thread);
      const number = thread.lastPostNumber;
      const path = childPath(parent.path, number);
      const inserted = await this.posts.insertReply(
        {
          threadId: thread.id,
          parentId: parent.id,
          number,
          path,
          depth: depthOf(path),
          authorId: auth.userId,
          source: input.body,
          html: rendered.html,
          stance: input.stance ?? null,
          quotedPostId: input.quotedPostId ?? null,
        },
        tx,
      );
      const post = await this.onBehalfOf(tx, auth.userId, input.organisationId, inserted);
      await this.mentions.add(post.id, rendered.mentionedUserIds, tx);
      if (held) {
        // Pre-moderation: no event and no notifications yet, so nobody else hears of it until a moderator approves it.
        await this.posts.hold(post.id, tx);
        const afterCommit = await this.moderation.hold(tx, ModeratableKind.POST, post.id);
        await within?.(tx, post);
        return { post: { ...post, awaitingModeration: true }, event: null, categoryId: thread.categoryId, afterCommit };
      }
      const event = await this.events.recordNumbered(
        tx,
        { kind: 'post.created', threadId: thread.id, post: toLivePost(post) },
        thread.eventSeq,
      );
      await within?.(tx, post);
      await this.published(tx, post);
      return { post, event, categoryId: thread.categoryId, afterCommit: null };
    });
    if (event) this.events.publish([event], { categoryId, threadId: post.threadId, kind: 'thread.updated' });
    afterCommit?.();
    return post;
  }

  async edit(auth: AuthState, input: EditPostInput): Promise<ForumPost> {
    const [rendered, viewer] = await Promise.all([this.renderer.render(input.body), this.viewers.forAuth(auth)]);
    const { post, event } = await this.db.transaction(async (tx) => {
      const current = await this.lockPost(tx, input.postId, (summary) =>
        requireAccess(canEditPost(viewer, summary), 'Only the author can change this post.'),
      );
      if (current.deleted) throw new DomainError(ErrorCode.POST_DELETED, 'This post was deleted and cannot be edited.');
      if (current.hiddenReason)
        throw new DomainError(ErrorCode.CONFLICT, 'A moderator hid this post; it cannot be edited.');
      if (current.bodySource === input.body) return { post: current, event: null };
      await this.posts.insertRevision(
        {
          postId: current.id,
          editorId: auth.userId,
          previousSource: current.bodySource,
          previousHtml: current.bodyHtml,
        },
        tx,
      );
      await this.posts.updateBody(current.id, input.body, rendered.html, tx);
      await this.mentions.replace(current.id, rendered.mentionedUserIds, tx);
      const post = (await this.posts.byId(current.id, tx))!;
      const event = await this.events.record(tx, {
        kind: 'post.edited',
        threadId: post.threadId,
        post: toLivePost(post),
      });
      return { post, event };
    });
    if (event) this.events.publish([event]);
    return post;
  }

  /** The author's delete keeps a tombstone in place, so the replies under it stay in their conversation. */
  async delete(auth: AuthState, postId: string): Promise<ForumPost> {
    const viewer = await this.viewers.forAuth(auth);
    const { post, event } = await this.db.transaction(async (tx) => {
      const current = await this.lockPost(tx, postId, (summary) =>
        requireAccess(canDeletePost(viewer, summary), 'Only the author can change this post.'),
      );
      if (current.deleted) return { post: current, event: null };
      await this.posts.tombstone(current.id, tx);
      // A deleted post's earlier versions (and whom it named) would still show what the author withdrew.
      await this.posts.deleteRevisions(current.id, tx);
      await this.mentions.replace(current.id, [], tx);
      const post = (await this.posts.byId(current.id, tx))!;
      const event = await this.events.record(tx, {
        kind: 'post.deleted',
        threadId: post.threadId,
        post: toLivePost(post),
      });
      return { post, event };
    });
    if (event) this.events.publish([event]);
    return post;
  }

  /**
   * One upvote per user per post, toggled. The thread row is locked (it also
   * numbers the event) and the score recounted from the reactions, so
   * concurrent clicks stay exact.
   */
  async toggleReaction(auth: AuthState, postId: string): Promise<{ post: ForumPost; reacted: boolean }> {
    const { post, reacted, event } = await this.db.transaction(async (tx) => {
      const summary = await this.posts.summary(postId, tx);
      if (!summary) throw DomainError.notFound('The post');
      if (summary.deleted) throw new DomainError(ErrorCode.POST_DELETED, 'This post was deleted.');
      await this.lockThread(tx, summary.threadId);
      const removed = await this.reactions.remove(postId, auth.userId, tx);
      if (!removed) await this.reactions.add(postId, auth.userId, tx);
      await this.posts.recountScore(postId, tx);
      const post = (await this.posts.byId(postId, tx))!;
      const event = await this.events.record(tx, {
        kind: 'reaction.changed',
        threadId: post.threadId,
        postId: post.id,
        score: post.score,
      });
      return { post, reacted: !removed, event };
    });
    this.events.publish([event]);
    return { post, reacted };
  }

  private async lockThread(tx: Queryable, threadId: string): Promise<LockedThread> {
    const thread = await this.threads.lockForWrite(threadId, tx);
    if (!thread) throw DomainError.notFound('The thread');
    return thread;
  }

  /**
   * Checks the caller may change the post (before taking any lock), then locks
   * the thread and reads the post as it is under that lock.
   */
  private async lockPost(
    tx: Queryable,
    postId: string,
    check: (post: { authorId: string | null }) => void,
  ): Promise<ForumPost> {
    const summary = await this.posts.summary(postId, tx);
    if (!summary) throw DomainError.notFound('The post');
    check(summary);
    await this.lockThread(tx, summary.threadId);
    return (await this.posts.byId(postId, tx))!;
  }

  /** Marks the post as written for the organisation (a member's choice) and reads it again with it. */
  private async onBehalfOf(
    tx: Queryable,
    userId: string,
    organisationId: string | null | undefined,
    post: ForumPost,
  ): Promise<ForumPost> {
    if (!organisationId) return post;
    await this.onBehalf.markPost(userId, organisationId, post.id, tx);
    return (await this.posts.byId(post.id, tx))!;
  }

  private async insertPost(tx: Queryable, values: Omit<NewPost, 'depth'>): Promise<ForumPost> {
    const id = await this.posts.insert({ ...values, depth: depthOf(values.path) }, tx);
    return (await this.posts.byId(id, tx))!;
  }
}
