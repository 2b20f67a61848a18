import type { DataSource } from 'typeorm';
import { pathSegment } from '../src/forum/forum-path.js';

export interface ForumBenchData {
  smallThreadId: string;
  hugeThreadId: string;
  /** More 50-reply threads, for benches that write, so they do not change the pages others read. */
  spareThreadIds: string[];
  userIds: string[];
}

/**
 * 200 threads of 50 replies and one of 10,000, written with set-based SQL
 * (the API would take minutes). Replies nest: every fifth answers the
 * previous one, so pages mix depths as real threads do.
 */
export async function seedForum(db: DataSource, userIds: string[]): Promise<ForumBenchData> {
  const [{ id: categoryId }] = await db.query(
    `INSERT INTO forum_categories (slug, name) VALUES ('bench', 'Benchmark') RETURNING id`,
  );
  const threads: { id: string }[] = await db.query(
    `INSERT INTO forum_threads (category_id, author_id, title, post_count, last_post_number)
     SELECT $1, ($2::uuid[])[1 + i % array_length($2::uuid[], 1)], 'Wątek ' || i, 1, 1 FROM generate_series(1, 201) i
     RETURNING id`,
    [categoryId, userIds],
  );
  const hugeThreadId = threads[0].id;
  for (const [index, thread] of threads.entries()) {
    await insertReplies(db, thread.id, index === 0 ? 10_000 : 50, userIds);
  }
  await db.query('ANALYZE');
  return { smallThreadId: threads[1].id, hugeThreadId, spareThreadIds: threads.slice(2).map((t) => t.id), userIds };
}

async function insertReplies(db: DataSource, threadId: string, replies: number, userIds: string[]): Promise<void> {
  const root = pathSegment(1);
  const rows: { number: number; parent: number; path: string }[] = [{ number: 1, parent: 0, path: root }];
  for (let n = 2; n <= replies + 1; n++) {
    const parent = n % 5 === 0 ? rows[rows.length - 1] : rows[0];
    rows.push({ number: n, parent: parent.number, path: parent.path + pathSegment(n) });
  }
  await db.query(
    `INSERT INTO forum_posts (thread_id, number, path, depth, author_id, body_source, body_html, score)
     SELECT $1, r.number, r.path, length(r.path) / 6 - 1, ($2::uuid[])[1 + r.number % array_length($2::uuid[], 1)],
            'Głos numer ' || r.number, '<p>Głos numer ' || r.number || '</p>', r.number % 7
     FROM unnest($3::int[], $4::text[]) AS r(number, path)`,
    [threadId, userIds, rows.map((r) => r.number), rows.map((r) => r.path)],
  );
  await db.query(
    `UPDATE forum_posts c SET parent_id = p.id FROM forum_posts p
     WHERE c.thread_id = $1 AND p.thread_id = $1 AND c.depth > 0 AND p.path = left(c.path, length(c.path) - 6)`,
    [threadId],
  );
  await db.query(
    `UPDATE forum_posts p SET reply_count = (SELECT count(*) FROM forum_posts c WHERE c.parent_id = p.id) WHERE p.thread_id = $1`,
    [threadId],
  );
  await db.query('UPDATE forum_threads SET post_count = $2, last_post_number = $2 WHERE id = $1', [
    threadId,
    replies + 1,
  ]);
}
