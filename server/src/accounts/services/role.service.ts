import { Injectable } from '@nestjs/common';
import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { isForeignKeyViolation, isUniqueViolation, pgError } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { canAdministerAccounts } from '../accounts.policy.js';
import type { GrantRoleInput } from '../dtos/grant-role.input.js';
import type { RoleGrant } from '../models/account.model.js';
import { RoleGrantRepository } from '../repositories/role-grant.repository.js';

const ADMINS_ONLY = 'Only administrators may manage roles.';

/** Official and moderator roles per municipality, granted and revoked by administrators. */
@Injectable()
export class RoleService {
  constructor(private readonly grants: RoleGrantRepository) {}

  async grant(viewer: Viewer, input: GrantRoleInput): Promise<RoleGrant> {
    requireUser(viewer);
    requireAccess(canAdministerAccounts(viewer), ADMINS_ONLY);
    try {
      return await this.grants.insert({ ...input, grantedById: viewer.userId });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorCode.CONFLICT, 'This user already has this role in this municipality.');
      }
      if (isForeignKeyViolation(error)) {
        const field = pgError(error).constraint?.includes('municipality') ? 'municipalityId' : 'userId';
        throw DomainError.badInput([{ field, code: FieldErrorCode.NOT_FOUND }]);
      }
      throw error;
    }
  }

  async revoke(viewer: Viewer, grantId: string): Promise<boolean> {
    requireAccess(canAdministerAccounts(viewer), ADMINS_ONLY);
    if (!(await this.grants.delete(grantId))) throw DomainError.notFound('The role grant');
    return true;
  }

  async list(
    viewer: Viewer,
    args: { first: number; after?: string | null; municipalityId?: string | null },
  ): Promise<ConnectionShape<RoleGrant>> {
    requireAccess(canAdministerAccounts(viewer), ADMINS_ONLY);
    const found = await this.grants.page({
      limit: args.first + 1,
      after: decodeCursor(args.after),
      municipalityId: args.municipalityId,
    });
    return toConnection(found, args.first, (grant) => [grant.cursorAt, grant.id]);
  }
}
