import type { ConsultationStatus } from '@ratusz/shared';
import { hasMunicipalRole, OFFICIALS, type Viewer } from '../common/policy/viewer.js';
import { canManageConsultation, canViewConsultation } from '../consultations/consultations.policy.js';

/**
 * Who may do what with meetings. Pure functions of the Viewer and the
 * meeting: services call them before writing, the `viewerCan*` fields and the
 * HTTP exports call the same ones, so they never disagree.
 */

/** What the meeting policies need to know about a meeting (or a meeting about to be created). */
export interface MeetingScope {
  municipalityId: string;
  consultationId: string | null;
  /** The consultation's status when the meeting belongs to one. */
  consultationStatus: ConsultationStatus | null;
}

function consultationOf(scope: MeetingScope): { municipalityId: string; status: ConsultationStatus } | null {
  return scope.consultationId && scope.consultationStatus
    ? { municipalityId: scope.municipalityId, status: scope.consultationStatus }
    : null;
}

/**
 * Scheduling, editing, cancelling, minutes and the attendee list: those who
 * manage the consultation the meeting belongs to, else the officials of its
 * municipality (administrators everywhere).
 */
export function canManageMeeting(viewer: Viewer, scope: MeetingScope): boolean {
  if (!viewer.userId) return false;
  const consultation = consultationOf(scope);
  if (consultation) return canManageConsultation(viewer, consultation);
  return hasMunicipalRole(viewer, scope.municipalityId, OFFICIALS);
}

/** The attendee list and its export show who is coming: managers only. */
export function canSeeAttendees(viewer: Viewer, scope: MeetingScope): boolean {
  return canManageMeeting(viewer, scope);
}

/** A meeting of an unpublished consultation is seen only by those who prepare it. */
export function canViewMeeting(viewer: Viewer, scope: MeetingScope): boolean {
  const consultation = consultationOf(scope);
  return consultation === null || canViewConsultation(viewer, consultation);
}

/** Registration is for logged-in people, for meetings they can see (dates and phases are checked by the service). */
export function canRegisterForMeeting(viewer: Viewer, scope: MeetingScope): boolean {
  return viewer.userId !== null && canViewMeeting(viewer, scope);
}
