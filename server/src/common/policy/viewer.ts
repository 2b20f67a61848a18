import { Role, type MunicipalRole } from '@ratusz/shared';
import { DomainError } from '../errors/domain-error.js';

/**
 * Who is asking, with every scope they hold a role in, loaded once per
 * request. Policies are pure functions of a Viewer and the thing acted on, so
 * a service checking before a write and a `viewerCan*` field answering for a
 * whole page give the same answer from the same code, with no SQL of their own.
 *
 * New scopes (network coordinators, organisation members) become new maps
 * here, filled by ViewerService; existing policies and their callers do not
 * change.
 */
export interface Viewer {
  /** null for an anonymous visitor. */
  readonly userId: string | null;
  readonly isAdmin: boolean;
  /** Municipality id → the roles held there (OFFICIAL, MODERATOR). */
  readonly municipalRoles: ReadonlyMap<string, ReadonlySet<MunicipalRole>>;
  /** Networks the user coordinates (absent: none). */
  readonly coordinatedNetworks?: ReadonlySet<string>;
}

export const ANONYMOUS_VIEWER: Viewer = Object.freeze({
  userId: null,
  isAdmin: false,
  municipalRoles: new Map<string, ReadonlySet<MunicipalRole>>(),
});

/** Whether the viewer holds any of these roles in the municipality (administrators hold every role). */
export function hasMunicipalRole(
  viewer: Viewer,
  municipalityId: string | null | undefined,
  roles: readonly MunicipalRole[],
): boolean {
  if (viewer.isAdmin) return true;
  if (!municipalityId) return false;
  const held = viewer.municipalRoles.get(municipalityId);
  return held ? roles.some((role) => held.has(role)) : false;
}

/** Whether the viewer coordinates the network (administrators coordinate every network). */
export function coordinatesNetwork(viewer: Viewer, networkId: string | null | undefined): boolean {
  if (viewer.isAdmin) return true;
  return Boolean(networkId && viewer.coordinatedNetworks?.has(networkId));
}

/** Officials run a municipality's participation; moderators keep its discussions healthy. */
export const OFFICIALS: readonly MunicipalRole[] = [Role.OFFICIAL];
export const OFFICIALS_AND_MODERATORS: readonly MunicipalRole[] = [Role.OFFICIAL, Role.MODERATOR];

/**
 * immich's requireAccess: a service states the rule it relies on and the
 * error the caller gets when the rule says no.
 */
export function requireAccess(allowed: boolean, message?: string): void {
  if (!allowed) throw DomainError.forbidden(message);
}

/** The viewer must be logged in; narrows userId to a string. */
export function requireUser(viewer: Viewer): asserts viewer is Viewer & { userId: string } {
  if (!viewer.userId) throw DomainError.unauthenticated();
}
