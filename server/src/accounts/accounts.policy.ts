import type { Viewer } from '../common/policy/viewer.js';

/**
 * Reading every account and granting or revoking municipal roles belongs to
 * administrators; the resolver's @AdminOnly() says the same at the door, and
 * the services check again so no other caller can skip it.
 */
export function canAdministerAccounts(viewer: Viewer): boolean {
  return viewer.isAdmin;
}

/** A login is ended only by the account it belongs to (an administrator cannot log somebody out). */
export function canEndSession(viewer: Viewer, session: { userId: string }): boolean {
  return viewer.userId !== null && viewer.userId === session.userId;
}
