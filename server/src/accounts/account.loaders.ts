import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { RoleGrant, UserSummary } from './models/account.model.js';
import { AccountService } from './services/account.service.js';
import { RoleService } from './services/role.service.js';

const USER_BY_ID = Symbol('user.byId');
const GRANTS_BY_USER = Symbol('roleGrants.byUser');

@Injectable()
export class AccountLoaders {
  constructor(
    private readonly accounts: AccountService,
    private readonly roles: RoleService,
  ) {}

  userById(ctx: RequestContext): DataLoader<string, UserSummary | null> {
    return ctx.loaders.get(
      USER_BY_ID,
      () => new DataLoader((ids: readonly string[]) => this.accounts.summariesByIds(ids)),
    );
  }

  grantsOf(ctx: RequestContext): DataLoader<string, RoleGrant[]> {
    return ctx.loaders.get(GRANTS_BY_USER, () => new DataLoader((ids: readonly string[]) => this.roles.byUserIds(ids)));
  }
}
