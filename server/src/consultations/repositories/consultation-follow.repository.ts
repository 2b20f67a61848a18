import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mapByKeys, presenceByKeys, rows, type Queryable } from '../../common/database/sql.js';

/** Who follows which consultation (the notifications feature reads it to deliver). */
@Injectable()
export class ConsultationFollowRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Idempotent: following twice keeps the first date. */
  async follow(userId: string, consultationId: string, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `INSERT INTO consultation_follows (user_id, consultation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [userId, consultationId],
    );
  }

  async unfollow(userId: string, consultationId: string, tx: Queryable = this.db): Promise<void> {
    await tx.query(`DELETE FROM consultation_follows WHERE user_id = $1 AND consultation_id = $2`, [
      userId,
      consultationId,
    ]);
  }

  async countsByConsultationIds(ids: readonly string[]): Promise<number[]> {
    const found = await rows<{ consultationId: string; count: number }>(
      this.db,
      `SELECT consultation_id AS "consultationId", count(*)::int AS count FROM consultation_follows
       WHERE consultation_id = ANY($1) GROUP BY consultation_id`,
      [ids],
    );
    return mapByKeys(
      ids,
      found,
      (row) => row.consultationId,
      0,
      (row) => row.count,
    );
  }

  /** For one user: which of these consultations they follow. */
  async followedAmong(userId: string, ids: readonly string[]): Promise<boolean[]> {
    const found = await rows<{ consultationId: string }>(
      this.db,
      `SELECT consultation_id AS "consultationId" FROM consultation_follows
       WHERE user_id = $1 AND consultation_id = ANY($2)`,
      [userId, ids],
    );
    return presenceByKeys(ids, found, (row) => row.consultationId);
  }
}
