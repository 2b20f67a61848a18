import { FieldErrorCode, validatePhases, type FieldError, type PhaseProblem } from '@ratusz/shared';
import type { StoredPhase } from '../repositories/consultation-phase.repository.js';

const CODES: Record<PhaseProblem['code'], FieldErrorCode> = {
  INVALID: FieldErrorCode.INVALID,
  DUPLICATE: FieldErrorCode.DUPLICATE,
  BEFORE_START: FieldErrorCode.BEFORE_START,
  OVERLAPS: FieldErrorCode.OVERLAPS,
};

/** The shared timeline rules as field errors: `phases[2].endsOn` BEFORE_START { phase: 'VOTING' }. */
export function phaseFieldErrors(
  phases: readonly { kind: string; startsOn: string; endsOn: string }[],
  prefix = 'phases',
): FieldError[] {
  return validatePhases(phases).map((problem) => {
    const params: Record<string, string> = { phase: problem.params.phase };
    if (problem.params.previous) params.previous = problem.params.previous;
    return { field: `${prefix}[${problem.index}].${problem.field}`, code: CODES[problem.code], params };
  });
}

/**
 * Once a consultation is published, what already happened stays as it was:
 * every phase that ended before `today` must come back unchanged and in its
 * place, and no new phase may lie in the past.
 */
export function pastPhaseErrors(
  before: readonly StoredPhase[],
  after: readonly { kind: string; startsOn: string; endsOn: string }[],
  today: string,
  prefix = 'phases',
): FieldError[] {
  const errors: FieldError[] = [];
  before.forEach((old) => {
    if (old.endsOn >= today) return;
    const index = after.findIndex((phase) => phase.kind === old.kind);
    const same = index === old.position && after[index].startsOn === old.startsOn && after[index].endsOn === old.endsOn;
    if (!same) {
      errors.push({
        field: index >= 0 ? `${prefix}[${index}]` : prefix,
        code: FieldErrorCode.PHASE_ENDED,
        params: { phase: old.kind, endedOn: old.endsOn },
      });
    }
  });
  after.forEach((phase, index) => {
    const old = before.find((candidate) => candidate.kind === phase.kind);
    if (phase.endsOn < today && !(old && old.endsOn < today)) {
      errors.push({
        field: `${prefix}[${index}].endsOn`,
        code: FieldErrorCode.PHASE_ENDED,
        params: { phase: phase.kind },
      });
    }
  });
  return errors;
}
