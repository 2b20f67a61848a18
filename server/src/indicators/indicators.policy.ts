import { hasMunicipalRole, OFFICIALS, type Viewer } from '../common/policy/viewer.js';
import { canSeeNetworkContent } from '../networks/networks.policy.js';

/**
 * Who may do what with the comparative base. Pure functions of the Viewer
 * and the thing: the services ask before reading or writing, the
 * `viewerCan*` fields ask the same functions.
 */

/**
 * Creating, changing, archiving and deleting indicator definitions:
 * administrators only. One definition serves every network (the comparison
 * of each network and every import file name it by its code), so a network's
 * coordinator changing one would change what the other networks compare.
 */
export function canManageIndicatorDefinitions(viewer: Viewer): boolean {
  return viewer.userId !== null && viewer.isAdmin;
}

/** A municipality's values (form, import, worksheet) are entered by its officials (administrators everywhere). */
export function canEnterIndicatorValues(viewer: Viewer, municipalityId: string): boolean {
  return viewer.userId !== null && hasMunicipalRole(viewer, municipalityId, OFFICIALS);
}

/**
 * A network's comparison is public unless it keeps its data internal until
 * published; then only its coordinators and the officials and moderators of
 * its member municipalities see it.
 */
export function canViewComparison(
  viewer: Viewer,
  network: { id: string; indicatorsPublic: boolean; memberIds: readonly string[] },
): boolean {
  return canSeeNetworkContent(viewer, network);
}
