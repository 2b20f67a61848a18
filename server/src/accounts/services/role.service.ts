import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode, type MunicipalRole } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import type { GrantRoleInput } from '../dtos/grant-role.input.js';
import type { RoleGrant } from '../models/account.model.js';

// created_at::text keeps microseconds for the cursor; a JS Date would round them off and skip rows.
const GRANT_COLUMNS = `id, role, created_at AS "grantedAt", created_at::text AS "cursorAt",
                       user_id AS "userId", municipality_id AS "municipalityId"`;
const SELECT_GRANT = `SELECT ${GRANT_COLUMNS} FROM role_grants`;

type GrantRow = RoleGrant & { cursorAt: string };

interface PgError {
  code?: string;
  constraint?: string;
}

@Injectable()
export class RoleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async grant(input: GrantRoleInput, grantedById: string): Promise<RoleGrant> {
    try {
      const rows: RoleGrant[] = await this.db.query(
        `INSERT INTO role_grants (user_id, municipality_id, role, granted_by_id) VALUES ($1, $2, $3, $4)
         RETURNING ${GRANT_COLUMNS}`,
        [input.userId, input.municipalityId, input.role, grantedById],
      );
      return rows[0];
    } catch (error) {
      const pg = (error as { driverError?: PgError }).driverError ?? (error as PgError);
      if (pg.code === '23505') {
        throw new DomainError(ErrorCode.CONFLICT, 'This user already has this role in this municipality.');
      }
      if (pg.code === '23503') {
        const field = pg.constraint?.includes('municipality') ? 'municipalityId' : 'userId';
        throw DomainError.badInput([{ field, code: FieldErrorCode.NOT_FOUND }]);
      }
      throw error;
    }
  }

  async revoke(grantId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      // In a CTE because TypeORM answers a bare DELETE … RETURNING with [rows, count].
      'WITH deleted AS (DELETE FROM role_grants WHERE id = $1 RETURNING id) SELECT id FROM deleted',
      [grantId],
    );
    if (rows.length === 0) throw DomainError.notFound('The role grant');
    return true;
  }

  async list(args: {
    first: number;
    after?: string | null;
    municipalityId?: string | null;
  }): Promise<ConnectionShape<RoleGrant>> {
    const params: unknown[] = [args.first + 1];
    const where: string[] = [];
    if (args.municipalityId) {
      params.push(args.municipalityId);
      where.push(`municipality_id = $${params.length}`);
    }
    const cursor = decodeCursor(args.after);
    if (cursor) {
      params.push(String(cursor[0]), cursor[1]);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows: GrantRow[] = await this.db.query(
      `${SELECT_GRANT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    );
    return toConnection(rows, args.first, (g) => [g.cursorAt, g.id]);
  }

  /** Grants of many users in one statement, for the DataLoader. */
  async byUserIds(userIds: readonly string[]): Promise<RoleGrant[][]> {
    const rows: RoleGrant[] = await this.db.query(
      `${SELECT_GRANT} WHERE user_id = ANY($1::uuid[]) ORDER BY created_at`,
      [userIds],
    );
    return userIds.map((id) => rows.filter((row) => row.userId === id));
  }

  async hasRole(userId: string, municipalityId: string, role: MunicipalRole): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      'SELECT 1 FROM role_grants WHERE user_id = $1 AND municipality_id = $2 AND role = $3',
      [userId, municipalityId, role],
    );
    return rows.length > 0;
  }
}
