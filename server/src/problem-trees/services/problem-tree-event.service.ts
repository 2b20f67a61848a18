import { Injectable } from '@nestjs/common';
import { PROBLEM_TREE_LIMITS, type ProblemTreeEvent } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { RealtimeService } from '../../realtime/realtime.service.js';
import type { ProblemTreeEventRecord } from '../models/problem-tree-event-record.model.js';
import { ProblemTreeEventRepository } from '../repositories/problem-tree-event.repository.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event before it is numbered. */
export type NewProblemTreeEvent = DistributiveOmit<ProblemTreeEvent, 'seq' | 'treeId'>;

function problemTreeRoom(treeId: string): `problemTree:${string}` {
  return `problemTree:${treeId}`;
}

/**
 * Numbers and stores every change of a tree inside the transaction that
 * makes it, and pushes it only after commit, so a viewer never sees an event
 * whose data a re-read would not find, and `seq` has no gaps.
 */
@Injectable()
export class ProblemTreeEventService {
  constructor(
    private readonly repository: ProblemTreeEventRepository,
    private readonly realtime: RealtimeService,
  ) {}

  /** Call inside the writing transaction, with the tree row locked. */
  async record(tx: Queryable, treeId: string, event: NewProblemTreeEvent): Promise<ProblemTreeEvent> {
    const seq = await this.repository.append(treeId, event.kind, { ...event, treeId }, tx);
    return { ...event, treeId, seq } as ProblemTreeEvent;
  }

  /** Call after the recording transaction committed. */
  publish(events: readonly ProblemTreeEvent[]): void {
    for (const event of events) this.realtime.emitToRoom(problemTreeRoom(event.treeId), 'problemTree.event', event);
  }

  /** The caller has checked that the viewer may see the tree. */
  since(
    treeId: string,
    afterSeq: number,
    limit: number = PROBLEM_TREE_LIMITS.maxReplay,
  ): Promise<ProblemTreeEventRecord[]> {
    return this.repository.since(treeId, afterSeq, Math.min(limit, PROBLEM_TREE_LIMITS.maxReplay));
  }
}
