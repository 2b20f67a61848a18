import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  FieldErrorCode,
  HANDLE_PATTERN,
  normaliseHandle,
  OrganisationInvitationStatus,
  OrganisationRole,
} from '@ratusz/shared';
import { isUniqueViolation, type Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { InviteMemberInput } from '../dtos/organisation-inputs.js';
import type { Organisation, OrganisationInvitation, OrganisationMember } from '../models/organisation.model.js';
import { canLeaveOrganisation, canManageOrganisation } from '../organisations.policy.js';
import { InvitationRepository } from '../repositories/invitation.repository.js';
import { MembershipRepository } from '../repositories/membership.repository.js';
import { OrganisationRepository } from '../repositories/organisation.repository.js';
import { InvitationNotifier } from './invitation-notifier.service.js';
import { organisationNotFound } from './organisation.service.js';

function invitationNotFound(): DomainError {
  return new DomainError(ErrorCode.INVITATION_NOT_FOUND, 'The invitation was not found or was already answered.');
}

/**
 * Members and invitations. Every change locks the organisation's row first,
 * so two changes of one organisation (an invitation accepted while the owner
 * hands over) run one after the other; the database keeps exactly one owner.
 */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisations: OrganisationRepository,
    private readonly members: MembershipRepository,
    private readonly invitations: InvitationRepository,
    private readonly notifier: InvitationNotifier,
  ) {}

  async invite(viewer: Viewer, input: InviteMemberInput): Promise<OrganisationInvitation> {
    requireUser(viewer);
    const handle = input.handle ? normaliseHandle(input.handle) : null;
    const email = input.email || null;
    if (Boolean(handle) === Boolean(email)) {
      throw DomainError.badInput(
        [{ field: handle ? 'email' : 'handle', code: FieldErrorCode.REQUIRED }],
        'Invite by handle or by e-mail (one of them).',
      );
    }
    if (handle && !HANDLE_PATTERN.test(handle)) {
      throw DomainError.badInput([{ field: 'handle', code: FieldErrorCode.INVALID }]);
    }
    try {
      return await this.db.transaction(async (tx) => {
        const organisation = await this.lockManaged(viewer, input.organisationId, tx);
        const user = await this.invitations.findUser({ handle, email }, tx);
        // A handle must name someone; an e-mail may wait for its owner to register.
        if (handle && !user) throw DomainError.badInput([{ field: 'handle', code: FieldErrorCode.NOT_FOUND }]);
        if (user && (await this.members.roleOf(organisation.id, user.id, tx))) {
          throw new DomainError(ErrorCode.ALREADY_MEMBER, 'This person is a member already.');
        }
        if (await this.invitations.hasPending(organisation.id, { userId: user?.id ?? null, email }, tx)) {
          throw new DomainError(ErrorCode.ALREADY_INVITED, 'This person has been invited already.');
        }
        const invitation = await this.invitations.insert(
          {
            organisationId: organisation.id,
            inviteeId: user?.id ?? null,
            inviteeEmail: user ? null : email,
            invitedById: viewer.userId,
          },
          tx,
        );
        if (user) await this.notifier.invited(invitation, organisation, user.id, viewer.userId, tx);
        return invitation;
      });
    } catch (error) {
      // Two invitations racing past the check: the partial unique index decides.
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorCode.ALREADY_INVITED, 'This person has been invited already.');
      }
      throw error;
    }
  }

  async accept(viewer: Viewer, invitationId: string): Promise<OrganisationInvitation> {
    return this.respond(viewer, invitationId, OrganisationInvitationStatus.ACCEPTED);
  }

  async decline(viewer: Viewer, invitationId: string): Promise<OrganisationInvitation> {
    return this.respond(viewer, invitationId, OrganisationInvitationStatus.DECLINED);
  }

  /** The owner takes a pending invitation back. */
  async cancelInvitation(viewer: Viewer, invitationId: string): Promise<OrganisationInvitation> {
    requireUser(viewer);
    const invitation = await this.invitations.byId(invitationId);
    if (!invitation) throw invitationNotFound();
    await this.db.transaction(async (tx) => {
      await this.lockManaged(viewer, invitation.organisationId, tx);
      if (!(await this.invitations.cancel(invitationId, tx))) throw invitationNotFound();
    });
    return (await this.invitations.byId(invitationId))!;
  }

  async remove(viewer: Viewer, organisationId: string, userId: string): Promise<Organisation> {
    requireUser(viewer);
    await this.db.transaction(async (tx) => {
      const organisation = await this.lockManaged(viewer, organisationId, tx);
      if (userId === organisation.ownerId) {
        throw new DomainError(ErrorCode.CONFLICT, 'The owner hands the ownership over before leaving.');
      }
      if (!(await this.members.remove(organisationId, userId, tx))) {
        throw DomainError.badInput([{ field: 'userId', code: FieldErrorCode.NOT_FOUND }], 'Not a member.');
      }
    });
    return (await this.organisations.byId(organisationId))!;
  }

  async leave(viewer: Viewer, organisationId: string): Promise<boolean> {
    requireUser(viewer);
    await this.db.transaction(async (tx) => {
      const organisation = await this.organisations.lockById(organisationId, tx);
      if (!organisation) throw organisationNotFound();
      const role = await this.members.roleOf(organisationId, viewer.userId, tx);
      if (role === OrganisationRole.OWNER) {
        throw new DomainError(ErrorCode.CONFLICT, 'The owner hands the ownership over before leaving.');
      }
      requireAccess(canLeaveOrganisation(viewer, role), 'You are not a member of this organisation.');
      await this.members.remove(organisationId, viewer.userId, tx);
    });
    return true;
  }

  /** The owner makes a member the owner and stays as a member; both changes commit together. */
  async transferOwnership(viewer: Viewer, organisationId: string, userId: string): Promise<Organisation> {
    requireUser(viewer);
    await this.db.transaction(async (tx) => {
      await this.lockManaged(viewer, organisationId, tx);
      if (userId === viewer.userId) return;
      const role = await this.members.roleOf(organisationId, userId, tx);
      if (role !== OrganisationRole.MEMBER) {
        throw DomainError.badInput(
          [{ field: 'userId', code: FieldErrorCode.NOT_FOUND }],
          'Ownership goes to a member of the organisation.',
        );
      }
      // Demote first: the partial unique index allows one owner at a time.
      await this.members.setRole(organisationId, viewer.userId, OrganisationRole.MEMBER, tx);
      await this.members.setRole(organisationId, userId, OrganisationRole.OWNER, tx);
    });
    return (await this.organisations.byId(organisationId))!;
  }

  async membersOf(
    organisationId: string,
    args: { first: number; after?: string | null },
  ): Promise<ConnectionShape<OrganisationMember>> {
    const after = decodeCursor(args.after);
    const found = await this.members.page(organisationId, after ? [String(after[0]), after[1]] : null, args.first + 1);
    return toConnection(found, args.first, (m) => [m.cursorAt, m.userId]);
  }

  async myInvitations(
    viewer: Viewer,
    args: { first: number; after?: string | null },
  ): Promise<ConnectionShape<OrganisationInvitation>> {
    requireUser(viewer);
    const after = decodeCursor(args.after);
    const found = await this.invitations.pendingFor(
      viewer.userId,
      after ? [String(after[0]), after[1]] : null,
      args.first + 1,
    );
    return toConnection(found, args.first, (i) => [i.cursorAt, i.id]);
  }

  /** The organisation's pending invitations: its owner only. */
  async pendingInvitations(
    viewer: Viewer,
    organisationId: string,
    args: { first: number; after?: string | null },
  ): Promise<ConnectionShape<OrganisationInvitation>> {
    requireUser(viewer);
    const role = await this.members.roleOf(organisationId, viewer.userId);
    requireAccess(canManageOrganisation(viewer, role), 'Only the owner sees the invitations.');
    const after = decodeCursor(args.after);
    const found = await this.invitations.pendingOf(
      organisationId,
      after ? [String(after[0]), after[1]] : null,
      args.first + 1,
    );
    return toConnection(found, args.first, (i) => [i.cursorAt, i.id]);
  }

  private async respond(
    viewer: Viewer,
    invitationId: string,
    status: OrganisationInvitationStatus,
  ): Promise<OrganisationInvitation> {
    requireUser(viewer);
    const known = await this.invitations.byId(invitationId);
    if (!known) throw invitationNotFound();
    await this.db.transaction(async (tx) => {
      // Organisation first, then the invitation: the same order as every other membership change.
      if (!(await this.organisations.lockById(known.organisationId, tx))) throw invitationNotFound();
      const invitation = await this.invitations.lockPendingFor(invitationId, viewer.userId, tx);
      if (!invitation) throw invitationNotFound();
      await this.invitations.respond(invitation.id, status, viewer.userId, tx);
      if (status === OrganisationInvitationStatus.ACCEPTED) {
        if (!(await this.members.roleOf(invitation.organisationId, viewer.userId, tx))) {
          await this.members.add(invitation.organisationId, viewer.userId, OrganisationRole.MEMBER, tx);
        }
        await this.invitations.closeOthersOf(invitation.organisationId, viewer.userId, tx);
      }
    });
    return (await this.invitations.byId(invitationId))!;
  }

  /** The organisation locked, if the viewer owns it (else FORBIDDEN; ORGANISATION_NOT_FOUND if there is none). */
  private async lockManaged(viewer: Viewer & { userId: string }, id: string, tx: Queryable): Promise<Organisation> {
    const organisation = await this.organisations.lockById(id, tx);
    if (!organisation) throw organisationNotFound();
    const role = await this.members.roleOf(id, viewer.userId, tx);
    requireAccess(canManageOrganisation(viewer, role), 'Only the owner manages the members.');
    return organisation;
  }
}
