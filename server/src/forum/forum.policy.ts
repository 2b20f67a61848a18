import { ThreadSubjectType } from '@ratusz/shared';
import {
  coordinatesNetwork,
  hasMunicipalRole,
  OFFICIALS,
  OFFICIALS_AND_MODERATORS,
  type Viewer,
} from '../common/policy/viewer.js';

/**
 * Who may do what in the forum. Pure functions of the Viewer (loaded once per
 * request) and the thing acted on: services call them before writing, the
 * `viewerCan*` fields call them for a whole page, so the two always agree.
 */

/** Where a category lives: one municipality, one network, or neither (global). */
export interface CategoryScope {
  municipalityId?: string | null;
  networkId?: string | null;
}

/** Global categories are managed by administrators alone. The one place this rule lives. */
export function onlyAdminsManage(scope: CategoryScope): boolean {
  return !scope.networkId && !scope.municipalityId;
}

/**
 * Adding, renaming, reordering and removing categories: administrators, the
 * municipality's officials, and a network's coordinators for its categories.
 */
export function canManageCategories(viewer: Viewer, scope: CategoryScope): boolean {
  if (!viewer.userId) return false;
  if (viewer.isAdmin) return true;
  if (onlyAdminsManage(scope)) return false;
  if (scope.networkId) return coordinatesNetwork(viewer, scope.networkId);
  return hasMunicipalRole(viewer, scope.municipalityId, OFFICIALS);
}

/** Pinning and locking threads: administrators, and officials and moderators of the category's municipality. */
export function canModerateCategory(viewer: Viewer, category: { municipalityId: string | null }): boolean {
  if (!viewer.userId) return false;
  return hasMunicipalRole(viewer, category.municipalityId, OFFICIALS_AND_MODERATORS);
}

/** A locked thread takes no new replies, from anyone. */
export function canReply(viewer: Viewer, thread: { locked: boolean }): boolean {
  return viewer.userId !== null && !thread.locked;
}

/**
 * Threads whose replies belong to another feature's rules (comments on a
 * draft paragraph follow the consultation's phases and count in its report, a
 * proposal's discussion and a problem-tree node's follow the phases too):
 * the forum's own reply refuses them, the owning feature writes them.
 */
export function repliesGoThroughSubject(thread: { subjectType: ThreadSubjectType | null }): boolean {
  return (
    thread.subjectType === ThreadSubjectType.DRAFT_PARAGRAPH ||
    thread.subjectType === ThreadSubjectType.PROPOSAL ||
    thread.subjectType === ThreadSubjectType.PROBLEM_TREE_NODE
  );
}

/** Until moderation exists, a post is changed by its author alone. */
export function canEditPost(viewer: Viewer, post: { authorId: string | null }): boolean {
  return viewer.userId !== null && post.authorId === viewer.userId;
}

/** Deleting leaves a tombstone; like editing, the author's alone for now. */
export function canDeletePost(viewer: Viewer, post: { authorId: string | null }): boolean {
  return canEditPost(viewer, post);
}
