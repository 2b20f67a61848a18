import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx, CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { IdArgs } from '../common/validation/id-field.js';
import type { AuthState, RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ConfirmRegistrationArgs } from './dtos/confirm-registration.args.js';
import { LoginInput } from './dtos/login.input.js';
import { RegisterInput } from './dtos/register.input.js';
import { UpdateProfileInput } from './dtos/update-profile.input.js';
import { Account, AuthPayload, SessionInfo } from './models/account.model.js';
import { RegistrationResult } from './models/registration-result.model.js';
import { AccountService, type LoggedIn } from './services/account.service.js';
import { SessionService } from './services/session.service.js';
import { clearSessionCookie, clientMeta, setSessionCookie } from './session-cookie.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

/** Sessions listed on the profile; more than this many active logins is not a real person's usage. */
const MAX_LISTED_SESSIONS = 100;

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => Account, { nullable: true, description: 'The logged-in account, or null.' })
  me(@Ctx() ctx: RequestContext): Promise<Account | null> | null {
    return ctx.auth ? this.accounts.findAccount(ctx.auth.userId) : null;
  }

  @Public()
  @RateLimit('REGISTER')
  @Mutation(() => RegistrationResult, {
    description:
      'Starts a sign-up: e-mails a confirmation link (or, when the address has an account, a note to its owner). ' +
      'Answers the same either way and logs nobody in; confirmRegistration creates the account.',
  })
  register(@Args('input') input: RegisterInput, @Ctx() ctx: RequestContext): Promise<RegistrationResult> {
    return this.accounts.register(input, clientMeta(ctx.req));
  }

  @Public()
  @RateLimit('REGISTER_CONFIRM')
  @Mutation(() => AuthPayload, {
    description:
      'Creates the account from the e-mailed confirmation token (single use, valid for a day) and logs it in (sets the session cookie).',
  })
  async confirmRegistration(
    @Args() { token }: ConfirmRegistrationArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    return this.begin(await this.accounts.confirmRegistration(token, clientMeta(ctx.req)), ctx);
  }

  @Public()
  @RateLimit('LOGIN')
  @Mutation(() => AuthPayload, {
    description: 'Logs in (sets the session cookie). Rate limited per account and per IP.',
  })
  async login(@Args('input') input: LoginInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.begin(await this.accounts.login(input, clientMeta(ctx.req)), ctx);
  }

  @Authenticated()
  @RateLimit('PROFILE_UPDATE')
  @Mutation(() => Account, { description: 'Changes your display name, mention handle or home municipality.' })
  updateProfile(@Args('input') input: UpdateProfileInput, @CurrentAuth() auth: AuthState): Promise<Account> {
    return this.accounts.updateProfile(auth.userId, input);
  }

  @Authenticated()
  @RateLimit('SESSION_END')
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@CurrentAuth() auth: AuthState, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.sessions.revoke(await this.viewers.forRequest(ctx), auth.sessionId, 'LOGOUT');
    clearSessionCookie(ctx.res, this.config);
    return true;
  }

  @Authenticated()
  @RateLimit('SESSION_END')
  @Mutation(() => Int, {
    description: 'Ends every session of this account, this one included; returns how many ended.',
  })
  async logoutEverywhere(@Ctx() ctx: RequestContext): Promise<number> {
    const count = await this.sessions.revokeAll(await this.viewers.forRequest(ctx));
    clearSessionCookie(ctx.res, this.config);
    return count;
  }

  @Authenticated()
  @RateLimit('SESSION_END')
  @Mutation(() => Boolean, { description: 'Ends one of your other sessions (e.g. a lost phone).' })
  async revokeSession(
    @Args() { id }: IdArgs,
    @CurrentAuth() auth: AuthState,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    const revoked = await this.sessions.revoke(await this.viewers.forRequest(ctx), id, 'REVOKED');
    if (id === auth.sessionId) clearSessionCookie(ctx.res, this.config);
    return revoked;
  }

  @Authenticated()
  @Query(() => [SessionInfo], {
    description: `Your active sessions, most recently used first (at most ${MAX_LISTED_SESSIONS}).`,
  })
  async mySessions(@CurrentAuth() auth: AuthState): Promise<SessionInfo[]> {
    const rows = await this.sessions.listActive(auth.userId, MAX_LISTED_SESSIONS);
    return rows.map((row) => ({ ...row, current: row.id === auth.sessionId }));
  }

  private begin(result: LoggedIn, ctx: RequestContext): AuthPayload {
    setSessionCookie(ctx.res, result.token, this.config);
    ctx.auth = { userId: result.account.id, sessionId: result.sessionId, isAdmin: result.account.isAdmin };
    return { account: result.account };
  }
}
