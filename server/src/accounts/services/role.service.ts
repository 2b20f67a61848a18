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
import { AuditEventKind } from '../../audit/models/audit-event-kind.js';
import { AuditService } from '../../audit/services/audit.service.js';

const ADMINS_ONLY = 'Only administrators may manage roles.';

/** Official and moderator roles per municipality, granted and revoked by administrators. */
@Injectable()
export class RoleService {
  constructor(
    private readonly grants: RoleGrantRepository,
    private readonly audit: AuditService,
  ) {}

  async grant(viewer: Viewer, input: GrantRoleInput): Promise<RoleGrant> {
    requireUser(viewer);
    requireAccess(canAdministerAccounts(viewer), ADMINS_ONLY);
    try {
      const grant = await this.grants.insert({ ...input, grantedById: viewer.userId });
      await this.audit.record({
        kind: AuditEventKind.ROLE_GRANTED,
        actorId: viewer.userId,
        target: { type: 'USER', id: input.userId },
        details: { role: input.role, municipalityId: input.municipalityId, grantId: grant.id },
      });
      return grant;
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
    const revoked = await this.grants.deleteReturning(grantId);
    if (!revoked) throw DomainError.notFound('The role grant');
    await this.audit.record({
      kind: AuditEventKind.ROLE_REVOKED,
      actorId: viewer.userId,
      target: { type: 'USER', id: revoked.userId },
      details: { role: revoked.role, municipalityId: revoked.municipalityId, grantId },
    });
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
