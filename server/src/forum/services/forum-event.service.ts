import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CategoryThreadPayload, ThreadEvent } from '@ratusz/shared';
import { RealtimeService } from '../../realtime/realtime.service.js';
import type { ThreadEventRecord } from '../models/forum.model.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NewThreadEvent = DistributiveOmit<ThreadEvent, 'seq'>;

/** At most this many missed events are replayed in one call; a client further behind reloads the page. */
export const MAX_REPLAY = 500;

/**
 * Numbers and stores every thread change inside the transaction that makes
 * it, and pushes it only after commit, so a client never sees an event whose
 * data a re-read would not find, and `seq` has no gaps.
 */
@Injectable()
export class ForumEventService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly realtime: RealtimeService,
  ) {}

  /** Call inside the writing transaction, with the thread row already locked. */
  async record(tx: EntityManager, event: NewThreadEvent): Promise<ThreadEvent> {
    const [{ seq }]: { seq: number }[] = await tx.query(
      `WITH bumped AS (UPDATE forum_threads SET seq = seq + 1 WHERE id = $1 RETURNING seq) SELECT seq::int AS seq FROM bumped`,
      [event.threadId],
    );
    const full = { ...event, seq } as ThreadEvent;
    await tx.query('INSERT INTO forum_events (thread_id, seq, kind, payload) VALUES ($1, $2, $3, $4)', [
      event.threadId,
      seq,
      event.kind,
      JSON.stringify(full),
    ]);
    return full;
  }

  publish(events: ThreadEvent[], category?: CategoryThreadPayload): void {
    for (const event of events) this.realtime.emitToRoom(`thread:${event.threadId}`, 'thread.event', event);
    if (category) this.realtime.emitToRoom(`category:${category.categoryId}`, 'category.thread', category);
  }

  async since(threadId: string, afterSeq: number, limit: number): Promise<ThreadEventRecord[]> {
    return this.db.query(
      `SELECT seq::int AS seq, kind, payload::text AS payload FROM forum_events
       WHERE thread_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [threadId, afterSeq, Math.min(limit, MAX_REPLAY)],
    );
  }
}
