import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { OrganisationRole } from '@ratusz/shared';
import type { RequestContext } from '../common/request-context.js';
import type { Organisation } from './models/organisation.model.js';
import { MembershipRepository } from './repositories/membership.repository.js';
import { OrganisationRepository } from './repositories/organisation.repository.js';

const BY_ID = Symbol('organisation.byId');
const BY_POST = Symbol('organisation.byPost');
const MUNICIPALITIES = Symbol('organisation.municipalities');
const VIEWER_ROLES = Symbol('organisation.viewerRoles');

/** One statement per relation for a whole page: "on behalf of" on posts and proposals, roles, municipalities. */
@Injectable()
export class OrganisationLoaders {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly members: MembershipRepository,
  ) {}

  byId(ctx: RequestContext): DataLoader<string, Organisation | null> {
    return ctx.loaders.get(BY_ID, () => new DataLoader((ids: readonly string[]) => this.organisations.byIds(ids)));
  }

  /** The organisation a forum post was written on behalf of. */
  byPostId(ctx: RequestContext): DataLoader<string, Organisation | null> {
    return ctx.loaders.get(
      BY_POST,
      () => new DataLoader((ids: readonly string[]) => this.organisations.byPostIds(ids)),
    );
  }

  municipalityIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      MUNICIPALITIES,
      () => new DataLoader((ids: readonly string[]) => this.organisations.municipalityIdsOf(ids)),
    );
  }

  /** The request's user's role in each organisation (one loader per request: a request has one user). */
  viewerRole(ctx: RequestContext, userId: string): DataLoader<string, OrganisationRole | null> {
    return ctx.loaders.get(
      VIEWER_ROLES,
      () => new DataLoader((ids: readonly string[]) => this.members.rolesOf(userId, ids)),
    );
  }
}
