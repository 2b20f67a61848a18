import { Injectable } from '@nestjs/common';
import { ErrorCode, FieldErrorCode, normaliseHandle } from '@ratusz/shared';
import { isUniqueViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { requireAccess, type Viewer } from '../../common/policy/viewer.js';
import { MunicipalityService } from '../../municipalities/services/municipality.service.js';
import { canAdministerAccounts } from '../accounts.policy.js';
import type { LoginInput } from '../dtos/login.input.js';
import type { RegisterInput } from '../dtos/register.input.js';
import type { UpdateProfileInput } from '../dtos/update-profile.input.js';
import type { Account, UserSummary } from '../models/account.model.js';
import type { RegistrationResult } from '../models/registration-result.model.js';
import { UserRepository, type ProfileChanges } from '../repositories/user.repository.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { RegistrationService } from './registration.service.js';
import { SessionService } from './session.service.js';
import { AuditService } from '../../audit/services/audit.service.js';
import { AuditEventKind } from '../../audit/models/audit-event-kind.js';

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
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly municipalities: MunicipalityService,
    private readonly audit: AuditService,
    private readonly registrations: RegistrationService,
  ) {}

  /**
   * Starts a sign-up: the account exists only once the e-mailed link is used
   * (confirmRegistration). The answer is the same whether or not the address
   * has an account, so the form cannot be used to probe who has one.
   */
  async register(input: RegisterInput, meta: ClientMeta): Promise<RegistrationResult> {
    const email = normaliseEmail(input.email);
    await this.throttle.countRegistration(meta.ip);
    await this.assertMunicipalityExists(input.homeMunicipalityId);
    await this.registrations.start({
      email,
      displayName: input.displayName.trim(),
      // Hashed for a taken address too: skipping the hash there would make its answer measurably quicker.
      passwordHash: await this.passwords.hash(input.password),
      homeMunicipalityId: input.homeMunicipalityId ?? null,
    });
    return { email, confirmationSent: true };
  }

  /** Creates the account from the e-mailed token and logs it in. */
  async confirmRegistration(token: string, meta: ClientMeta): Promise<LoggedIn> {
    return this.startSession(await this.registrations.confirm(token), meta);
  }

  /** Changes only what is given; a taken handle is a field error and changes nothing. */
  async updateProfile(userId: string, input: UpdateProfileInput): Promise<Account> {
    const changes: ProfileChanges = {};
    if (input.displayName !== undefined) {
      const name = input.displayName.trim();
      if (!name) throw DomainError.badInput([{ field: 'displayName', code: FieldErrorCode.REQUIRED }]);
      changes.displayName = name;
    }
    if (input.handle !== undefined) changes.handle = input.handle;
    if (input.homeMunicipalityId !== undefined) {
      await this.assertMunicipalityExists(input.homeMunicipalityId);
      changes.homeMunicipalityId = input.homeMunicipalityId;
    }
    try {
      await this.users.updateProfile(userId, changes);
    } catch (error) {
      if (isUniqueViolation(error, 'users_handle_uq')) {
        throw DomainError.badInput(
          [{ field: 'handle', code: FieldErrorCode.HANDLE_TAKEN }],
          'Somebody already uses this handle.',
        );
      }
      throw error;
    }
    return this.requireAccount(userId);
  }

  async login(input: LoginInput, meta: ClientMeta): Promise<LoggedIn> {
    const email = normaliseEmail(input.email);
    await this.throttle.assertAllowed(email, meta.ip);
    const user = await this.users.credentialsByEmail(email);
    const valid = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verifyAgainstNothing(input.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, meta.ip);
      // The e-mail typed is kept (it is what an attack tries), the password never.
      await this.audit.record({
        kind: AuditEventKind.LOGIN_FAILED,
        actorId: null,
        ip: meta.ip,
        target: user ? { type: 'USER', id: user.id } : null,
        details: { email },
      });
      // One message whether or not the e-mail is registered, so the form cannot be used to probe accounts.
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The e-mail or password is not correct.');
    }
    await this.throttle.recordSuccess(email, meta.ip);
    const started = await this.startSession(user.id, meta);
    await this.audit.record({
      kind: AuditEventKind.LOGIN,
      actorId: user.id,
      ip: meta.ip,
      target: { type: 'SESSION', id: started.sessionId },
      details: { userAgent: meta.userAgent },
    });
    return started;
  }

  findAccount(userId: string): Promise<Account | null> {
    return this.users.findAccount(userId);
  }

  /** The composer's @mention suggestions: handle or a word of the display name beginning with the prefix. */
  suggestMentions(prefix: string, limit: number): Promise<UserSummary[]> {
    const folded = normaliseHandle(prefix);
    if (!folded) return Promise.resolve([]);
    return this.users.mentionCandidates(folded, limit);
  }

  async search(
    viewer: Viewer,
    args: { first: number; after?: string | null; search?: string },
  ): Promise<ConnectionShape<Account>> {
    requireAccess(canAdministerAccounts(viewer), 'Only administrators may list accounts.');
    const found = await this.users.page({
      limit: args.first + 1,
      after: decodeCursor(args.after),
      search: args.search,
    });
    return toConnection(found, args.first, (account) => [account.email, account.id]);
  }

  private async startSession(userId: string, meta: ClientMeta): Promise<LoggedIn> {
    const { token, sessionId } = await this.sessions.create(userId, meta);
    return { account: await this.requireAccount(userId), token, sessionId };
  }

  private async requireAccount(userId: string): Promise<Account> {
    const account = await this.users.findAccount(userId);
    if (!account) throw DomainError.notFound('The account');
    return account;
  }

  private async assertMunicipalityExists(municipalityId: string | null | undefined): Promise<void> {
    if (municipalityId && !(await this.municipalities.exists(municipalityId))) {
      throw DomainError.badInput([{ field: 'homeMunicipalityId', code: FieldErrorCode.NOT_FOUND }]);
    }
  }
}
