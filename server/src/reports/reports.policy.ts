import type { Viewer } from '../common/policy/viewer.js';
import {
  canManageConsultation,
  canViewConsultation,
  type ConsultationScope,
} from '../consultations/consultations.policy.js';

/** Those who run the consultation generate its report. */
export function canGenerateReport(viewer: Viewer, consultation: ConsultationScope): boolean {
  return canManageConsultation(viewer, consultation);
}

/** A generated report is as public as its consultation: everyone's once it is published. */
export function canViewReport(viewer: Viewer, consultation: ConsultationScope): boolean {
  return canViewConsultation(viewer, consultation);
}
