import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { presenceByKeys, rows, type Queryable } from '../../common/database/sql.js';
import type { NotificationType } from '@ratusz/shared';
import type { RecipientSource } from './notification.repository.js';

/** Who follows which forum thread; creating or replying to a thread follows it. */
@Injectable()
export class ThreadFollowRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Idempotent. */
  async follow(userId: string, threadId: string, tx: Queryable = this.db): Promise<void> {
    await tx.query(`INSERT INTO thread_follows (thread_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      threadId,
      userId,
    ]);
  }

  async unfollow(userId: string, threadId: string, tx: Queryable = this.db): Promise<void> {
    await tx.query(`DELETE FROM thread_follows WHERE thread_id = $1 AND user_id = $2`, [threadId, userId]);
  }

  async followedAmong(userId: string, threadIds: readonly string[]): Promise<boolean[]> {
    const found = await rows<{ threadId: string }>(
      this.db,
      `SELECT thread_id AS "threadId" FROM thread_follows WHERE user_id = $1 AND thread_id = ANY($2::uuid[])`,
      [userId, threadIds],
    );
    return presenceByKeys(threadIds, found, (row) => row.threadId);
  }

  threadIdsOf(userId: string): Promise<{ threadId: string; createdAt: Date }[]> {
    return rows(
      this.db,
      `SELECT thread_id AS "threadId", created_at AS "createdAt" FROM thread_follows WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }
}

/** The thread's followers, as the recipients of one INSERT (the fan-out never loops over them). */
export const threadFollowers =
  (threadId: string, type: NotificationType, rank: number): RecipientSource =>
  (first) => ({
    sql: `SELECT user_id AS id, $${first + 1}::text AS type, ${rank} AS rank FROM thread_follows
          WHERE thread_id = $${first}::uuid`,
    params: [threadId, type],
  });

/** The consultation's followers, likewise. */
export const consultationFollowers =
  (consultationId: string, type: NotificationType, rank: number): RecipientSource =>
  (first) => ({
    sql: `SELECT user_id AS id, $${first + 1}::text AS type, ${rank} AS rank FROM consultation_follows
          WHERE consultation_id = $${first}::uuid`,
    params: [consultationId, type],
  });
