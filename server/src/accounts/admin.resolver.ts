import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { AdminOnly } from '../common/auth/access.decorators.js';
import { CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { PageArgs } from '../common/pagination/connection.model.js';
import type { AuthState } from '../common/request-context.js';
import { GrantRoleInput } from './dtos/grant-role.input.js';
import { UsersArgs } from './dtos/users.args.js';
import { AccountConnection, RoleGrant, RoleGrantConnection } from './models/account.model.js';
import { AccountService } from './services/account.service.js';
import { RoleService } from './services/role.service.js';

@ArgsType()
class RoleGrantsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { context: { code: FieldErrorCode.INVALID } })
  municipalityId?: string | null;
}

@ArgsType()
class GrantIdArgs {
  @Field(() => ID)
  @IsUUID('all', { context: { code: FieldErrorCode.INVALID } })
  id!: string;
}

/** Role administration: granting and revoking official and moderator roles. */
@AdminOnly()
@Resolver()
export class AdminResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly roles: RoleService,
  ) {}

  @Query(() => AccountConnection, { description: 'Accounts by e-mail; admins only.' })
  users(@Args() args: UsersArgs) {
    return this.accounts.search(args);
  }

  @Query(() => RoleGrantConnection, { description: 'Granted roles, newest first; admins only.' })
  roleGrants(@Args() args: RoleGrantsArgs) {
    return this.roles.list(args);
  }

  @Mutation(() => RoleGrant)
  grantRole(@Args('input') input: GrantRoleInput, @CurrentAuth() auth: AuthState): Promise<RoleGrant> {
    return this.roles.grant(input, auth.userId);
  }

  @Mutation(() => Boolean)
  revokeRole(@Args() { id }: GrantIdArgs): Promise<boolean> {
    return this.roles.revoke(id);
  }
}
