import type { ConsultationStatus } from '@ratusz/shared';
import type { Viewer } from '../common/policy/viewer.js';
import { canManageConsultation, canViewConsultation } from '../consultations/consultations.policy.js';

/**
 * Who may do what with a ballot. Pure functions of the Viewer and the
 * ballot's consultation: services call them before writing, the `viewerCan*`
 * fields and the CSV export call the same ones. Phases (VOTING, the close)
 * and residency are facts of the data, checked by the services.
 *
 * There is deliberately no rule for reading someone else's ballot or for
 * seeing hidden results: nobody may, administrators included.
 */

/** What the ballot policies need to know about the ballot's consultation. */
export interface BallotScope {
  municipalityId: string;
  consultationStatus: ConsultationStatus;
}

const consultationOf = (scope: BallotScope) => ({
  municipalityId: scope.municipalityId,
  status: scope.consultationStatus,
});

/** A ballot is seen by whoever sees its consultation. */
export function canViewBallot(viewer: Viewer, scope: BallotScope): boolean {
  return canViewConsultation(viewer, consultationOf(scope));
}

/** Officials of the consultation's municipality (and administrators) set the ballot up. */
export function canConfigureBallot(viewer: Viewer, scope: BallotScope): boolean {
  return viewer.userId !== null && canManageConsultation(viewer, consultationOf(scope));
}

/** The same officials type in the paper ballots collected at meetings. */
export function canEnterPaperBallots(viewer: Viewer, scope: BallotScope): boolean {
  return viewer.userId !== null && canManageConsultation(viewer, consultationOf(scope));
}

/** Voting is for logged-in people who can see the ballot (eligibility and the phase are checked on the data). */
export function canVoteOnBallot(viewer: Viewer, scope: BallotScope): boolean {
  return viewer.userId !== null && canViewBallot(viewer, scope);
}
