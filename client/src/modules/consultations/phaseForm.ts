import {
  addDays,
  CONSULTATION_LIMITS,
  FieldErrorCode,
  isCalendarDay,
  TIMELINE_PHASE_KINDS,
  validatePhases,
  type FieldError,
  type PhaseProblem,
  type TimelinePhaseKind,
} from '@ratusz/shared';

/** One phase as the form holds it (react-hook-form's field array gives each row its stable key). */
export interface PhaseRow {
  kind: TimelinePhaseKind;
  startsOn: string;
  endsOn: string;
}

export type PhaseField = PhaseProblem['field'];

/** The form's name for a phase's field, as server errors arrive once normalised (`phases.2.endsOn`). */
export function phaseFieldName(index: number, field: PhaseField): `phases.${number}.${PhaseField}` {
  return `phases.${index}.${field}`;
}

/** The id of a phase's input. */
export function phaseFieldId(index: number, field: PhaseField): string {
  return `consultation-phase-${index}-${field}`;
}

const CODES: Record<PhaseProblem['code'], FieldErrorCode> = {
  INVALID: FieldErrorCode.INVALID,
  DUPLICATE: FieldErrorCode.DUPLICATE,
  BEFORE_START: FieldErrorCode.BEFORE_START,
  OVERLAPS: FieldErrorCode.OVERLAPS,
};

/**
 * The shared timeline rules (the server runs the same `validatePhases`) as
 * field errors on the form's phase fields, at most one per field.
 */
export function phaseErrors(rows: readonly PhaseRow[]): FieldError[] {
  const seen = new Set<string>();
  return validatePhases(rows).flatMap((problem) => {
    const field = phaseFieldName(problem.index, problem.field);
    if (seen.has(field)) return [];
    seen.add(field);
    const params: Record<string, string> = { phase: problem.params.phase };
    if (problem.params.previous) params.previous = problem.params.previous;
    return [{ field, code: CODES[problem.code], params }];
  });
}

/** Rows for phases that exist (editing). */
export function toRows(phases: readonly { kind: string; startsOn: string; endsOn: string }[]): PhaseRow[] {
  return phases.map((phase) => ({
    kind: phase.kind as TimelinePhaseKind,
    startsOn: phase.startsOn,
    endsOn: phase.endsOn,
  }));
}

/** How long a newly added phase lasts by default, in days. */
const DEFAULT_LENGTH_DAYS = 14;

/** Whether another phase may be added: each kind appears at most once. */
export function canAddPhase(rows: readonly PhaseRow[]): boolean {
  return rows.length < CONSULTATION_LIMITS.phasesMax;
}

/**
 * The phase "add a phase" appends: the first kind not used yet (in the usual
 * order), starting the day after the last phase ends (or `today`), two weeks long.
 */
export function nextPhase(rows: readonly PhaseRow[], today: string): PhaseRow {
  const used = new Set(rows.map((row) => row.kind));
  const kind = TIMELINE_PHASE_KINDS.find((candidate) => !used.has(candidate)) ?? TIMELINE_PHASE_KINDS[0];
  const last = rows.at(-1);
  const startsOn = last && isCalendarDay(last.endsOn) ? addDays(last.endsOn, 1) : today;
  return { kind, startsOn, endsOn: addDays(startsOn, DEFAULT_LENGTH_DAYS - 1) };
}

/** What the API takes. */
export function toPhaseInputs(rows: readonly PhaseRow[]): PhaseRow[] {
  return rows.map(({ kind, startsOn, endsOn }) => ({ kind, startsOn, endsOn }));
}

/** Whether the timeline differs from the saved one (an edit re-sends phases only when they changed). */
export function phasesChanged(
  rows: readonly PhaseRow[],
  saved: readonly { kind: string; startsOn: string; endsOn: string }[],
): boolean {
  return (
    rows.length !== saved.length ||
    rows.some(
      (row, index) =>
        row.kind !== saved[index].kind || row.startsOn !== saved[index].startsOn || row.endsOn !== saved[index].endsOn,
    )
  );
}

/** Which phase (and which of its fields) a form field name is about: `phases.2.endsOn` → 2, endsOn; `phases.2` → 2. */
export function parsePhaseField(field: string): { index: number; field: PhaseField | null } | null {
  const match = /^phases\.(\d+)(?:\.(kind|startsOn|endsOn))?$/.exec(field);
  return match ? { index: Number(match[1]), field: (match[2] as PhaseField | undefined) ?? null } : null;
}
