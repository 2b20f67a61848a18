import { ModeratorRole, Role } from '@ratusz/shared';
import { hasMunicipalRole, OFFICIALS_AND_MODERATORS, type Viewer } from '../common/policy/viewer.js';

/**
 * Who may moderate what. Pure functions of the Viewer and the item's (or
 * user's) municipality: services call them before acting, `viewerCan*` fields
 * for a whole page. Content outside any municipality (global and network
 * categories) is moderated by administrators alone.
 */

export function canModerateIn(viewer: Viewer, municipalityId: string | null): boolean {
  if (!viewer.userId) return false;
  return hasMunicipalRole(viewer, municipalityId, OFFICIALS_AND_MODERATORS);
}

/**
 * Who still reads content a moderator hid, or one held for pre-moderation:
 * its author, and the moderators and officials who decide on it. The one rule
 * every field carrying such text (its source, its edit history) goes by.
 */
export function canSeeHiddenContent(
  viewer: Viewer,
  item: { authorId: string | null; municipalityId: string | null },
): boolean {
  if (!viewer.userId) return false;
  return item.authorId === viewer.userId || canModerateIn(viewer, item.municipalityId);
}

/**
 * Whether a moderator hid the item and this viewer is not one who still reads
 * it: then even its title or short text (a thread's title, a tree node's text,
 * a proposal's title) is withheld, not only its body.
 */
export function isWithheldFrom(
  viewer: Viewer,
  item: { hiddenReason: string | null; authorId: string | null; municipalityId: string | null },
): boolean {
  return item.hiddenReason !== null && !canSeeHiddenContent(viewer, item);
}

/**
 * An edit history as this viewer reads it (newest first). An edit by anyone
 * but the author is a moderator's correction, often made to remove personal
 * data: the version it replaced and every older one are read only by who reads
 * hidden content; others see the versions from the latest correction on.
 */
export function readableRevisions<R extends { editorId: string | null }>(
  viewer: Viewer,
  item: { authorId: string | null; municipalityId: string | null },
  newestFirst: readonly R[],
): R[] {
  if (canSeeHiddenContent(viewer, item)) return [...newestFirst];
  const correction = newestFirst.findIndex((revision) => revision.editorId !== item.authorId);
  return correction === -1 ? [...newestFirst] : newestFirst.slice(0, correction);
}

/** Anyone logged in flags anything but their own content. */
export function canFlag(viewer: Viewer, item: { authorId: string | null }): boolean {
  return viewer.userId !== null && item.authorId !== viewer.userId;
}

/** Warnings and blocks: moderators of the municipality, never against an administrator. */
export function canSanction(viewer: Viewer, municipalityId: string, target: { isAdmin: boolean }): boolean {
  return canModerateIn(viewer, municipalityId) && !target.isAdmin;
}

/** The flag threshold and other settings are the municipality's officials' (and administrators') call. */
export function canConfigureModeration(viewer: Viewer, municipalityId: string): boolean {
  if (!viewer.userId) return false;
  return hasMunicipalRole(viewer, municipalityId, [Role.OFFICIAL]);
}

/** How the public log names whoever acted: by role, never by name. */
export function actorRoleOf(viewer: Viewer, municipalityId: string | null): ModeratorRole {
  if (viewer.isAdmin) return ModeratorRole.ADMIN;
  const held = municipalityId ? viewer.municipalRoles.get(municipalityId) : undefined;
  return held?.has(Role.OFFICIAL) ? ModeratorRole.OFFICIAL : ModeratorRole.MODERATOR;
}
