import type { Viewer } from '../common/policy/viewer.js';
import {
  canManageConsultation,
  canViewConsultation,
  type ConsultationScope,
} from '../consultations/consultations.policy.js';

/**
 * Who may do what with a consultation's draft document. When comments are
 * open is not a question of who: PhaseRulesService decides it (COMMENT_DRAFT).
 */

/** New versions come from those who manage the consultation. */
export function canPublishDraft(viewer: Viewer, consultation: ConsultationScope): boolean {
  return viewer.userId !== null && canManageConsultation(viewer, consultation);
}

/** Any logged-in person who can see the consultation. */
export function canCommentOnParagraph(viewer: Viewer, consultation: ConsultationScope): boolean {
  return viewer.userId !== null && canViewConsultation(viewer, consultation);
}

/** The official answer to a comment comes from those who manage the consultation. */
export function canAnswerParagraphComment(viewer: Viewer, consultation: ConsultationScope): boolean {
  return canPublishDraft(viewer, consultation);
}
