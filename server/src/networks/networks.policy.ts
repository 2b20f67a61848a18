import {
  coordinatesNetwork,
  hasMunicipalRole,
  OFFICIALS,
  OFFICIALS_AND_MODERATORS,
  type Viewer,
} from '../common/policy/viewer.js';

/**
 * Who may do what with networks of municipalities. Pure functions of the
 * Viewer (its coordinated networks are loaded with its role grants) and the
 * thing acted on: services call them before writing, the `viewerCan*` fields
 * for whole pages, so the two never disagree.
 */

/** Creating networks and naming their coordinators: administrators only. */
export function canAdministerNetworks(viewer: Viewer): boolean {
  return viewer.userId !== null && viewer.isAdmin;
}

/**
 * Whether the viewer is inside the network: its coordinators (administrators
 * too) and the officials and moderators of its member municipalities.
 */
function isInsideNetwork(viewer: Viewer, network: { id: string; memberIds: readonly string[] }): boolean {
  if (viewer.userId === null) return false;
  return (
    coordinatesNetwork(viewer, network.id) ||
    network.memberIds.some((id) => hasMunicipalRole(viewer, id, OFFICIALS_AND_MODERATORS))
  );
}

/**
 * What a network shares (its indicator comparison, its documents) is public
 * unless the network keeps it internal until published (`indicatorsPublic`
 * false); then only those inside the network see it. The one rule for both.
 */
export function canSeeNetworkContent(
  viewer: Viewer,
  network: { id: string; indicatorsPublic: boolean; memberIds: readonly string[] },
): boolean {
  return network.indicatorsPublic || isInsideNetwork(viewer, network);
}

/** Listing and downloading the network's documents. */
export function canReadNetworkDocuments(
  viewer: Viewer,
  network: { id: string; indicatorsPublic: boolean; memberIds: readonly string[] },
): boolean {
  return canSeeNetworkContent(viewer, network);
}

/** Uploading, renaming and removing the network's documents: its coordinators (and administrators). */
export function canManageNetworkDocuments(viewer: Viewer, network: { id: string }): boolean {
  return canManageMembers(viewer, network);
}

/** Adding and removing members: administrators and the network's coordinators. */
export function canManageMembers(viewer: Viewer, network: { id: string }): boolean {
  return viewer.userId !== null && coordinatesNetwork(viewer, network.id);
}

/**
 * Keeping the network's indicator comparison internal or publishing it: the
 * people who run the network (coordinators, administrators), as members do
 * not all agree on it and the coordinator speaks for the group.
 */
export function canPublishIndicators(viewer: Viewer, network: { id: string }): boolean {
  return canManageMembers(viewer, network);
}

/** Generating and editing the meeting plan, agendas, attendance and minutes: the same people. */
export function canManageMeetingPlan(viewer: Viewer, network: { id: string }): boolean {
  return canManageMembers(viewer, network);
}

/**
 * Adding a good practice of a municipality: its officials, and the
 * coordinators of the network it is filed under (administrators everywhere).
 */
export function canAddGoodPractice(
  viewer: Viewer,
  practice: { municipalityId: string; networkId: string | null },
): boolean {
  if (!viewer.userId) return false;
  return (
    hasMunicipalRole(viewer, practice.municipalityId, OFFICIALS) ||
    (practice.networkId !== null && coordinatesNetwork(viewer, practice.networkId))
  );
}

/** "We tried it too" speaks for a municipality: its officials (and administrators). */
export function canReportForMunicipality(viewer: Viewer, municipalityId: string): boolean {
  return viewer.userId !== null && hasMunicipalRole(viewer, municipalityId, OFFICIALS);
}
