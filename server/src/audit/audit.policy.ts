import type { Viewer } from '../common/policy/viewer.js';

/** The audit log names people and addresses: administrators only. */
export function canReadAuditLog(viewer: Viewer): boolean {
  return viewer.userId !== null && viewer.isAdmin;
}
