import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { Municipality } from '../municipalities/models/municipality.model.js';
import { MunicipalityLoaders } from '../municipalities/municipality.loaders.js';
import { AccountLoaders } from './account.loaders.js';
import { Account, RoleGrant, UserSummary } from './models/account.model.js';

/** Relations of account types, each through a per-request loader (no N+1). */
@Resolver(() => Account)
export class AccountFieldsResolver {
  constructor(
    private readonly municipalities: MunicipalityLoaders,
    private readonly accounts: AccountLoaders,
  ) {}

  @ResolveField(() => Municipality, { nullable: true })
  homeMunicipality(@Parent() account: Account, @Ctx() ctx: RequestContext) {
    return account.homeMunicipalityId ? this.municipalities.byId(ctx).load(account.homeMunicipalityId) : null;
  }

  @ResolveField(() => [RoleGrant], { description: 'Per-municipality roles (official, moderator).' })
  roles(@Parent() account: Account, @Ctx() ctx: RequestContext) {
    return this.accounts.grantsOf(ctx).load(account.id);
  }
}

@Resolver(() => UserSummary)
export class UserSummaryFieldsResolver {
  constructor(private readonly municipalities: MunicipalityLoaders) {}

  @ResolveField(() => Municipality, { nullable: true })
  homeMunicipality(@Parent() user: UserSummary, @Ctx() ctx: RequestContext) {
    return user.homeMunicipalityId ? this.municipalities.byId(ctx).load(user.homeMunicipalityId) : null;
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantFieldsResolver {
  constructor(
    private readonly municipalities: MunicipalityLoaders,
    private readonly accounts: AccountLoaders,
  ) {}

  @ResolveField(() => Municipality)
  municipality(@Parent() grant: RoleGrant, @Ctx() ctx: RequestContext) {
    return this.municipalities.byId(ctx).load(grant.municipalityId);
  }

  @ResolveField(() => UserSummary)
  user(@Parent() grant: RoleGrant, @Ctx() ctx: RequestContext) {
    return this.accounts.userById(ctx).load(grant.userId);
  }
}
