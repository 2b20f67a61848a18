import { Injectable } from '@nestjs/common';
import { returningOne, type Queryable } from '../../common/database/sql.js';
import { blockInForce } from '../blocks.js';

export type SanctionKind = 'WARNING' | 'BLOCK';

export interface SanctionRow {
  id: string;
  userId: string;
  municipalityId: string;
  kind: SanctionKind;
  reason: string;
  endsAt: Date | null;
  createdAt: Date;
}

const SANCTION_COLUMNS = `id, user_id AS "userId", municipality_id AS "municipalityId", kind, reason,
  ends_at AS "endsAt", created_at AS "createdAt"`;

@Injectable()
export class SanctionRepository {
  async insert(
    values: {
      userId: string;
      municipalityId: string;
      kind: SanctionKind;
      reason: string;
      issuedBy: string;
      days: number | null;
    },
    tx: Queryable,
  ): Promise<SanctionRow> {
    const row = await returningOne<SanctionRow>(
      tx,
      `INSERT INTO moderation_sanctions (user_id, municipality_id, kind, reason, issued_by, ends_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::int IS NULL THEN NULL ELSE now() + make_interval(days => $6::int) END)
       RETURNING ${SANCTION_COLUMNS}`,
      [values.userId, values.municipalityId, values.kind, values.reason, values.issuedBy, values.days],
    );
    return row!;
  }

  /** Lifts every running block of the user in the municipality; how many there were. */
  async liftBlocks(userId: string, municipalityId: string, tx: Queryable): Promise<number> {
    const lifted = (await tx.query(
      `WITH lifted AS (
         UPDATE moderation_sanctions AS s SET lifted_at = now()
         WHERE s.user_id = $1 AND s.municipality_id = $2 AND ${blockInForce('s')}
         RETURNING id)
       SELECT count(*)::int AS n FROM lifted`,
      [userId, municipalityId],
    )) as { n: number }[];
    return lifted[0]?.n ?? 0;
  }
}
