import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetAfter, mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { ForumPost, PostRevision, Stance } from '../models/forum.model.js';

export const POST_COLUMNS = `p.id, p.thread_id AS "threadId", p.parent_id AS "parentId", p.number, p.depth, p.path,
  CASE WHEN p.hidden_at IS NULL THEN p.body_html END AS "bodyHtml",
  CASE WHEN p.hidden_at IS NULL THEN p.body_source END AS "bodySource", p.hidden_reason AS "hiddenReason", p.deleted_at IS NOT NULL AS deleted, p.stance, p.score,
  p.held_at IS NOT NULL AS "awaitingModeration", p.reply_count AS "replyCount", p.created_at AS "createdAt", p.edited_at AS "editedAt",
  p.quoted_post_id AS "quotedPostId", p.author_id AS "authorId"`;

/** A post's INSERT with its parameters, shared by the plain insert and the reply's insert-and-count statement. */
const INSERT_POST = `INSERT INTO forum_posts (thread_id, parent_id, number, path, depth, author_id, body_source, body_html, stance, quoted_post_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`;

function insertParams(values: NewPost): unknown[] {
  return [
    values.threadId,
    values.parentId,
    values.number,
    values.path,
    values.depth,
    values.authorId,
    values.source,
    values.html,
    values.stance,
    values.quotedPostId,
  ];
}

const REVISION_COLUMNS = `r.id, r.previous_source AS "previousSource", r.previous_html AS "previousHtml",
  r.created_at AS "editedAt", r.editor_id AS "editorId"`;

/** A thread's shape without the text: enough to order it by score in memory. */
export interface PostTreeRow {
  id: string;
  parentId: string | null;
  score: number;
  number: number;
}

/** What the checks before a write need, without locking anything yet. */
export interface PostSummary {
  threadId: string;
  authorId: string | null;
  deleted: boolean;
}

/** Whether a post's text is withheld (hidden or held), and from whom it is not. */
export interface PostVisibility {
  authorId: string | null;
  municipalityId: string | null;
  withheld: boolean;
}

export interface NewPost {
  threadId: string;
  parentId: string | null;
  number: number;
  path: string;
  depth: number;
  authorId: string;
  source: string;
  html: string;
  stance: Stance | null;
  quotedPostId: string | null;
}

/** A reply held for pre-moderation is visible to its author only (parameter: the viewer's id or null). */
const VISIBLE_TO = (alias: string, param: number) =>
  `(${alias}.held_at IS NULL OR ${alias}.author_id = $${param}::uuid)`;

/** Posts of a subtree have paths starting with the root's; '~' sorts after every path character. */
const IN_SUBTREE = (column: string, param: number) => `${column} >= $${param} AND ${column} < $${param} || '~'`;

@Injectable()
export class PostRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** With the organisation it was written for (`onBehalfOf`), as live events carry it. */
  byId(id: string, tx: Queryable = this.db): Promise<ForumPost | null> {
    return one<ForumPost>(
      tx,
      `SELECT ${POST_COLUMNS},
         CASE WHEN o.id IS NULL THEN NULL
              ELSE json_build_object('id', o.id, 'name', o.name, 'verified', o.verified_at IS NOT NULL) END AS "onBehalfOf"
       FROM forum_posts p LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = $1`,
      [id],
    );
  }

  /** One entry per id, in order, null where unknown. */
  async byIds(ids: readonly string[]): Promise<(ForumPost | null)[]> {
    const found = await rows<ForumPost>(
      this.db,
      `SELECT ${POST_COLUMNS} FROM forum_posts p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (p) => p.id, null);
  }

  /** Reading (depth-first) order within a subtree ('' for the whole thread), a range scan on the path index. */
  pageByPath(
    threadId: string,
    rootPath: string,
    limit: number,
    afterPath: string | null,
    viewerId: string | null = null,
  ): Promise<ForumPost[]> {
    const params: unknown[] = [threadId, rootPath, limit, viewerId];
    const afterCursor =
      afterPath === null ? '' : ` AND ${keysetAfter([{ sql: 'p.path' }], [afterPath], params, 'ASC')}`;
    return rows<ForumPost>(
      this.db,
      `SELECT ${POST_COLUMNS} FROM forum_posts p
       WHERE p.thread_id = $1 AND ${IN_SUBTREE('p.path', 2)}${afterCursor} AND ${VISIBLE_TO('p', 4)}
       ORDER BY p.path LIMIT $3`,
      params,
    );
  }

  /** Ids, parents and scores of a subtree in path order. */
  tree(threadId: string, rootPath: string, viewerId: string | null = null): Promise<PostTreeRow[]> {
    return rows<PostTreeRow>(
      this.db,
      `SELECT p.id, p.parent_id AS "parentId", p.score, p.number FROM forum_posts p
       WHERE p.thread_id = $1 AND ${IN_SUBTREE('p.path', 2)} AND ${VISIBLE_TO('p', 3)} ORDER BY p.path`,
      [threadId, rootPath, viewerId],
    );
  }

  async pathIn(threadId: string, postId: string): Promise<string | null> {
    const found = await one<{ path: string }>(
      this.db,
      'SELECT path FROM forum_posts WHERE id = $1 AND thread_id = $2',
      [postId, threadId],
    );
    return found?.path ?? null;
  }

  summary(id: string, tx: Queryable = this.db): Promise<PostSummary | null> {
    return one<PostSummary>(
      tx,
      `SELECT thread_id AS "threadId", author_id AS "authorId", deleted_at IS NOT NULL AS deleted
       FROM forum_posts WHERE id = $1`,
      [id],
    );
  }

  /** Whether the post can be quoted in this thread: it is there and not deleted. */
  async isQuotable(threadId: string, postId: string, tx: Queryable): Promise<boolean> {
    const found = await one(tx, 'SELECT 1 FROM forum_posts WHERE id = $1 AND thread_id = $2 AND deleted_at IS NULL', [
      postId,
      threadId,
    ]);
    return found !== null;
  }

  async insert(values: NewPost, tx: Queryable): Promise<string> {
    const inserted = await returningOne<{ id: string }>(tx, `${INSERT_POST} RETURNING id`, insertParams(values));
    return inserted!.id;
  }

  /**
   * A reply, inserted and counted on its parent in one statement (one round trip while the thread row is locked),
   * read back as byId reads it; the organisation it is written for is set afterwards (onBehalfOf).
   */
  async insertReply(values: NewPost & { parentId: string }, tx: Queryable): Promise<ForumPost> {
    const inserted = await one<ForumPost>(
      tx,
      `WITH p AS (
         ${INSERT_POST} RETURNING *
       ), counted AS (UPDATE forum_posts SET reply_count = reply_count + 1 WHERE id = $2)
       SELECT ${POST_COLUMNS}, NULL::json AS "onBehalfOf" FROM p`,
      insertParams(values),
    );
    return inserted!;
  }

  async updateBody(id: string, source: string, html: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_posts SET body_source = $2, body_html = $3, edited_at = now() WHERE id = $1', [
      id,
      source,
      html,
    ]);
  }

  /** Empties the post and marks it deleted; the row stays so its replies keep their place. */
  /** Pre-moderation: the reply waits for a moderator's approval. */
  async hold(id: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_posts SET held_at = now() WHERE id = $1', [id]);
  }

  async tombstone(id: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_posts SET body_source = NULL, body_html = NULL, deleted_at = now() WHERE id = $1', [
      id,
    ]);
  }

  /** Recounted from the reactions rather than incremented, so concurrent toggles stay exact. */
  async recountScore(id: string, tx: Queryable): Promise<void> {
    await tx.query(
      'UPDATE forum_posts SET score = (SELECT count(*) FROM forum_reactions WHERE post_id = $1) WHERE id = $1',
      [id],
    );
  }

  async insertRevision(
    values: { postId: string; editorId: string; previousSource: string | null; previousHtml: string | null },
    tx: Queryable,
  ): Promise<void> {
    await tx.query(
      'INSERT INTO forum_post_revisions (post_id, editor_id, previous_source, previous_html) VALUES ($1, $2, $3, $4)',
      [values.postId, values.editorId, values.previousSource, values.previousHtml],
    );
  }

  async deleteRevisions(postId: string, tx: Queryable): Promise<void> {
    await tx.query('DELETE FROM forum_post_revisions WHERE post_id = $1', [postId]);
  }

  visibility(postId: string): Promise<PostVisibility | null> {
    return one<PostVisibility>(
      this.db,
      `SELECT p.author_id AS "authorId", c.municipality_id AS "municipalityId",
         (p.hidden_at IS NOT NULL OR p.held_at IS NOT NULL) AS withheld
       FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id JOIN forum_categories c ON c.id = t.category_id
       WHERE p.id = $1`,
      [postId],
    );
  }

  /** Newest first. */
  revisions(postId: string, limit: number): Promise<PostRevision[]> {
    return rows<PostRevision>(
      this.db,
      `SELECT ${REVISION_COLUMNS} FROM forum_post_revisions r WHERE r.post_id = $1
       ORDER BY r.created_at DESC, r.id DESC LIMIT $2`,
      [postId, limit],
    );
  }
}
