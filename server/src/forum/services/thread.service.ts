import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, decodePositionCursor, toConnection } from '../../common/pagination/cursor.js';
import type { AuthState } from '../../common/request-context.js';
import type { ThreadFlagsInput } from '../dtos/forum.inputs.js';
import { PostOrder, type ForumPost, type ForumThread } from '../models/forum.model.js';
import { ForumAccessService } from './forum-access.service.js';
import { ForumEventService } from './forum-event.service.js';
import { POST_COLUMNS, THREAD_COLUMNS } from './forum-sql.js';

interface TreeRow {
  id: string;
  parent_id: string | null;
  score: number;
  number: number;
}

/** Reading threads: lists, pages of posts, read positions; and the moderators' pin and lock. */
@Injectable()
export class ThreadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
    private readonly events: ForumEventService,
  ) {}

  /** Pinned first, then by last activity; the cursor carries all three sort keys. */
  async list(categoryId: string, first: number, after?: string | null): Promise<ConnectionShape<ForumThread>> {
    const cursor = decodeCursor(after);
    const params: unknown[] = [categoryId, first + 1];
    let where = 't.category_id = $1';
    if (cursor) {
      const [pinned, at] = String(cursor[0]).split('|');
      params.push(pinned === '1', at, cursor[1]);
      where += ` AND (t.pinned, t.last_activity_at, t.id) < ($3, $4::timestamptz, $5::uuid)`;
    }
    const rows: ForumThread[] = await this.db.query(
      `SELECT ${THREAD_COLUMNS} FROM forum_threads t WHERE ${where}
       ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC LIMIT $2`,
      params,
    );
    return toConnection(rows, first, (t) => [`${t.pinned ? 1 : 0}|${t.cursorAt}`, t.id]);
  }

  async byIds(ids: readonly string[]): Promise<(ForumThread | null)[]> {
    const rows: ForumThread[] = await this.db.query(
      `SELECT ${THREAD_COLUMNS} FROM forum_threads t WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(id: string): Promise<ForumThread> {
    const [thread] = await this.byIds([id]);
    if (!thread) throw DomainError.notFound('The thread');
    return thread;
  }

  /**
   * A page of a thread in reading order (depth-first). OLDEST is a range scan
   * on the path index; BEST orders siblings by score, which no stored path
   * can, so the thread's skeleton (ids, parents, scores) is ordered in memory
   * and only the page's posts are loaded in full.
   */
  async posts(
    threadId: string,
    args: { first: number; after?: string | null; order: PostOrder; rootPostId?: string | null },
  ): Promise<ConnectionShape<ForumPost>> {
    let rootPath = '';
    if (args.rootPostId) {
      const roots: { path: string }[] = await this.db.query(
        'SELECT path FROM forum_posts WHERE id = $1 AND thread_id = $2',
        [args.rootPostId, threadId],
      );
      if (roots.length === 0) throw DomainError.badInput([{ field: 'rootPostId', code: FieldErrorCode.NOT_FOUND }]);
      rootPath = roots[0].path;
    }
    const page =
      args.order === PostOrder.BEST
        ? await this.bestPage(threadId, rootPath, args.first, args.after)
        : await this.oldestPage(threadId, rootPath, args.first, args.after);
    // Every thread has its first post, so only an empty page can mean an unknown thread: checked then, not per page.
    if (page.nodes.length === 0) await this.get(threadId);
    return page;
  }

  private async oldestPage(threadId: string, rootPath: string, first: number, after?: string | null) {
    const cursor = decodeCursor(after);
    const rows: ForumPost[] = await this.db.query(
      `SELECT ${POST_COLUMNS} FROM forum_posts p
       WHERE p.thread_id = $1 AND p.path >= $2 AND p.path < $2 || '~' AND p.path > $3
       ORDER BY p.path LIMIT $4`,
      [threadId, rootPath, cursor ? String(cursor[0]) : '', first + 1],
    );
    return toConnection(rows, first, (p) => [p.path, p.id]);
  }

  private async bestPage(threadId: string, rootPath: string, first: number, after?: string | null) {
    const tree: TreeRow[] = await this.db.query(
      `SELECT id, parent_id, score, number FROM forum_posts
       WHERE thread_id = $1 AND path >= $2 AND path < $2 || '~' ORDER BY path`,
      [threadId, rootPath],
    );
    const order = orderByScore(tree);
    const start = decodePositionCursor(after);
    const slice = order.slice(start, start + first + 1);
    const rows: ForumPost[] = slice.length
      ? await this.db.query(`SELECT ${POST_COLUMNS} FROM forum_posts p WHERE p.id = ANY($1::uuid[])`, [slice])
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const positioned = slice.map((id, i) => ({ post: byId.get(id)!, index: start + i }));
    const page = toConnection(positioned, first, (p) => [p.index, p.post.id]);
    return { nodes: page.nodes.map((p) => p.post), pageInfo: page.pageInfo };
  }

  async setFlags(auth: AuthState, input: ThreadFlagsInput): Promise<ForumThread> {
    if (input.pinned === undefined && input.locked === undefined) {
      throw DomainError.badInput(
        [{ field: 'pinned', code: FieldErrorCode.REQUIRED }],
        'Say what to change: pinned, locked or both.',
      );
    }
    const thread = await this.get(input.threadId);
    if (!(await this.access.canModerateCategory(auth, thread.categoryId))) {
      throw DomainError.forbidden('Only the municipality’s officials and moderators can pin or lock threads.');
    }
    const { updated, event } = await this.db.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM forum_threads WHERE id = $1 FOR UPDATE', [thread.id]);
      await tx.query(
        'UPDATE forum_threads SET pinned = coalesce($2, pinned), locked = coalesce($3, locked) WHERE id = $1',
        [thread.id, input.pinned ?? null, input.locked ?? null],
      );
      const [updated]: ForumThread[] = await tx.query(`SELECT ${THREAD_COLUMNS} FROM forum_threads t WHERE t.id = $1`, [
        thread.id,
      ]);
      const event = await this.events.record(tx, {
        kind: 'thread.updated',
        threadId: thread.id,
        title: updated.title,
        pinned: updated.pinned,
        locked: updated.locked,
      });
      return { updated: { ...updated, seq: event.seq }, event };
    });
    this.events.publish([event], { categoryId: updated.categoryId, threadId: updated.id, kind: 'thread.updated' });
    return updated;
  }

  /** Read positions only move forward, so an old tab cannot mark newer posts unread again. */
  async markRead(auth: AuthState, threadId: string, number: number): Promise<number> {
    const rows: { last_read_number: number }[] = await this.db.query(
      `INSERT INTO forum_read_positions (user_id, thread_id, last_read_number)
       SELECT $1, t.id, least($3, t.last_post_number) FROM forum_threads t WHERE t.id = $2
       ON CONFLICT (user_id, thread_id) DO UPDATE
         SET last_read_number = greatest(forum_read_positions.last_read_number, excluded.last_read_number), updated_at = now()
       RETURNING last_read_number`,
      [auth.userId, threadId, number],
    );
    if (rows.length === 0) throw DomainError.notFound('The thread');
    return rows[0].last_read_number;
  }

  /** Last read post number per thread for one user (0 when never opened), for the DataLoader. */
  async readPositions(userId: string, threadIds: readonly string[]): Promise<number[]> {
    const rows: { thread_id: string; last_read_number: number }[] = await this.db.query(
      'SELECT thread_id, last_read_number FROM forum_read_positions WHERE user_id = $1 AND thread_id = ANY($2::uuid[])',
      [userId, threadIds],
    );
    const byId = new Map(rows.map((r) => [r.thread_id, r.last_read_number]));
    return threadIds.map((id) => byId.get(id) ?? 0);
  }

  /** The users each post mentions, in the order they were stored, for the DataLoader. */
  async mentionedUserIds(postIds: readonly string[]): Promise<string[][]> {
    const rows: { post_id: string; user_id: string }[] = await this.db.query(
      'SELECT post_id, user_id FROM forum_post_mentions WHERE post_id = ANY($1::uuid[])',
      [postIds],
    );
    const byPost = new Map<string, string[]>();
    for (const row of rows) byPost.set(row.post_id, [...(byPost.get(row.post_id) ?? []), row.user_id]);
    return postIds.map((id) => byPost.get(id) ?? []);
  }

  /** Which of these posts the user has upvoted, for the DataLoader. */
  async reactedBy(userId: string, postIds: readonly string[]): Promise<boolean[]> {
    const rows: { post_id: string }[] = await this.db.query(
      'SELECT post_id FROM forum_reactions WHERE user_id = $1 AND post_id = ANY($2::uuid[])',
      [userId, postIds],
    );
    const set = new Set(rows.map((r) => r.post_id));
    return postIds.map((id) => set.has(id));
  }
}

/** Depth-first order where siblings go by score (highest first), ties by age. */
export function orderByScore(tree: TreeRow[]): string[] {
  const children = new Map<string | null, TreeRow[]>();
  const ids = new Set(tree.map((r) => r.id));
  for (const row of tree) {
    // The root of a subtree has its parent outside the set.
    const parent = row.parent_id && ids.has(row.parent_id) ? row.parent_id : null;
    const list = children.get(parent) ?? [];
    list.push(row);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => b.score - a.score || a.number - b.number);
  const order: string[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length) {
    const row = stack.pop()!;
    order.push(row.id);
    const kids = children.get(row.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return order;
}
