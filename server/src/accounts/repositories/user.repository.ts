import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetAfter, mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { Account, UserSummary } from '../models/account.model.js';

/** What the account itself (or an administrator) sees. */
const ACCOUNT_COLUMNS = `id, email, display_name AS "displayName", handle, is_admin AS "isAdmin",
                         created_at AS "createdAt", home_municipality_id AS "homeMunicipalityId"`;
/** What anyone may see of a user. */
const SUMMARY_COLUMNS = `id, display_name AS "displayName", handle, home_municipality_id AS "homeMunicipalityId"`;

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  homeMunicipalityId: string | null;
}

/** Only the given fields change; `homeMunicipalityId: null` clears it. */
export interface ProfileChanges {
  displayName?: string;
  handle?: string;
  homeMunicipalityId?: string | null;
}

/** LIKE wildcards in what a person typed are searched for literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * ON CONFLICT instead of check-then-insert: of two simultaneous sign-ups with
   * one e-mail only one wins. Null when the e-mail is taken.
   */
  async insert(user: NewUser, tx: Queryable = this.db): Promise<string | null> {
    const created = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO users (email, display_name, password_hash, home_municipality_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [user.email, user.displayName, user.passwordHash, user.homeMunicipalityId],
    );
    return created?.id ?? null;
  }

  /** Throws the unique violation of `users_handle_uq` when the handle is taken. */
  async updateProfile(userId: string, changes: ProfileChanges, tx: Queryable = this.db): Promise<void> {
    const params: unknown[] = [userId];
    const sets: string[] = [];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (changes.displayName !== undefined) set('display_name', changes.displayName);
    if (changes.handle !== undefined) set('handle', changes.handle);
    if (changes.homeMunicipalityId !== undefined) set('home_municipality_id', changes.homeMunicipalityId);
    if (sets.length === 0) return;
    await tx.query(`UPDATE users SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
  }

  idByEmail(email: string, tx: Queryable = this.db): Promise<{ id: string } | null> {
    return one(tx, 'SELECT id FROM users WHERE email = $1', [email]);
  }

  credentialsByEmail(email: string): Promise<{ id: string; passwordHash: string } | null> {
    return one(this.db, 'SELECT id, password_hash AS "passwordHash" FROM users WHERE email = $1', [email]);
  }

  findAccount(userId: string): Promise<Account | null> {
    return one<Account>(this.db, `SELECT ${ACCOUNT_COLUMNS} FROM users WHERE id = $1`, [userId]);
  }

  /** One statement for a DataLoader batch; null where no user has the id. */
  async summariesByIds(ids: readonly string[]): Promise<(UserSummary | null)[]> {
    const found = await rows<UserSummary>(this.db, `SELECT ${SUMMARY_COLUMNS} FROM users WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    return mapByKeys(ids, found, (user) => user.id, null);
  }

  /** Whether each user is an administrator (false for unknown ids): moderation's sanction rule reads it. */
  async adminFlagsByIds(ids: readonly string[]): Promise<boolean[]> {
    const found = await rows<{ id: string; isAdmin: boolean }>(
      this.db,
      `SELECT id, is_admin AS "isAdmin" FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(
      ids,
      found,
      (user) => user.id,
      false,
      (user) => user.isAdmin,
    );
  }

  /**
   * Users whose handle, or a word of whose display name, begins with the
   * (already folded) prefix, diacritics ignored. An exact handle comes first,
   * then handle matches, then name matches, each group by handle.
   */
  mentionCandidates(foldedPrefix: string, limit: number): Promise<UserSummary[]> {
    return rows<UserSummary>(
      this.db,
      `SELECT ${SUMMARY_COLUMNS}
       FROM users
       WHERE handle LIKE unaccent_pl($1) OR unaccent_pl(display_name) LIKE unaccent_pl($1)
          OR unaccent_pl(display_name) LIKE '% ' || unaccent_pl($1)
       ORDER BY handle = unaccent_pl($2) DESC, handle LIKE unaccent_pl($1) DESC, handle
       LIMIT $3`,
      [`${escapeLike(foldedPrefix)}%`, foldedPrefix, limit],
    );
  }

  /** Accounts by e-mail order, `limit` of them after the cursor, optionally matching e-mail, handle or name. */
  page(args: { limit: number; after: CursorKey | null; search?: string }): Promise<Account[]> {
    const params: unknown[] = [args.limit];
    const where: string[] = [];
    if (args.search) {
      params.push(`%${escapeLike(args.search.trim().toLowerCase())}%`);
      const p = `$${params.length}`;
      where.push(`(email LIKE ${p} OR handle LIKE ${p} OR unaccent_pl(display_name) LIKE unaccent_pl(${p}))`);
    }
    if (args.after) {
      where.push(
        keysetAfter(
          [{ sql: 'email' }, { sql: 'id', cast: 'uuid' }],
          [String(args.after[0]), args.after[1]],
          params,
          'ASC',
        ),
      );
    }
    return rows<Account>(
      this.db,
      `SELECT ${ACCOUNT_COLUMNS} FROM users ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY email, id LIMIT $1`,
      params,
    );
  }

  /** Makes the account with this e-mail an administrator; false when there is none. */
  /** The promoted account's id, or null when no account has this e-mail. */
  async promoteToAdmin(email: string): Promise<string | null> {
    const promoted = await returningOne<{ id: string }>(
      this.db,
      'UPDATE users SET is_admin = true WHERE email = $1 RETURNING id',
      [email],
    );
    return promoted?.id ?? null;
  }
}
