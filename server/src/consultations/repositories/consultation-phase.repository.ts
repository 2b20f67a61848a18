import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TimelinePhaseKind } from '@ratusz/shared';
import { groupByKeys, rows, type Queryable } from '../../common/database/sql.js';
import type { ConsultationPhase } from '../models/consultation-phase.model.js';

/** A phase as stored; whether it is current depends on the clock, not on the row. */
export type StoredPhase = Omit<ConsultationPhase, 'isCurrent'>;

// Dates as text: node-postgres would turn a `date` into a JS Date at the server's local midnight.
const PHASE_COLUMNS = `id, consultation_id AS "consultationId", position, kind,
                       starts_on::text AS "startsOn", ends_on::text AS "endsOn"`;

export interface NewPhase {
  kind: TimelinePhaseKind;
  startsOn: string;
  endsOn: string;
}

@Injectable()
export class ConsultationPhaseRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each consultation's phases in timeline order. */
  async byConsultationIds(ids: readonly string[], tx: Queryable = this.db): Promise<StoredPhase[][]> {
    const found = await rows<StoredPhase>(
      tx,
      `SELECT ${PHASE_COLUMNS} FROM consultation_phases WHERE consultation_id = ANY($1) ORDER BY consultation_id, position`,
      [ids],
    );
    return groupByKeys(ids, found, (phase) => phase.consultationId);
  }

  async byConsultationId(id: string, tx: Queryable = this.db): Promise<StoredPhase[]> {
    const [phases] = await this.byConsultationIds([id], tx);
    return phases;
  }

  /**
   * Makes the timeline exactly `phases`, in order. A phase kept (same kind)
   * keeps its id, so anything attached to it survives a date change; the
   * position constraint is deferrable, so reordering in one statement works.
   */
  async replace(consultationId: string, phases: readonly NewPhase[], tx: Queryable): Promise<void> {
    await tx.query(`DELETE FROM consultation_phases WHERE consultation_id = $1 AND NOT (kind = ANY($2))`, [
      consultationId,
      phases.map((phase) => phase.kind),
    ]);
    if (phases.length === 0) return;
    await tx.query(`SET CONSTRAINTS consultation_phases_position_uq DEFERRED`);
    await tx.query(
      `INSERT INTO consultation_phases (consultation_id, position, kind, starts_on, ends_on)
       SELECT $1, p.position - 1, p.kind, p.starts_on, p.ends_on
       FROM unnest($2::text[], $3::date[], $4::date[]) WITH ORDINALITY AS p(kind, starts_on, ends_on, position)
       ON CONFLICT (consultation_id, kind)
       DO UPDATE SET position = EXCLUDED.position, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on`,
      [
        consultationId,
        phases.map((phase) => phase.kind),
        phases.map((phase) => phase.startsOn),
        phases.map((phase) => phase.endsOn),
      ],
    );
  }
}
