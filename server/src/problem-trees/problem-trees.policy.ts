import { ConsultationStatus, ProblemTreeNodeStatus } from '@ratusz/shared';
import { hasMunicipalRole, OFFICIALS, OFFICIALS_AND_MODERATORS, type Viewer } from '../common/policy/viewer.js';
import { canManageConsultation, canViewConsultation } from '../consultations/consultations.policy.js';

/**
 * Who may do what with problem trees. Pure functions of the Viewer and the
 * tree: services call them before writing, the `viewerCan*` fields answer
 * from the same code. When something is open is not a question of who: the
 * consultation's phase rules decide it (SUGGEST_TREE_NODE, EDIT_TREE,
 * DISCUSS); a standalone tree has no phases.
 */

/** What the policies need to know about a tree. */
export interface TreeScope {
  municipalityId: string;
  consultationId: string | null;
  /** The consultation's status; null for a standalone tree. */
  consultationStatus: ConsultationStatus | null;
}

function consultationOf(tree: TreeScope) {
  return tree.consultationStatus === null
    ? null
    : { municipalityId: tree.municipalityId, status: tree.consultationStatus };
}

/** A consultation's tree is seen by whoever sees the consultation; a standalone workshop tree by everyone. */
export function canViewTree(viewer: Viewer, tree: TreeScope): boolean {
  const consultation = consultationOf(tree);
  return consultation === null || canViewConsultation(viewer, consultation);
}

/** Trees are started by those who run the consultation, or by officials of the municipality for a workshop. */
export function canCreateTree(
  viewer: Viewer,
  scope: { municipalityId: string; consultation: { municipalityId: string; status: ConsultationStatus } | null },
): boolean {
  if (!viewer.userId) return false;
  return scope.consultation
    ? canManageConsultation(viewer, scope.consultation)
    : hasMunicipalRole(viewer, scope.municipalityId, OFFICIALS);
}

/**
 * Officials and moderators of the municipality: they accept and reject
 * suggestions, and edit, move and delete any node; their own nodes are
 * accepted at once.
 */
export function canModerateTree(viewer: Viewer, tree: TreeScope): boolean {
  return (
    viewer.userId !== null &&
    canViewTree(viewer, tree) &&
    hasMunicipalRole(viewer, tree.municipalityId, OFFICIALS_AND_MODERATORS)
  );
}

/** Anyone logged in who sees the tree suggests nodes, supports them and discusses them. */
export function canParticipateInTree(viewer: Viewer, tree: TreeScope): boolean {
  return viewer.userId !== null && canViewTree(viewer, tree);
}

/**
 * How the viewer may change a node (edit, move, delete, link evidence):
 * as a moderator (any node), as its author (their own suggestion while it is
 * still PROPOSED), or not at all.
 */
export function nodeChangeRole(
  viewer: Viewer,
  tree: TreeScope,
  node: { authorId: string | null; status: ProblemTreeNodeStatus },
): 'MODERATOR' | 'AUTHOR' | null {
  if (canModerateTree(viewer, tree)) return 'MODERATOR';
  if (
    canParticipateInTree(viewer, tree) &&
    node.authorId === viewer.userId &&
    node.status === ProblemTreeNodeStatus.PROPOSED
  )
    return 'AUTHOR';
  return null;
}

/** The objectives tree is the officials' restatement of the accepted problems. */
export function canManageObjectives(viewer: Viewer, tree: TreeScope): boolean {
  return (
    viewer.userId !== null && canViewTree(viewer, tree) && hasMunicipalRole(viewer, tree.municipalityId, OFFICIALS)
  );
}
