import type { Viewer } from '../common/policy/viewer.js';
import {
  canManageConsultation,
  canViewConsultation,
  type ConsultationScope,
} from '../consultations/consultations.policy.js';

/**
 * Who may do what with documents. A consultation's documents follow the
 * consultation: whoever manages it attaches, renames and removes them;
 * whoever may see it (everyone, once published) reads and downloads them.
 */

export function canAttachDocument(viewer: Viewer, consultation: ConsultationScope): boolean {
  return viewer.userId !== null && canManageConsultation(viewer, consultation);
}

export function canManageDocument(viewer: Viewer, consultation: ConsultationScope): boolean {
  return canAttachDocument(viewer, consultation);
}

export function canReadDocument(viewer: Viewer, consultation: ConsultationScope): boolean {
  return canViewConsultation(viewer, consultation);
}
