import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { ThreadEventRecord } from '../models/forum.model.js';

/** The numbered log of each thread's live events, kept for clients catching up after a reconnect. */
@Injectable()
export class ForumEventRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The thread's next sequence number; the caller holds the thread row's lock. */
  async nextSeq(threadId: string, tx: Queryable): Promise<number> {
    const bumped = await returningOne<{ seq: number }>(
      tx,
      'UPDATE forum_threads SET seq = seq + 1 WHERE id = $1 RETURNING seq::int AS seq',
      [threadId],
    );
    return bumped!.seq;
  }

  async insert(values: { threadId: string; seq: number; kind: string; payload: string }, tx: Queryable): Promise<void> {
    await tx.query('INSERT INTO forum_events (thread_id, seq, kind, payload) VALUES ($1, $2, $3, $4)', [
      values.threadId,
      values.seq,
      values.kind,
      values.payload,
    ]);
  }

  /** Oldest first. */
  since(threadId: string, afterSeq: number, limit: number): Promise<ThreadEventRecord[]> {
    return rows<ThreadEventRecord>(
      this.db,
      `SELECT seq::int AS seq, kind, payload::text AS payload FROM forum_events
       WHERE thread_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [threadId, afterSeq, limit],
    );
  }

  async deleteOlderThan(days: number): Promise<void> {
    await this.db.query(`DELETE FROM forum_events WHERE created_at < now() - make_interval(days => $1)`, [days]);
  }
}
