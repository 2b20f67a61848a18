import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { RoleGrant, UserSummary } from './models/account.model.js';
import { RoleGrantRepository } from './repositories/role-grant.repository.js';
import { UserRepository } from './repositories/user.repository.js';

const USER_BY_ID = Symbol('user.byId');
const GRANTS_BY_USER = Symbol('roleGrants.byUser');
const IS_ADMIN = Symbol('user.isAdmin');

/** Batches user and role look-ups of one request into one statement each. */
@Injectable()
export class AccountLoaders {
  constructor(
    private readonly users: UserRepository,
    private readonly grants: RoleGrantRepository,
  ) {}

  userById(ctx: RequestContext): DataLoader<string, UserSummary | null> {
    return ctx.loaders.get(
      USER_BY_ID,
      () => new DataLoader((ids: readonly string[]) => this.users.summariesByIds(ids)),
    );
  }

  /** Whether a user is an administrator; never a GraphQL field of its own (see viewerCanSanction). */
  isAdmin(ctx: RequestContext): DataLoader<string, boolean> {
    return ctx.loaders.get(IS_ADMIN, () => new DataLoader((ids: readonly string[]) => this.users.adminFlagsByIds(ids)));
  }

  grantsOf(ctx: RequestContext): DataLoader<string, RoleGrant[]> {
    return ctx.loaders.get(
      GRANTS_BY_USER,
      () => new DataLoader((ids: readonly string[]) => this.grants.byUserIds(ids)),
    );
  }
}
