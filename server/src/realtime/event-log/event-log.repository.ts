import type { DataSource } from 'typeorm';
import { one, returningOne, rows, type Queryable } from '../../common/database/sql.js';

/** A stored live event, as replayed to a client catching up. */
export interface EventLogRecord {
  seq: number;
  kind: string;
  /** The event as JSON text, exactly as it was pushed. */
  payload: string;
}

/**
 * Where one kind of live stream keeps its numbered log: the table whose rows
 * are the streams (with a `seq` counter column) and the table of events.
 * Names come from code, never from input.
 */
export interface EventLogTables {
  /** e.g. `forum_threads`: one row per stream, with `id` and `seq`. */
  streams: string;
  /** e.g. `forum_events`: (key, seq, kind, payload, created_at). */
  events: string;
  /** The events table's column naming the stream, e.g. `thread_id`. */
  streamColumn: string;
}

/**
 * SQL, in a stream row's UPDATE: take the next `step` event numbers (`step` an SQL expression, 1 or 0 for a write
 * that records no event). The UPDATE locks the row until the writer's transaction ends, which is what keeps the
 * numbers consecutive in commit order; a feature whose own UPDATE of the row numbers its event (the forum's claim of
 * a post number) uses this so the rule stays here.
 */
export function takeSeq(step: string): string {
  return `seq = seq + ${step}`;
}

/**
 * The one implementation of "typed per-entity rooms with catch-up": every
 * stream (a thread, a consultation, a problem tree) numbers its events with
 * a counter on its own row, stores them in the writer's transaction and
 * replays them after a reconnect. Features subclass it with their tables.
 */
export abstract class EventLogRepository {
  protected constructor(
    protected readonly db: DataSource,
    private readonly tables: EventLogTables,
  ) {}

  /**
   * The stream's next sequence number (and any extra columns of its row, e.g.
   * `status`). The UPDATE locks the row until the writer's transaction ends,
   * so concurrent writers get consecutive numbers in commit order: no gaps.
   */
  async nextSeq<Extra extends object = object>(
    streamId: string,
    tx: Queryable,
    extraColumns: readonly string[] = [],
  ): Promise<{ seq: number } & Extra> {
    const extra = extraColumns.map((column) => `, ${column}`).join('');
    const bumped = await returningOne<{ seq: number } & Extra>(
      tx,
      `UPDATE ${this.tables.streams} SET ${takeSeq('1')} WHERE id = $1 RETURNING seq::int AS seq${extra}`,
      [streamId],
    );
    if (!bumped) throw new Error(`No ${this.tables.streams} row ${streamId} to number an event for`);
    return bumped;
  }

  /**
   * Numbers and stores one event in a single statement: the stream row's UPDATE (which locks it until the writer's
   * transaction ends, as nextSeq's does) feeds the INSERT, and the number is written into the stored payload. One
   * round trip instead of two while the row is locked; under load each is a turn of a busy event loop that every
   * other writer of the stream waits for. `event` is everything but `seq`.
   */
  async append(streamId: string, kind: string, event: object, tx: Queryable): Promise<number> {
    const appended = await one<{ seq: number }>(
      tx,
      `WITH bumped AS (UPDATE ${this.tables.streams} SET ${takeSeq('1')} WHERE id = $1 RETURNING seq),
       added AS (
         INSERT INTO ${this.tables.events} (${this.tables.streamColumn}, seq, kind, payload)
         SELECT $1, bumped.seq, $2, jsonb_set($3::jsonb, '{seq}', to_jsonb(bumped.seq)) FROM bumped
         RETURNING seq
       )
       SELECT seq::int AS seq FROM added`,
      [streamId, kind, JSON.stringify(event)],
    );
    if (!appended) throw new Error(`No ${this.tables.streams} row ${streamId} to number an event for`);
    return appended.seq;
  }

  async insert(streamId: string, event: { seq: number; kind: string; payload: string }, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO ${this.tables.events} (${this.tables.streamColumn}, seq, kind, payload) VALUES ($1, $2, $3, $4)`,
      [streamId, event.seq, event.kind, event.payload],
    );
  }

  /** Oldest first. */
  since(streamId: string, afterSeq: number, limit: number): Promise<EventLogRecord[]> {
    return rows<EventLogRecord>(
      this.db,
      `SELECT seq::int AS seq, kind, payload::text AS payload FROM ${this.tables.events}
       WHERE ${this.tables.streamColumn} = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [streamId, afterSeq, limit],
    );
  }
}
