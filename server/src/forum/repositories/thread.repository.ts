import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetAfter, mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import { ThreadSubjectType } from '@ratusz/shared';
import { blockedUntil, threadMunicipality } from '../../moderation/blocks.js';
import { premoderationHold, type PremoderationHold } from '../../moderation/premoderation.js';
import { takeSeq } from '../../realtime/event-log/event-log.repository.js';
import type { ForumThread } from '../models/forum.model.js';

/** `cursorAt` keeps the microseconds a JavaScript Date would lose, for keyset cursors. */
export const THREAD_COLUMNS = `t.id, t.category_id AS "categoryId", t.title, t.pinned, t.locked,
  t.subject_type AS "subjectType", t.subject_id AS "subjectId", t.post_count - 1 AS "replyCount",
  t.last_post_number AS "lastPostNumber", t.seq::int AS seq, t.created_at AS "createdAt",
  t.last_activity_at AS "lastActivityAt", t.last_activity_at::text AS "cursorAt", t.author_id AS "authorId",
  t.hidden_reason AS "hiddenReason", t.held_at IS NOT NULL AS "awaitingModeration"`;

/** What writing into a thread needs to know (read with the thread row locked, except for checks made before). */
const LOCKED_THREAD_COLUMNS = `id, category_id AS "categoryId", locked, subject_type AS "subjectType",
  last_post_number AS "lastPostNumber"`;

export interface LockedThread {
  id: string;
  categoryId: string;
  locked: boolean;
  subjectType: ThreadSubjectType | null;
  lastPostNumber: number;
}

/** The post a reply hangs under: its id, its path, and whether it was deleted. */
interface ParentPost {
  id: string;
  path: string;
  deleted: boolean;
}

/**
 * A thread a reply is about to be written into, with the post it replies to (null: not in this thread), and the
 * moderation that applies to its author there: the end of a block in force, and the category's pre-moderation.
 */
export interface ReplyTarget extends LockedThread {
  parent: ParentPost | null;
  blockedUntil: Date | null;
  premoderation: PremoderationHold | null;
}

/** A thread whose next post number (and live event number, if asked for) has just been claimed. */
export interface ClaimedThread extends LockedThread {
  /** The thread's event counter after the claim: the new event's number when one was claimed. */
  eventSeq: number;
}

export interface NewThread {
  categoryId: string;
  authorId: string;
  title: string;
  subjectType: ThreadSubjectType | null;
  subjectId: string | null;
}

/** Position of a thread in its category's list: pinned first, then by last activity. */
export interface ThreadListKey {
  pinned: boolean;
  lastActivityAt: string;
  id: string;
}

@Injectable()
export class ThreadRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Pinned first, then by last activity, newest first; `first + 1` rows are
   * asked for by the caller. A thread held for pre-moderation is listed for
   * its author only.
   */
  page(
    categoryId: string,
    limit: number,
    after: ThreadListKey | null,
    viewerId: string | null,
  ): Promise<ForumThread[]> {
    const params: unknown[] = [categoryId, limit, viewerId];
    const afterCursor = after
      ? ` AND ${keysetAfter(
          [
            { sql: 't.pinned', cast: 'boolean' },
            { sql: 't.last_activity_at', cast: 'timestamptz' },
            { sql: 't.id', cast: 'uuid' },
          ],
          [after.pinned, after.lastActivityAt, after.id],
          params,
          'DESC',
        )}`
      : '';
    return rows<ForumThread>(
      this.db,
      // Comments on a draft's paragraphs live in threads of their own, shown with the draft, not in the category.
      `SELECT ${THREAD_COLUMNS} FROM forum_threads t
       WHERE t.category_id = $1 AND t.subject_type IS DISTINCT FROM '${ThreadSubjectType.DRAFT_PARAGRAPH}'
         AND (t.held_at IS NULL OR t.author_id = $3::uuid)${afterCursor}
       ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC LIMIT $2`,
      params,
    );
  }

  /** One entry per id, in order, null where unknown (DataLoader batch). */
  async byIds(ids: readonly string[]): Promise<(ForumThread | null)[]> {
    const found = await rows<ForumThread>(
      this.db,
      `SELECT ${THREAD_COLUMNS} FROM forum_threads t WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (t) => t.id, null);
  }

  byId(id: string, tx: Queryable = this.db): Promise<ForumThread | null> {
    return one<ForumThread>(tx, `SELECT ${THREAD_COLUMNS} FROM forum_threads t WHERE t.id = $1`, [id]);
  }

  /** The thread's posts a moderator hid or holds for approval, with their authors (who still read them). */
  withheldPosts(threadId: string): Promise<{ id: string; authorId: string | null }[]> {
    return rows<{ id: string; authorId: string | null }>(
      this.db,
      `SELECT id, author_id AS "authorId" FROM forum_posts
       WHERE thread_id = $1 AND (hidden_at IS NOT NULL OR held_at IS NOT NULL)`,
      [threadId],
    );
  }

  /** The thread with its first post counted (the caller inserts that post in the same transaction). */
  async insert(values: NewThread, tx: Queryable): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO forum_threads (category_id, author_id, title, subject_type, subject_id, post_count, last_post_number)
       VALUES ($1, $2, $3, $4, $5, 1, 1) RETURNING id`,
      [values.categoryId, values.authorId, values.title, values.subjectType, values.subjectId],
    );
    return inserted!.id;
  }

  /** Locks the thread row until the transaction ends: post numbers and event sequence numbers depend on it. */
  lockForWrite(id: string, tx: Queryable): Promise<LockedThread | null> {
    return one<LockedThread>(tx, `SELECT ${LOCKED_THREAD_COLUMNS} FROM forum_threads WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** Pre-moderation: the thread waits with its first post (see PostModeratable.approve). */
  async hold(id: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_threads SET held_at = now() WHERE id = $1', [id]);
  }

  /** Published with its first post's approval; true when it was held (it appears in its category now). */
  async release(id: string, tx: Queryable): Promise<boolean> {
    return (
      (await returningOne<{ id: string }>(
        tx,
        'UPDATE forum_threads SET held_at = NULL WHERE id = $1 AND held_at IS NOT NULL RETURNING id',
        [id],
      )) !== null
    );
  }

  /**
   * What a reply's checks read before the thread row is locked, in one statement (each one more is a round trip of
   * every writer's, under load): the thread as lockForWrite reads it; the post the reply hangs under — the one named
   * (null unless it is in this thread) or, with none named, the thread's first post, which is never deleted as a
   * parent; and the author's block and pre-moderation where the thread is, as moderation defines them.
   */
  replyTarget(
    id: string,
    parentId: string | null,
    authorId: string,
    db: Queryable = this.db,
  ): Promise<ReplyTarget | null> {
    return one<ReplyTarget>(
      db,
      `SELECT ${LOCKED_THREAD_COLUMNS},
         coalesce(
           (SELECT json_build_object('id', p.id, 'path', p.path, 'deleted', p.deleted_at IS NOT NULL)
            FROM forum_posts p WHERE $2::uuid IS NOT NULL AND p.id = $2 AND p.thread_id = t.id),
           (SELECT json_build_object('id', p.id, 'path', p.path, 'deleted', false)
            FROM forum_posts p WHERE $2::uuid IS NULL AND p.thread_id = t.id AND p.number = 1)
         ) AS parent,
         ${blockedUntil('$3', threadMunicipality('t.id'))}
           AS "blockedUntil",
         ${premoderationHold('t.category_id', '$3')} AS premoderation
       FROM forum_threads t WHERE t.id = $1`,
      [id, parentId, authorId],
    );
  }

  /**
   * Takes the thread's next post number (`lastPostNumber` is the new post's), counts the post and makes the thread
   * the most recently active one, in the one statement that locks the row until the transaction ends. With
   * `numberEvent`, the same statement takes the number of the live event the post will record (`eventSeq`, for
   * ForumEventService.recordNumbered), instead of a second write of the thread's row. A reply refused after it rolls
   * it back with everything else.
   */
  claimPostNumber(id: string, numberEvent: boolean, tx: Queryable): Promise<ClaimedThread | null> {
    return returningOne<ClaimedThread>(
      tx,
      `UPDATE forum_threads
       SET last_post_number = last_post_number + 1, post_count = post_count + 1, last_activity_at = now(),
           ${takeSeq('$2')}
       WHERE id = $1
       RETURNING ${LOCKED_THREAD_COLUMNS}, seq::int AS "eventSeq"`,
      [id, numberEvent ? 1 : 0],
    );
  }

  /** null keeps a flag as it is. */
  async setFlags(id: string, flags: { pinned: boolean | null; locked: boolean | null }, tx: Queryable): Promise<void> {
    await tx.query(
      'UPDATE forum_threads SET pinned = coalesce($2, pinned), locked = coalesce($3, locked) WHERE id = $1',
      [id, flags.pinned, flags.locked],
    );
  }
}
