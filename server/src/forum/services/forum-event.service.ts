import { Injectable } from '@nestjs/common';
import type { CategoryThreadPayload, ThreadEvent } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { RealtimeService } from '../../realtime/realtime.service.js';
import { MAX_REPLAY } from '../forum.limits.js';
import type { ThreadEventRecord } from '../models/forum.model.js';
import { ForumEventRepository } from '../repositories/forum-event.repository.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NewThreadEvent = DistributiveOmit<ThreadEvent, 'seq'>;

/**
 * Numbers and stores every thread change inside the transaction that makes
 * it, and pushes it only after commit, so a client never sees an event whose
 * data a re-read would not find, and `seq` has no gaps.
 */
@Injectable()
export class ForumEventService {
  constructor(
    private readonly repository: ForumEventRepository,
    private readonly realtime: RealtimeService,
  ) {}

  /** Call inside the writing transaction, with the thread row already locked. */
  async record(tx: Queryable, event: NewThreadEvent): Promise<ThreadEvent> {
    const seq = await this.repository.append(event.threadId, event.kind, event, tx);
    return { ...event, seq } as ThreadEvent;
  }

  /** Stores an event whose number the writer has claimed already, with the thread row's lock (claimPostNumber). */
  async recordNumbered(tx: Queryable, event: NewThreadEvent, seq: number): Promise<ThreadEvent> {
    const numbered = { ...event, seq } as ThreadEvent;
    await this.repository.insert(event.threadId, { seq, kind: event.kind, payload: JSON.stringify(numbered) }, tx);
    return numbered;
  }

  publish(events: ThreadEvent[], category?: CategoryThreadPayload): void {
    for (const event of events) this.realtime.emitBatched(`thread:${event.threadId}`, 'thread.events', event);
    if (category) this.realtime.emitToRoom(`category:${category.categoryId}`, 'category.thread', category);
  }

  since(threadId: string, afterSeq: number, limit = MAX_REPLAY): Promise<ThreadEventRecord[]> {
    return this.repository.since(threadId, afterSeq, Math.min(limit, MAX_REPLAY));
  }
}
