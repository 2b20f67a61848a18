import { Injectable } from '@nestjs/common';
import type { MunicipalRole } from '@ratusz/shared';
import type { AuthState, RequestContext } from '../request-context.js';
import { ANONYMOUS_VIEWER, type Viewer } from './viewer.js';
import { ViewerRepository } from './viewer.repository.js';

const VIEWER = Symbol('policy.viewer');

/** Builds the Viewer that policies judge: once per request (resolvers), or per call (sockets, jobs). */
@Injectable()
export class ViewerService {
  constructor(private readonly repository: ViewerRepository) {}

  /** The request's viewer, loaded at most once per request. */
  forRequest(ctx: RequestContext): Promise<Viewer> {
    const auth = ctx.auth;
    if (!auth) return Promise.resolve(ANONYMOUS_VIEWER);
    return ctx.loaders.memo(VIEWER, () => this.forAuth(auth));
  }

  async forAuth(auth: AuthState | null): Promise<Viewer> {
    if (!auth) return ANONYMOUS_VIEWER;
    const grants = await this.repository.municipalGrants(auth.userId);
    const municipalRoles = new Map<string, Set<MunicipalRole>>();
    const coordinatedNetworks = new Set<string>();
    for (const grant of grants) {
      if (grant.networkId !== null) {
        coordinatedNetworks.add(grant.networkId);
        continue;
      }
      const held = municipalRoles.get(grant.municipalityId) ?? new Set<MunicipalRole>();
      held.add(grant.role);
      municipalRoles.set(grant.municipalityId, held);
    }
    return { userId: auth.userId, isAdmin: auth.isAdmin, municipalRoles, coordinatedNetworks };
  }
}
