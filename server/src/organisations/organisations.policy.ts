import { OrganisationRole } from '@ratusz/shared';
import { OFFICIALS, hasMunicipalRole, type Viewer } from '../common/policy/viewer.js';

/**
 * Who may do what with an organisation. Pure functions of the Viewer, the
 * viewer's role in the organisation (null: not a member; loaded once per page
 * by the loaders) and the municipalities it works in.
 */

/** Any logged-in user founds an organisation and becomes its owner. */
export function canCreateOrganisation(viewer: Viewer): boolean {
  return viewer.userId !== null;
}

/** The owner edits it, invites, removes members and hands the ownership over. */
export function canManageOrganisation(viewer: Viewer, role: OrganisationRole | null): boolean {
  return viewer.userId !== null && role === OrganisationRole.OWNER;
}

/** Members (the owner included) post and submit proposals on its behalf. */
export function canActOnBehalf(userId: string | null, role: OrganisationRole | null): boolean {
  return userId !== null && role !== null;
}

/** A member leaves by themselves; the owner hands the ownership over first. */
export function canLeaveOrganisation(viewer: Viewer, role: OrganisationRole | null): boolean {
  return viewer.userId !== null && role === OrganisationRole.MEMBER;
}

/** Administrators, or officials of a municipality the organisation works in. */
export function canVerifyOrganisation(viewer: Viewer, municipalityIds: readonly string[]): boolean {
  if (viewer.userId === null) return false;
  if (viewer.isAdmin) return true;
  return municipalityIds.some((id) => hasMunicipalRole(viewer, id, OFFICIALS));
}
