import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MunicipalRole } from '@ratusz/shared';
import { groupByKeys, keysetAfter, returning, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { RoleGrant } from '../models/account.model.js';

// created_at::text keeps microseconds for the cursor; a JS Date would round them off and skip rows.
const GRANT_COLUMNS = `id, role, created_at AS "grantedAt", created_at::text AS "cursorAt",
                       user_id AS "userId", municipality_id AS "municipalityId"`;

export type RoleGrantRow = RoleGrant & { cursorAt: string };

@Injectable()
export class RoleGrantRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Throws the unique violation when the user already holds the role there, a foreign key one for unknown ids. */
  async insert(
    grant: { userId: string; municipalityId: string; role: MunicipalRole; grantedById: string },
    tx: Queryable = this.db,
  ): Promise<RoleGrantRow> {
    const created = await returningOne<RoleGrantRow>(
      tx,
      `INSERT INTO role_grants (user_id, municipality_id, role, granted_by_id) VALUES ($1, $2, $3, $4)
       RETURNING ${GRANT_COLUMNS}`,
      [grant.userId, grant.municipalityId, grant.role, grant.grantedById],
    );
    return created!;
  }

  /** Deletes the grant and says what it was (null when there was none). */
  async deleteReturning(
    grantId: string,
    tx: Queryable = this.db,
  ): Promise<{ userId: string; municipalityId: string; role: string } | null> {
    const deleted = await returning<{ userId: string; municipalityId: string; role: string }>(
      tx,
      'DELETE FROM role_grants WHERE id = $1 RETURNING user_id AS "userId", municipality_id AS "municipalityId", role',
      [grantId],
    );
    return deleted[0] ?? null;
  }

  /** Newest first, `limit` of them after the cursor, optionally in one municipality. */
  page(args: { limit: number; after: CursorKey | null; municipalityId?: string | null }): Promise<RoleGrantRow[]> {
    const params: unknown[] = [args.limit];
    const where: string[] = [];
    if (args.municipalityId) {
      params.push(args.municipalityId);
      where.push(`municipality_id = $${params.length}`);
    }
    if (args.after) {
      where.push(
        keysetAfter(
          [
            { sql: 'created_at', cast: 'timestamptz' },
            { sql: 'id', cast: 'uuid' },
          ],
          [String(args.after[0]), args.after[1]],
          params,
          'DESC',
        ),
      );
    }
    return rows<RoleGrantRow>(
      this.db,
      `SELECT ${GRANT_COLUMNS} FROM role_grants ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    );
  }

  /** The grants of many users in one statement (DataLoader batch), each user's oldest first. */
  async byUserIds(userIds: readonly string[]): Promise<RoleGrant[][]> {
    const found = await rows<RoleGrantRow>(
      this.db,
      `SELECT ${GRANT_COLUMNS} FROM role_grants WHERE user_id = ANY($1::uuid[]) ORDER BY created_at`,
      [userIds],
    );
    return groupByKeys(userIds, found, (grant) => grant.userId);
  }
}
