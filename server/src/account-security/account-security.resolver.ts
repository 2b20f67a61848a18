import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { clearSessionCookie } from '../accounts/session-cookie.js';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx, CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { AuthState, RequestContext } from '../common/request-context.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DeleteAccountInput } from './dtos/delete-account.input.js';
import { RequestPasswordResetInput } from './dtos/request-password-reset.input.js';
import { ResetPasswordInput } from './dtos/reset-password.input.js';
import { AccountDataService } from './services/account-data.service.js';
import { PasswordResetService } from './services/password-reset.service.js';

@Resolver()
export class AccountSecurityResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly data: AccountDataService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @RateLimit('PASSWORD_RESET')
  @Mutation(() => Boolean, {
    description: 'E-mails a link to set a new password, if the address has an account. Answers true either way.',
  })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.resets.request(input.email);
  }

  @Public()
  @RateLimit('PASSWORD_RESET')
  @Mutation(() => Boolean, { description: 'Sets a new password with the e-mailed token and ends every session.' })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.resets.reset(input.token, input.password);
  }

  @Authenticated()
  @RateLimit('ACCOUNT_DATA')
  @Query(() => String, { description: 'Everything stored about the viewer, as a JSON document (RODO).' })
  myData(@CurrentAuth() auth: AuthState): Promise<string> {
    return this.data.export(auth.userId);
  }

  @Authenticated()
  @RateLimit('ACCOUNT_DATA')
  @Mutation(() => Boolean, { description: 'Deletes the viewer’s account (password confirmed) and logs out.' })
  async deleteAccount(
    @Args('input') input: DeleteAccountInput,
    @CurrentAuth() auth: AuthState,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await this.data.delete(auth.userId, input.password, input.removeContent);
    clearSessionCookie(ctx.res, this.config);
    return true;
  }
}
