import { hasMunicipalRole, OFFICIALS, OFFICIALS_AND_MODERATORS, type Viewer } from '../common/policy/viewer.js';

/**
 * Who may do what with satisfaction surveys. Pure functions of the Viewer
 * and the survey; services and `viewerCan*` fields ask the same ones.
 */
interface SurveyScope {
  municipalityId: string;
  publishedAt: Date | null;
  closesAt: Date;
}

/** Building, publishing, codes and publishing results as indicators: the municipality's officials. */
export function canManageSurvey(viewer: Viewer, survey: { municipalityId: string }): boolean {
  return viewer.userId !== null && hasMunicipalRole(viewer, survey.municipalityId, OFFICIALS);
}

/** A published survey is public (its link is handed out); a draft only to its managers. */
export function canViewSurvey(viewer: Viewer, survey: SurveyScope): boolean {
  return survey.publishedAt !== null || canManageSurvey(viewer, survey);
}

/** Officials and moderators see results (and hide open answers) at any time; everyone once the survey closed. */
export function canModerateSurveyAnswers(viewer: Viewer, survey: { municipalityId: string }): boolean {
  return viewer.userId !== null && hasMunicipalRole(viewer, survey.municipalityId, OFFICIALS_AND_MODERATORS);
}

export function canViewSurveyResults(viewer: Viewer, survey: SurveyScope, now: Date): boolean {
  return canModerateSurveyAnswers(viewer, survey) || (survey.publishedAt !== null && survey.closesAt <= now);
}
