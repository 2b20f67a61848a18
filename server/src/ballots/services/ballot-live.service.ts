import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BallotResultsVisibility, type ConsultationEvent } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { ConsultationEventService } from '../../consultations/services/consultation-event.service.js';
import { CastBallotRepository } from '../repositories/cast-ballot.repository.js';

/** How long casts on one ballot are gathered into one `ballot.cast` event. */
export const BALLOT_CAST_COALESCE_MS = 250;

interface LiveBallot {
  id: string;
  consultationId: string;
  resultsVisibility: BallotResultsVisibility;
}

/**
 * Ballots, live. Configuration changes and paper ballots are recorded in
 * the consultation's numbered log inside their transaction and pushed after
 * commit, like every consultation event.
 *
 * Online casts are not: recording an event numbers it under the
 * consultation's row lock, which would put every voter of a consultation in
 * one queue (and fill the log with one event per vote). Instead a cast only
 * marks its ballot; at most every BALLOT_CAST_COALESCE_MS per ballot (per
 * instance) one short transaction reads the counts as committed and records
 * one `ballot.cast` event with them (and `ballot.results` for LIVE
 * ballots), then pushes it. The counts are always the database's, so an
 * event gathered late is still exact; the last cast is followed by an event
 * within the window.
 */
@Injectable()
export class BallotLiveService implements OnModuleDestroy {
  private readonly logger = new Logger(BallotLiveService.name);
  private readonly pending = new Map<string, { ballot: LiveBallot; timer: NodeJS.Timeout }>();
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: ConsultationEventService,
    private readonly casts: CastBallotRepository,
  ) {}

  /** Call inside the transaction that configured the ballot or changed its options. */
  recordUpdated(tx: Queryable, ballot: { id: string; consultationId: string }): Promise<ConsultationEvent> {
    return this.events.record(tx, ballot.consultationId, { kind: 'ballot.updated', ballotId: ballot.id });
  }

  /** Call inside the transaction that added ballots (paper): the new counts, and a results refresh when live. */
  async recordCounts(tx: Queryable, ballot: LiveBallot): Promise<ConsultationEvent[]> {
    const [counts] = await this.casts.counts([ballot.id], tx);
    const recorded = [
      await this.events.record(tx, ballot.consultationId, {
        kind: 'ballot.cast',
        ballotId: ballot.id,
        ballotsCast: counts.online,
        paperBallots: counts.paper,
      }),
    ];
    if (ballot.resultsVisibility === BallotResultsVisibility.LIVE) {
      recorded.push(
        await this.events.record(tx, ballot.consultationId, { kind: 'ballot.results', ballotId: ballot.id }),
      );
    }
    return recorded;
  }

  publish(events: readonly ConsultationEvent[]): void {
    this.events.publish(events);
  }

  /** Call after an online cast committed: an event with the counts follows within the coalescing window. */
  castCommitted(ballot: LiveBallot): void {
    if (this.stopped || this.pending.has(ballot.id)) return;
    const timer = setTimeout(() => void this.flush(ballot.id), BALLOT_CAST_COALESCE_MS);
    timer.unref();
    this.pending.set(ballot.id, { ballot, timer });
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private async flush(ballotId: string): Promise<void> {
    const entry = this.pending.get(ballotId);
    // Casts arriving from here on schedule the next event; this one reads the counts after they were marked.
    this.pending.delete(ballotId);
    if (!entry || this.stopped) return;
    try {
      const recorded = await this.db.transaction((tx) => this.recordCounts(tx, entry.ballot));
      this.publish(recorded);
    } catch (error) {
      this.logger.error(`Could not announce the ballots cast on ${ballotId}: ${String(error)}`);
    }
  }
}
