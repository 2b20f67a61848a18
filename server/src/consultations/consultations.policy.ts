import { ConsultationStatus } from '@ratusz/shared';
import { hasMunicipalRole, OFFICIALS, type Viewer } from '../common/policy/viewer.js';

/** What the consultation policies need to know about a consultation. */
export interface ConsultationScope {
  municipalityId: string;
  status: ConsultationStatus;
}

/** Officials of the municipality (and administrators) run its consultations. */
export function canCreateConsultation(viewer: Viewer, municipalityId: string): boolean {
  return hasMunicipalRole(viewer, municipalityId, OFFICIALS);
}

/**
 * Any official of the consultation's municipality manages it, not only its
 * organiser: a consultation outlives staff changes.
 */
export function canManageConsultation(viewer: Viewer, consultation: ConsultationScope): boolean {
  return hasMunicipalRole(viewer, consultation.municipalityId, OFFICIALS);
}

/** A draft is visible only to those who manage it; a published consultation to everyone. */
export function canViewConsultation(viewer: Viewer, consultation: ConsultationScope): boolean {
  return consultation.status === ConsultationStatus.PUBLISHED || canManageConsultation(viewer, consultation);
}

/** Following is for logged-in people, of consultations they can see. */
export function canFollowConsultation(viewer: Viewer, consultation: ConsultationScope): boolean {
  return viewer.userId !== null && canViewConsultation(viewer, consultation);
}

/**
 * Which drafts a list may include for this viewer: every one for an
 * administrator, else those of the municipalities where the viewer is an
 * official (the same rule as canViewConsultation, in a form a query can use).
 */
export function visibleDraftScope(viewer: Viewer): { all: true } | { municipalityIds: string[] } {
  if (viewer.isAdmin) return { all: true };
  const municipalityIds = [...viewer.municipalRoles.entries()]
    .filter(([municipalityId]) => hasMunicipalRole(viewer, municipalityId, OFFICIALS))
    .map(([municipalityId]) => municipalityId);
  return { municipalityIds };
}
