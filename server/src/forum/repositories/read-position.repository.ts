import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mapByKeys, returningOne, rows } from '../../common/database/sql.js';

/** The number of the last post each user has seen in each thread. */
@Injectable()
export class ReadPositionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Moves the position forward only (capped at the thread's last post) and
   * returns the stored one; null for an unknown thread.
   */
  async advance(userId: string, threadId: string, number: number): Promise<number | null> {
    const stored = await returningOne<{ lastReadNumber: number }>(
      this.db,
      `INSERT INTO forum_read_positions (user_id, thread_id, last_read_number)
       SELECT $1, t.id, least($3, t.last_post_number) FROM forum_threads t WHERE t.id = $2
       ON CONFLICT (user_id, thread_id) DO UPDATE
         SET last_read_number = greatest(forum_read_positions.last_read_number, excluded.last_read_number), updated_at = now()
       RETURNING last_read_number AS "lastReadNumber"`,
      [userId, threadId, number],
    );
    return stored?.lastReadNumber ?? null;
  }

  /** Per thread, the user's last read post number, 0 when never opened (DataLoader batch). */
  async positions(userId: string, threadIds: readonly string[]): Promise<number[]> {
    const found = await rows<{ threadId: string; lastReadNumber: number }>(
      this.db,
      `SELECT thread_id AS "threadId", last_read_number AS "lastReadNumber" FROM forum_read_positions
       WHERE user_id = $1 AND thread_id = ANY($2::uuid[])`,
      [userId, threadIds],
    );
    return mapByKeys(
      threadIds,
      found,
      (r) => r.threadId,
      0,
      (r) => r.lastReadNumber,
    );
  }
}
