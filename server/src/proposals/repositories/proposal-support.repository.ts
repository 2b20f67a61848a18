import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { presenceByKeys, returning, rows, type Queryable } from '../../common/database/sql.js';

/** One support per person and proposal (the primary key says so); the count lives on the proposal. */
@Injectable()
export class ProposalSupportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** False when the person had already supported it. */
  async insert(proposalId: string, userId: string, tx: Queryable): Promise<boolean> {
    const inserted = await returning<{ proposalId: string }>(
      tx,
      `INSERT INTO proposal_supports (proposal_id, user_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING proposal_id AS "proposalId"`,
      [proposalId, userId],
    );
    return inserted.length > 0;
  }

  /** False when there was no support to withdraw. */
  async delete(proposalId: string, userId: string, tx: Queryable): Promise<boolean> {
    const deleted = await returning<{ proposalId: string }>(
      tx,
      `DELETE FROM proposal_supports WHERE proposal_id = $1 AND user_id = $2 RETURNING proposal_id AS "proposalId"`,
      [proposalId, userId],
    );
    return deleted.length > 0;
  }

  /** Whether the user supports each proposal (DataLoader batch). */
  async supportedAmong(userId: string, proposalIds: readonly string[]): Promise<boolean[]> {
    const found = await rows<{ proposalId: string }>(
      this.db,
      `SELECT proposal_id AS "proposalId" FROM proposal_supports WHERE user_id = $1 AND proposal_id = ANY($2::uuid[])`,
      [userId, proposalIds],
    );
    return presenceByKeys(proposalIds, found, (row) => row.proposalId);
  }
}
