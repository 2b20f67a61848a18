import { ErrorCode, type ConsultationAction, type ConsultationPhaseKind } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';

/** What a PHASE_CLOSED error carries in `extensions`, for the client to say it in the user's language. */
export interface PhaseClosedDetails {
  action: ConsultationAction;
  /** The stage now: DRAFT, a phase, CLOSED, or null before the first phase / between phases. */
  phase: ConsultationPhaseKind | null;
  /** The phase in which the action opens next, or null if it never opens (again) in this consultation. */
  opensIn: ConsultationPhaseKind | null;
  /** That phase's first day (YYYY-MM-DD, Europe/Warsaw). */
  opensOn: string | null;
}

export class PhaseClosedError extends DomainError {
  constructor(readonly details: PhaseClosedDetails) {
    super(ErrorCode.PHASE_CLOSED, phaseClosedMessage(details), { ...details });
  }
}

function phaseClosedMessage({ action, phase, opensIn, opensOn }: PhaseClosedDetails): string {
  const now = phase === null ? 'at this point of the consultation' : `in the ${phase} phase`;
  const opens =
    opensIn === null
      ? 'it does not open (again) in this consultation'
      : `it opens in the ${opensIn} phase${opensOn ? ` on ${opensOn}` : ''}`;
  return `${action} is not possible ${now}; ${opens}.`;
}
