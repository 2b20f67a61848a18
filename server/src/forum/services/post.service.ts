import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { AuthState } from '../../common/request-context.js';
import { childPath, depthOf, pathSegment } from '../forum-path.js';
import type { CreateThreadInput, EditPostInput, ReplyInput } from '../dtos/forum.inputs.js';
import { ThreadSubjectType, type ForumPost, type ForumThread, type PostRevision } from '../models/forum.model.js';
import { ForumEventService } from './forum-event.service.js';
import { POST_COLUMNS, THREAD_COLUMNS, toLivePost } from './forum-sql.js';
import { PostRendererService } from './post-renderer.service.js';

interface LockedThread {
  id: string;
  category_id: string;
  locked: boolean;
  subject_type: string | null;
  last_post_number: number;
}

/**
 * Writing posts. Every change runs in one transaction that locks the thread
 * row (numbering and the event sequence need it), records its event, and
 * publishes only after commit — so a failed write leaves nothing behind.
 */
@Injectable()
export class PostService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly renderer: PostRendererService,
    private readonly events: ForumEventService,
  ) {}

  async createThread(auth: AuthState, input: CreateThreadInput): Promise<ForumThread> {
    if (Boolean(input.subjectType) !== Boolean(input.subjectId)) {
      throw DomainError.badInput([
        { field: input.subjectType ? 'subjectId' : 'subjectType', code: FieldErrorCode.REQUIRED },
      ]);
    }
    const title = input.title.trim();
    if (!title) throw DomainError.badInput([{ field: 'title', code: FieldErrorCode.REQUIRED }]);
    const rendered = await this.renderer.render(input.body);
    const { thread, event } = await this.db.transaction(async (tx) => {
      const categories: unknown[] = await tx.query('SELECT 1 FROM forum_categories WHERE id = $1', [input.categoryId]);
      if (categories.length === 0)
        throw DomainError.badInput([{ field: 'categoryId', code: FieldErrorCode.NOT_FOUND }]);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO forum_threads (category_id, author_id, title, subject_type, subject_id, post_count, last_post_number)
         VALUES ($1, $2, $3, $4, $5, 1, 1) RETURNING id`,
        [input.categoryId, auth.userId, title, input.subjectType ?? null, input.subjectId ?? null],
      );
      const post = await this.insertPost(tx, {
        threadId: id,
        parentId: null,
        number: 1,
        path: pathSegment(1),
        authorId: auth.userId,
        source: input.body,
        html: rendered.html,
        stance: null,
        quotedPostId: null,
      });
      await this.renderer.storeMentions(tx, post.id, rendered.mentionedUserIds);
      const event = await this.events.record(tx, { kind: 'post.created', threadId: id, post: toLivePost(post) });
      return { thread: await this.threadById(tx, id), event };
    });
    this.events.publish([event], { categoryId: thread.categoryId, threadId: thread.id, kind: 'thread.created' });
    return thread;
  }

  async reply(auth: AuthState, input: ReplyInput): Promise<ForumPost> {
    const rendered = await this.renderer.render(input.body);
    const { post, event, categoryId } = await this.db.transaction(async (tx) => {
      const thread = await this.lockThread(tx, input.threadId);
      if (thread.locked)
        throw new DomainError(ErrorCode.THREAD_LOCKED, 'This thread is locked; new replies are closed.');
      if (input.stance && thread.subject_type !== ThreadSubjectType.CONSULTATION) {
        throw DomainError.badInput(
          [{ field: 'stance', code: FieldErrorCode.INVALID }],
          'A stance is only for threads about a consultation.',
        );
      }
      const parent = await this.parentFor(tx, thread.id, input.parentId);
      if (input.quotedPostId) {
        const quoted: unknown[] = await tx.query(
          'SELECT 1 FROM forum_posts WHERE id = $1 AND thread_id = $2 AND deleted_at IS NULL',
          [input.quotedPostId, thread.id],
        );
        if (quoted.length === 0)
          throw DomainError.badInput([{ field: 'quotedPostId', code: FieldErrorCode.NOT_FOUND }]);
      }
      const number = thread.last_post_number + 1;
      await tx.query(
        `UPDATE forum_threads SET last_post_number = $2, post_count = post_count + 1, last_activity_at = now() WHERE id = $1`,
        [thread.id, number],
      );
      await tx.query('UPDATE forum_posts SET reply_count = reply_count + 1 WHERE id = $1', [parent.id]);
      const post = await this.insertPost(tx, {
        threadId: thread.id,
        parentId: parent.id,
        number,
        path: childPath(parent.path, number),
        authorId: auth.userId,
        source: input.body,
        html: rendered.html,
        stance: input.stance ?? null,
        quotedPostId: input.quotedPostId ?? null,
      });
      await this.renderer.storeMentions(tx, post.id, rendered.mentionedUserIds);
      const event = await this.events.record(tx, { kind: 'post.created', threadId: thread.id, post: toLivePost(post) });
      return { post, event, categoryId: thread.category_id };
    });
    this.events.publish([event], { categoryId, threadId: post.threadId, kind: 'thread.updated' });
    return post;
  }

  async edit(auth: AuthState, input: EditPostInput): Promise<ForumPost> {
    const rendered = await this.renderer.render(input.body);
    const { post, event } = await this.db.transaction(async (tx) => {
      const current = await this.lockOwnPost(tx, auth, input.postId);
      if (current.deleted) throw new DomainError(ErrorCode.POST_DELETED, 'This post was deleted and cannot be edited.');
      if (current.bodySource === input.body) return { post: current, event: null };
      await tx.query(
        `INSERT INTO forum_post_revisions (post_id, editor_id, previous_source, previous_html) VALUES ($1, $2, $3, $4)`,
        [current.id, auth.userId, current.bodySource, current.bodyHtml],
      );
      await tx.query(`UPDATE forum_posts SET body_source = $2, body_html = $3, edited_at = now() WHERE id = $1`, [
        current.id,
        input.body,
        rendered.html,
      ]);
      await this.renderer.storeMentions(tx, current.id, rendered.mentionedUserIds);
      const post = await this.postById(tx, current.id);
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
    const { post, event } = await this.db.transaction(async (tx) => {
      const current = await this.lockOwnPost(tx, auth, postId);
      if (current.deleted) return { post: current, event: null };
      await tx.query(`UPDATE forum_posts SET body_source = NULL, body_html = NULL, deleted_at = now() WHERE id = $1`, [
        current.id,
      ]);
      // A deleted post's earlier versions (and whom it named) would still show what the author withdrew.
      await tx.query('DELETE FROM forum_post_revisions WHERE post_id = $1', [current.id]);
      await this.renderer.storeMentions(tx, current.id, []);
      const post = await this.postById(tx, current.id);
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
      const rows: { thread_id: string; deleted: boolean }[] = await tx.query(
        'SELECT thread_id, deleted_at IS NOT NULL AS deleted FROM forum_posts WHERE id = $1',
        [postId],
      );
      if (rows.length === 0) throw DomainError.notFound('The post');
      if (rows[0].deleted) throw new DomainError(ErrorCode.POST_DELETED, 'This post was deleted.');
      await this.lockThread(tx, rows[0].thread_id);
      const removed: unknown[] = await tx.query(
        `WITH removed AS (DELETE FROM forum_reactions WHERE post_id = $1 AND user_id = $2 RETURNING 1) SELECT 1 FROM removed`,
        [postId, auth.userId],
      );
      if (removed.length === 0) {
        await tx.query('INSERT INTO forum_reactions (post_id, user_id) VALUES ($1, $2)', [postId, auth.userId]);
      }
      await tx.query(
        'UPDATE forum_posts SET score = (SELECT count(*) FROM forum_reactions WHERE post_id = $1) WHERE id = $1',
        [postId],
      );
      const post = await this.postById(tx, postId);
      const event = await this.events.record(tx, {
        kind: 'reaction.changed',
        threadId: post.threadId,
        postId: post.id,
        score: post.score,
      });
      return { post, reacted: removed.length === 0, event };
    });
    this.events.publish([event]);
    return { post, reacted };
  }

  async revisions(postId: string): Promise<PostRevision[]> {
    return this.db.query(
      `SELECT id, previous_source AS "previousSource", previous_html AS "previousHtml", created_at AS "editedAt",
              editor_id AS "editorId"
       FROM forum_post_revisions WHERE post_id = $1 ORDER BY created_at DESC, id DESC LIMIT 200`,
      [postId],
    );
  }

  private async lockThread(tx: EntityManager, threadId: string): Promise<LockedThread> {
    const rows: LockedThread[] = await tx.query(
      'SELECT id, category_id, locked, subject_type, last_post_number FROM forum_threads WHERE id = $1 FOR UPDATE',
      [threadId],
    );
    if (rows.length === 0) throw DomainError.notFound('The thread');
    return rows[0];
  }

  private async parentFor(tx: EntityManager, threadId: string, parentId: string | null | undefined) {
    const rows: { id: string; path: string; deleted: boolean }[] = parentId
      ? await tx.query(
          'SELECT id, path, deleted_at IS NOT NULL AS deleted FROM forum_posts WHERE id = $1 AND thread_id = $2',
          [parentId, threadId],
        )
      : await tx.query('SELECT id, path, false AS deleted FROM forum_posts WHERE thread_id = $1 AND number = 1', [
          threadId,
        ]);
    if (rows.length === 0) throw DomainError.notFound('The post you are replying to');
    if (rows[0].deleted) throw new DomainError(ErrorCode.POST_DELETED, 'The post you are replying to was deleted.');
    return rows[0];
  }

  /** Locks the thread, then the post, and checks the caller wrote it. */
  private async lockOwnPost(tx: EntityManager, auth: AuthState, postId: string): Promise<ForumPost> {
    const owner: { thread_id: string; author_id: string | null }[] = await tx.query(
      'SELECT thread_id, author_id FROM forum_posts WHERE id = $1',
      [postId],
    );
    if (owner.length === 0) throw DomainError.notFound('The post');
    if (owner[0].author_id !== auth.userId) throw DomainError.forbidden('Only the author can change this post.');
    await this.lockThread(tx, owner[0].thread_id);
    return this.postById(tx, postId);
  }

  private async insertPost(
    tx: EntityManager,
    values: {
      threadId: string;
      parentId: string | null;
      number: number;
      path: string;
      authorId: string;
      source: string;
      html: string;
      stance: string | null;
      quotedPostId: string | null;
    },
  ): Promise<ForumPost> {
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO forum_posts (thread_id, parent_id, number, path, depth, author_id, body_source, body_html, stance, quoted_post_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        values.threadId,
        values.parentId,
        values.number,
        values.path,
        depthOf(values.path),
        values.authorId,
        values.source,
        values.html,
        values.stance,
        values.quotedPostId,
      ],
    );
    return this.postById(tx, id);
  }

  private async postById(tx: EntityManager, id: string): Promise<ForumPost> {
    const rows: ForumPost[] = await tx.query(`SELECT ${POST_COLUMNS} FROM forum_posts p WHERE p.id = $1`, [id]);
    return rows[0];
  }

  private async threadById(tx: EntityManager, id: string): Promise<ForumThread> {
    const rows: ForumThread[] = await tx.query(`SELECT ${THREAD_COLUMNS} FROM forum_threads t WHERE t.id = $1`, [id]);
    return rows[0];
  }
}
