import {
  ConsultationAction,
  CONSULTATION_TIME_ZONE,
  localDate,
  phaseOpeningFor,
  type ConsultationPhaseKind,
  type PhaseDates,
} from '@ratusz/shared';

/** Where a phase stands today; always said in words on the timeline, never only by colour. */
type PhaseState = 'past' | 'current' | 'upcoming';

export interface TimelinePhase extends PhaseDates {
  /** The server's word on which phase runs now (it knows when the organiser moved on early). */
  isCurrent: boolean;
}

export interface TimelineEntry<P extends TimelinePhase> {
  phase: P;
  state: PhaseState;
  /** 1, 2, … for "Phase 2 of 5". */
  number: number;
}

/** Today's calendar day where consultations keep their dates. */
export function consultationToday(now: Date = new Date()): string {
  return localDate(now, CONSULTATION_TIME_ZONE);
}

/**
 * The timeline with each phase's state: before the current phase is past and
 * after it upcoming (a phase skipped by moving on early is past even though its
 * days are not over); with no current phase, the dates decide.
 */
export function timelineEntries<P extends TimelinePhase>(phases: readonly P[], today: string): TimelineEntry<P>[] {
  const current = phases.findIndex((phase) => phase.isCurrent);
  return phases.map((phase, index) => {
    let state: PhaseState;
    if (current >= 0) state = index < current ? 'past' : index === current ? 'current' : 'upcoming';
    else state = phase.endsOn < today ? 'past' : 'upcoming';
    return { phase, state, number: index + 1 };
  });
}

export interface ActionOpening<P extends PhaseDates> {
  action: ConsultationAction;
  /** The phase in which it opens next. */
  phase: P;
}

/**
 * For each action the current phase does not allow, the phase in which it
 * opens next (the shared phase rules decide); actions that never open again
 * are left out.
 */
export function upcomingOpenings<P extends TimelinePhase>(
  phases: readonly P[],
  allowed: readonly ConsultationAction[],
  now: Date = new Date(),
): ActionOpening<P>[] {
  // The server's current phase stands in for "moved on early", which only it knows.
  const advancedTo: ConsultationPhaseKind | null = phases.find((phase) => phase.isCurrent)?.kind ?? null;
  return Object.values(ConsultationAction).flatMap((action) => {
    if (allowed.includes(action)) return [];
    const phase = phaseOpeningFor(action, phases, now, CONSULTATION_TIME_ZONE, advancedTo);
    return phase ? [{ action, phase }] : [];
  });
}
