import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode, normaliseHandle } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { MunicipalityService } from '../../municipalities/services/municipality.service.js';
import type { LoginInput } from '../dtos/login.input.js';
import type { RegisterInput } from '../dtos/register.input.js';
import type { UpdateProfileInput } from '../dtos/update-profile.input.js';
import type { Account, UserSummary } from '../models/account.model.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';

const SELECT_ACCOUNT = `SELECT id, email, display_name AS "displayName", handle, is_admin AS "isAdmin",
                               created_at AS "createdAt", home_municipality_id AS "homeMunicipalityId"
                        FROM users`;

export interface ClientMeta {
  ip: string;
  userAgent: string | null;
}

export interface LoggedIn {
  account: Account;
  token: string;
  sessionId: string;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly municipalities: MunicipalityService,
  ) {}

  async register(input: RegisterInput, meta: ClientMeta): Promise<LoggedIn> {
    const email = normaliseEmail(input.email);
    await this.throttle.countRegistration(meta.ip);
    if (input.homeMunicipalityId && !(await this.municipalities.exists(input.homeMunicipalityId))) {
      throw DomainError.badInput([{ field: 'homeMunicipalityId', code: FieldErrorCode.NOT_FOUND }]);
    }
    const passwordHash = await this.passwords.hash(input.password);
    // ON CONFLICT instead of check-then-insert: two simultaneous sign-ups with one e-mail cannot both win.
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO users (email, display_name, password_hash, home_municipality_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, input.displayName.trim(), passwordHash, input.homeMunicipalityId ?? null],
    );
    if (rows.length === 0) {
      throw new DomainError(ErrorCode.EMAIL_TAKEN, 'An account with this e-mail already exists.', {
        fieldErrors: [{ field: 'email', code: FieldErrorCode.EMAIL_TAKEN }],
      });
    }
    return this.startSession(rows[0].id, meta);
  }

  /** Changes only what is given; a taken handle is a field error and changes nothing. */
  async updateProfile(userId: string, input: UpdateProfileInput): Promise<Account> {
    const sets: string[] = [];
    const params: unknown[] = [userId];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (input.displayName !== undefined) {
      const name = input.displayName.trim();
      if (!name) throw DomainError.badInput([{ field: 'displayName', code: FieldErrorCode.REQUIRED }]);
      set('display_name', name);
    }
    if (input.handle !== undefined) set('handle', input.handle);
    if (input.homeMunicipalityId !== undefined) {
      if (input.homeMunicipalityId && !(await this.municipalities.exists(input.homeMunicipalityId))) {
        throw DomainError.badInput([{ field: 'homeMunicipalityId', code: FieldErrorCode.NOT_FOUND }]);
      }
      set('home_municipality_id', input.homeMunicipalityId);
    }
    if (sets.length > 0) {
      try {
        await this.db.query(`UPDATE users SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
          throw DomainError.badInput(
            [{ field: 'handle', code: FieldErrorCode.HANDLE_TAKEN }],
            'Somebody already uses this handle.',
          );
        }
        throw error;
      }
    }
    const account = await this.findAccount(userId);
    if (!account) throw DomainError.notFound('The account');
    return account;
  }

  async login(input: LoginInput, meta: ClientMeta): Promise<LoggedIn> {
    const email = normaliseEmail(input.email);
    await this.throttle.assertAllowed(email, meta.ip);
    const rows: { id: string; password_hash: string }[] = await this.db.query(
      'SELECT id, password_hash FROM users WHERE email = $1',
      [email],
    );
    const user = rows[0];
    const valid = user
      ? await this.passwords.verify(user.password_hash, input.password)
      : await this.passwords.verifyAgainstNothing(input.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, meta.ip);
      // One message whether or not the e-mail is registered, so the form cannot be used to probe accounts.
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The e-mail or password is not correct.');
    }
    await this.throttle.recordSuccess(email, meta.ip);
    return this.startSession(user.id, meta);
  }

  private async startSession(userId: string, meta: ClientMeta): Promise<LoggedIn> {
    const { token, sessionId } = await this.sessions.create(userId, meta);
    const account = await this.findAccount(userId);
    if (!account) throw DomainError.notFound('The account');
    return { account, token, sessionId };
  }

  async findAccount(userId: string): Promise<Account | null> {
    const rows: Account[] = await this.db.query(`${SELECT_ACCOUNT} WHERE id = $1`, [userId]);
    return rows[0] ?? null;
  }

  async summariesByIds(ids: readonly string[]): Promise<(UserSummary | null)[]> {
    const rows: UserSummary[] = await this.db.query(
      `SELECT id, display_name AS "displayName", handle, home_municipality_id AS "homeMunicipalityId"
       FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Users whose handle, or a word of whose display name, begins with the
   * prefix (diacritics ignored): the composer's @mention suggestions. An exact
   * handle comes first, then handle matches, then name matches, each group by handle.
   */
  async suggestMentions(prefix: string, limit: number): Promise<UserSummary[]> {
    const folded = normaliseHandle(prefix);
    if (!folded) return [];
    const pattern = `${folded.replace(/[\\%_]/g, '\\$&')}%`;
    return this.db.query(
      `SELECT id, display_name AS "displayName", handle, home_municipality_id AS "homeMunicipalityId"
       FROM users
       WHERE handle LIKE unaccent_pl($1) OR unaccent_pl(display_name) LIKE unaccent_pl($1)
          OR unaccent_pl(display_name) LIKE '% ' || unaccent_pl($1)
       ORDER BY handle = unaccent_pl($2) DESC, handle LIKE unaccent_pl($1) DESC, handle
       LIMIT $3`,
      [pattern, folded, limit],
    );
  }

  async search(args: { first: number; after?: string | null; search?: string }): Promise<ConnectionShape<Account>> {
    const params: unknown[] = [args.first + 1];
    const where: string[] = [];
    if (args.search) {
      // LIKE wildcards typed by the admin are searched for literally.
      params.push(
        `%${args.search
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, '\\$&')}%`,
      );
      where.push(
        `(email LIKE $${params.length} OR handle LIKE $${params.length} OR unaccent_pl(display_name) LIKE unaccent_pl($${params.length}))`,
      );
    }
    const cursor = decodeCursor(args.after);
    if (cursor) {
      params.push(String(cursor[0]), cursor[1]);
      where.push(`(email, id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    const rows: Account[] = await this.db.query(
      `${SELECT_ACCOUNT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY email, id LIMIT $1`,
      params,
    );
    return toConnection(rows, args.first, (a) => [a.email, a.id]);
  }
}
