import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { canActOnBehalf } from '../organisations.policy.js';
import { MembershipRepository } from '../repositories/membership.repository.js';

/**
 * "On behalf of an organisation" for the features that write (forum posts,
 * proposals): checked inside the writer's transaction, under a share lock of
 * the membership row, so a member removed meanwhile cannot slip a post in.
 */
@Injectable()
export class OnBehalfService {
  constructor(private readonly members: MembershipRepository) {}

  /** NOT_ORGANISATION_MEMBER unless the user is a member (the owner included). */
  async requireMember(
    userId: string,
    organisationId: string | null | undefined,
    tx: Queryable,
  ): Promise<string | null> {
    if (!organisationId) return null;
    if (!canActOnBehalf(userId, await this.members.lockRole(organisationId, userId, tx))) {
      throw new DomainError(
        ErrorCode.NOT_ORGANISATION_MEMBER,
        'Only members of the organisation can write on its behalf.',
      );
    }
    return organisationId;
  }

  /** Marks a forum post as written on behalf of the organisation (after requireMember in the same transaction). */
  async markPost(
    userId: string,
    organisationId: string | null | undefined,
    postId: string,
    tx: Queryable,
  ): Promise<void> {
    if (!organisationId) return;
    await this.requireMember(userId, organisationId, tx);
    await this.members.markPost(postId, organisationId, tx);
  }
}
