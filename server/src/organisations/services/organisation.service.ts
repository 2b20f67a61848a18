import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode, isOrganisationWebsite, OrganisationRole, type FieldError } from '@ratusz/shared';
import { AuditEventKind } from '../../audit/models/audit-event-kind.js';
import { AuditService } from '../../audit/services/audit.service.js';
import { isUniqueViolation, type Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { MarkdownService } from '../../forum/services/markdown.service.js';
import type { OrganisationInput } from '../dtos/organisation.input.js';
import type { OrganisationsArgs, UpdateOrganisationInput } from '../dtos/organisation-inputs.js';
import type { Organisation } from '../models/organisation.model.js';
import { canCreateOrganisation, canManageOrganisation, canVerifyOrganisation } from '../organisations.policy.js';
import { MembershipRepository } from '../repositories/membership.repository.js';
import { OrganisationRepository, type NewOrganisation } from '../repositories/organisation.repository.js';

export function organisationNotFound(): DomainError {
  return new DomainError(ErrorCode.ORGANISATION_NOT_FOUND, 'The organisation was not found.');
}

/** Founding, editing, reading and verifying organisations; members are MembershipService's. */
@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisations: OrganisationRepository,
    private readonly members: MembershipRepository,
    private readonly markdown: MarkdownService,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: Viewer, input: OrganisationInput): Promise<Organisation> {
    requireUser(viewer);
    requireAccess(canCreateOrganisation(viewer));
    const values = this.values(input);
    const id = await this.write(input, async (tx) => {
      const created = await this.organisations.insert(values, tx);
      await this.members.add(created, viewer.userId, OrganisationRole.OWNER, tx);
      await this.organisations.setMunicipalities(created, input.municipalityIds, tx);
      return created;
    });
    return (await this.organisations.byId(id))!;
  }

  async update(viewer: Viewer, input: UpdateOrganisationInput): Promise<Organisation> {
    requireUser(viewer);
    const values = this.values(input);
    await this.write(input, async (tx) => {
      const current = await this.organisations.lockById(input.id, tx);
      if (!current) throw organisationNotFound();
      const role = await this.members.roleOf(input.id, viewer.userId, tx);
      requireAccess(canManageOrganisation(viewer, role), 'Only the owner can change the organisation.');
      await this.organisations.update(input.id, values, tx);
      await this.organisations.setMunicipalities(input.id, input.municipalityIds, tx);
      return input.id;
    });
    return (await this.organisations.byId(input.id))!;
  }

  async byId(id: string): Promise<Organisation | null> {
    return this.organisations.byId(id);
  }

  async list(args: OrganisationsArgs, memberId: string | null = null): Promise<ConnectionShape<Organisation>> {
    const after = decodeCursor(args.after);
    const found = await this.organisations.page({
      municipalityId: args.municipalityId ?? null,
      search: args.search || null,
      memberId,
      after: after ? [String(after[0]), after[1]] : null,
      limit: args.first + 1,
    });
    return toConnection(found, args.first, (o) => [o.sortKey, o.id]);
  }

  /** The badge: administrators, or officials of a municipality it works in; recorded in the audit log. */
  async setVerified(viewer: Viewer, id: string, verified: boolean): Promise<Organisation> {
    requireUser(viewer);
    await this.db.transaction(async (tx) => {
      const current = await this.organisations.lockById(id, tx);
      if (!current) throw organisationNotFound();
      const [municipalityIds] = await this.organisations.municipalityIdsOf([id], tx);
      requireAccess(
        canVerifyOrganisation(viewer, municipalityIds),
        'Only administrators and officials of its municipalities verify an organisation.',
      );
      if (current.verified === verified) return;
      if (verified) await this.organisations.setVerified(id, viewer.userId, tx);
      else await this.organisations.clearVerified(id, tx);
      await this.audit.record(
        {
          kind: AuditEventKind.ORGANISATION_VERIFIED,
          actorId: viewer.userId,
          target: { type: 'ORGANISATION', id },
          details: { verified, name: current.name },
        },
        tx,
      );
    });
    return (await this.organisations.byId(id))!;
  }

  private values(input: OrganisationInput): NewOrganisation {
    const problems: FieldError[] = [];
    const website = input.website?.trim() || null;
    if (website !== null && !isOrganisationWebsite(website)) {
      problems.push({ field: 'website', code: FieldErrorCode.URL_INVALID });
    }
    if (new Set(input.municipalityIds).size !== input.municipalityIds.length) {
      problems.push({ field: 'municipalityIds', code: FieldErrorCode.DUPLICATE });
    }
    if (problems.length) throw DomainError.badInput(problems);
    const descriptionSource = input.description?.trim() ?? '';
    return {
      name: input.name.trim(),
      krs: input.krs?.trim() || null,
      descriptionSource,
      descriptionHtml: descriptionSource ? this.markdown.render(descriptionSource) : '',
      website,
    };
  }

  /** One transaction; unknown municipalities and taken names or KRS numbers become field errors. */
  private async write(input: OrganisationInput, work: (tx: Queryable) => Promise<string>): Promise<string> {
    try {
      return await this.db.transaction(async (tx) => {
        const known = await this.organisations.existingMunicipalities(input.municipalityIds, tx);
        if (input.municipalityIds.some((id) => !known.has(id))) {
          throw DomainError.badInput([{ field: 'municipalityIds', code: FieldErrorCode.NOT_FOUND }]);
        }
        return work(tx);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'organisations_name_uq')) {
        throw new DomainError(ErrorCode.ORGANISATION_NAME_TAKEN, 'An organisation with this name exists already.', {
          fieldErrors: [{ field: 'name', code: FieldErrorCode.DUPLICATE }],
        });
      }
      if (isUniqueViolation(error, 'organisations_krs_uq')) {
        throw DomainError.badInput([{ field: 'krs', code: FieldErrorCode.DUPLICATE }], 'This KRS number is taken.');
      }
      throw error;
    }
  }
}
