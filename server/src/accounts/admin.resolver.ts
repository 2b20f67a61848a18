import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { GrantRoleInput } from './dtos/grant-role.input.js';
import { RoleGrantsArgs } from './dtos/role-grants.args.js';
import { UsersArgs } from './dtos/users.args.js';
import { Account, AccountConnection, RoleGrant, RoleGrantConnection } from './models/account.model.js';
import { AccountService } from './services/account.service.js';
import { RoleService } from './services/role.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

/** Role administration: granting and revoking official and moderator roles. */
@AdminOnly()
@Resolver()
export class AdminResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly roles: RoleService,
    private readonly viewers: ViewerService,
  ) {}

  @Query(() => AccountConnection, { description: 'Accounts by e-mail; admins only.' })
  async users(@Args() args: UsersArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Account>> {
    return this.accounts.search(await this.viewers.forRequest(ctx), args);
  }

  @Query(() => RoleGrantConnection, { description: 'Granted roles, newest first; admins only.' })
  async roleGrants(@Args() args: RoleGrantsArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<RoleGrant>> {
    return this.roles.list(await this.viewers.forRequest(ctx), args);
  }

  @RateLimit('ROLE_GRANT')
  @Mutation(() => RoleGrant)
  async grantRole(@Args('input') input: GrantRoleInput, @Ctx() ctx: RequestContext): Promise<RoleGrant> {
    return this.roles.grant(await this.viewers.forRequest(ctx), input);
  }

  @RateLimit('ROLE_GRANT')
  @Mutation(() => Boolean)
  async revokeRole(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.roles.revoke(await this.viewers.forRequest(ctx), id);
  }
}
