import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationRole } from '@ratusz/shared';
import { keysetAfter, mapByKeys, returning, rows, type Queryable } from '../../common/database/sql.js';
import type { OrganisationMember } from '../models/organisation.model.js';

const COLUMNS = `m.organisation_id AS "organisationId", m.user_id AS "userId", m.role, m.joined_at AS "joinedAt",
  m.joined_at::text AS "cursorAt"`;

@Injectable()
export class MembershipRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async add(organisationId: string, userId: string, role: OrganisationRole, tx: Queryable): Promise<void> {
    await tx.query(`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, $3)`, [
      organisationId,
      userId,
      role,
    ]);
  }

  async roleOf(organisationId: string, userId: string, tx: Queryable = this.db): Promise<OrganisationRole | null> {
    const [found] = await rows<{ role: OrganisationRole }>(
      tx,
      `SELECT role FROM organisation_members WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, userId],
    );
    return found?.role ?? null;
  }

  /** The role, with the membership row share-locked until the transaction ends (null: not a member). */
  async lockRole(organisationId: string, userId: string, tx: Queryable): Promise<OrganisationRole | null> {
    const [found] = await rows<{ role: OrganisationRole }>(
      tx,
      `SELECT role FROM organisation_members WHERE organisation_id = $1 AND user_id = $2 FOR SHARE`,
      [organisationId, userId],
    );
    return found?.role ?? null;
  }

  /** The user's role in each organisation (null: not a member), for one page. */
  async rolesOf(userId: string, organisationIds: readonly string[]): Promise<(OrganisationRole | null)[]> {
    const found = await rows<{ organisationId: string; role: OrganisationRole }>(
      this.db,
      `SELECT organisation_id AS "organisationId", role FROM organisation_members
       WHERE user_id = $1 AND organisation_id = ANY($2::uuid[])`,
      [userId, organisationIds],
    );
    return mapByKeys(
      organisationIds,
      found,
      (r) => r.organisationId,
      null,
      (r) => r.role,
    );
  }

  async setRole(organisationId: string, userId: string, role: OrganisationRole, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE organisation_members SET role = $3 WHERE organisation_id = $1 AND user_id = $2`, [
      organisationId,
      userId,
      role,
    ]);
  }

  async remove(organisationId: string, userId: string, tx: Queryable): Promise<boolean> {
    const removed = await returning<{ user_id: string }>(
      tx,
      `DELETE FROM organisation_members WHERE organisation_id = $1 AND user_id = $2 AND role = 'MEMBER' RETURNING user_id`,
      [organisationId, userId],
    );
    return removed.length > 0;
  }

  async markPost(postId: string, organisationId: string, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE forum_posts SET organisation_id = $2 WHERE id = $1`, [postId, organisationId]);
  }

  /** By joining time (the founder, its first owner, first). */
  page(organisationId: string, after: [string, string] | null, limit: number): Promise<OrganisationMember[]> {
    const params: unknown[] = [organisationId];
    const cursor = after
      ? `AND ${keysetAfter(
          [
            { sql: 'm.joined_at', cast: 'timestamptz' },
            { sql: 'm.user_id', cast: 'uuid' },
          ],
          after,
          params,
          'ASC',
        )}`
      : '';
    params.push(limit);
    return rows<OrganisationMember>(
      this.db,
      `SELECT ${COLUMNS} FROM organisation_members m WHERE m.organisation_id = $1 ${cursor}
       ORDER BY m.joined_at, m.user_id LIMIT $${params.length}`,
      params,
    );
  }
}
