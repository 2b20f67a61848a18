import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ConsultationStatus } from '@ratusz/shared';
import { returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { ConsultationEventRecord } from '../models/consultation-event-record.model.js';

/** The numbered log of each consultation's live events, kept for clients catching up after a reconnect. */
@Injectable()
export class ConsultationEventRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The consultation's next sequence number, and its status. The UPDATE locks the row until
   * the writer's transaction ends, so concurrent writers get consecutive
   * numbers in commit order and the log has no gaps.
   */
  async nextSeq(consultationId: string, tx: Queryable): Promise<{ seq: number; status: ConsultationStatus }> {
    const bumped = await returningOne<{ seq: number; status: ConsultationStatus }>(
      tx,
      'UPDATE consultations SET seq = seq + 1 WHERE id = $1 RETURNING seq::int AS seq, status',
      [consultationId],
    );
    if (!bumped) throw new Error(`Consultation ${consultationId} does not exist`);
    return bumped;
  }

  async insert(
    values: { consultationId: string; seq: number; kind: string; payload: string },
    tx: Queryable,
  ): Promise<void> {
    await tx.query('INSERT INTO consultation_events (consultation_id, seq, kind, payload) VALUES ($1, $2, $3, $4)', [
      values.consultationId,
      values.seq,
      values.kind,
      values.payload,
    ]);
  }

  /** Oldest first. */
  since(consultationId: string, afterSeq: number, limit: number): Promise<ConsultationEventRecord[]> {
    return rows<ConsultationEventRecord>(
      this.db,
      `SELECT seq::int AS seq, kind, payload::text AS payload FROM consultation_events
       WHERE consultation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
      [consultationId, afterSeq, limit],
    );
  }
}
