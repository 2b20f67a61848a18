/**
 * The rules of a consultation's timeline, shared by server and client: which
 * phases exist, what each phase allows, and which phase is current on a given
 * day. The server enforces them (PhaseRulesService); the client uses the same
 * functions to show what is possible and when it opens.
 */

/**
 * The stages of a consultation. DRAFT is the unpublished state (never a phase
 * on the timeline); the others are the phases an organiser picks from.
 */
export const ConsultationPhaseKind = {
  DRAFT: 'DRAFT',
  DIAGNOSIS: 'DIAGNOSIS',
  WORKSHOPS: 'WORKSHOPS',
  DELIBERATION: 'DELIBERATION',
  PROPOSALS: 'PROPOSALS',
  VOTING: 'VOTING',
  DRAFT_CONSULTATION: 'DRAFT_CONSULTATION',
  REPORT: 'REPORT',
  CLOSED: 'CLOSED',
} as const;
export type ConsultationPhaseKind = (typeof ConsultationPhaseKind)[keyof typeof ConsultationPhaseKind];

/** The kinds a timeline may hold, in their usual order. */
export const TIMELINE_PHASE_KINDS = [
  ConsultationPhaseKind.DIAGNOSIS,
  ConsultationPhaseKind.WORKSHOPS,
  ConsultationPhaseKind.DELIBERATION,
  ConsultationPhaseKind.PROPOSALS,
  ConsultationPhaseKind.VOTING,
  ConsultationPhaseKind.DRAFT_CONSULTATION,
  ConsultationPhaseKind.REPORT,
  ConsultationPhaseKind.CLOSED,
] as const;
export type TimelinePhaseKind = (typeof TIMELINE_PHASE_KINDS)[number];

export function isTimelinePhaseKind(kind: string): kind is TimelinePhaseKind {
  return (TIMELINE_PHASE_KINDS as readonly string[]).includes(kind);
}

export const ConsultationStatus = {
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
} as const;
export type ConsultationStatus = (typeof ConsultationStatus)[keyof typeof ConsultationStatus];

/** What people do in a consultation; each feature asks the phase rules before doing it. */
export const ConsultationAction = {
  DISCUSS: 'DISCUSS',
  COMMENT_DRAFT: 'COMMENT_DRAFT',
  REGISTER_FOR_MEETING: 'REGISTER_FOR_MEETING',
  SUGGEST_TREE_NODE: 'SUGGEST_TREE_NODE',
  EDIT_TREE: 'EDIT_TREE',
  SUBMIT_PROPOSAL: 'SUBMIT_PROPOSAL',
  SUPPORT_PROPOSAL: 'SUPPORT_PROPOSAL',
  REVIEW_PROPOSAL: 'REVIEW_PROPOSAL',
  VOTE: 'VOTE',
  ENTER_PAPER_BALLOTS: 'ENTER_PAPER_BALLOTS',
  CONFIGURE_BALLOT: 'CONFIGURE_BALLOT',
  GENERATE_REPORT: 'GENERATE_REPORT',
} as const;
export type ConsultationAction = (typeof ConsultationAction)[keyof typeof ConsultationAction];

const K = ConsultationPhaseKind;
const OPEN_PHASES = [
  K.DIAGNOSIS,
  K.WORKSHOPS,
  K.DELIBERATION,
  K.PROPOSALS,
  K.VOTING,
  K.DRAFT_CONSULTATION,
  K.REPORT,
] as const;

/**
 * The one table of what each phase allows. Nothing is allowed before
 * publication (DRAFT); a CLOSED consultation only keeps its report.
 */
export const PHASE_RULES: Readonly<Record<ConsultationAction, readonly ConsultationPhaseKind[]>> = Object.freeze({
  DISCUSS: OPEN_PHASES,
  COMMENT_DRAFT: [K.DRAFT_CONSULTATION],
  REGISTER_FOR_MEETING: OPEN_PHASES,
  SUGGEST_TREE_NODE: [K.DIAGNOSIS, K.WORKSHOPS, K.DELIBERATION],
  EDIT_TREE: [K.DIAGNOSIS, K.WORKSHOPS, K.DELIBERATION],
  SUBMIT_PROPOSAL: [K.PROPOSALS],
  SUPPORT_PROPOSAL: [K.PROPOSALS],
  // Reviews end when voting opens, so the ballot does not change under the voters.
  REVIEW_PROPOSAL: [K.PROPOSALS],
  VOTE: [K.VOTING],
  // Paper ballots cast during voting are often counted after it closes.
  ENTER_PAPER_BALLOTS: [K.VOTING, K.REPORT],
  // Also before publication and between phases (the ballot service allows those); BALLOT_FROZEN after the first ballot.
  CONFIGURE_BALLOT: OPEN_PHASES,
  GENERATE_REPORT: [K.REPORT, K.CLOSED],
});

export function isActionAllowed(action: ConsultationAction, phase: ConsultationPhaseKind | null): boolean {
  return phase !== null && PHASE_RULES[action].includes(phase);
}

/** Every action the phase allows, in the order of ConsultationAction. */
export function allowedActions(phase: ConsultationPhaseKind | null): ConsultationAction[] {
  return (Object.keys(PHASE_RULES) as ConsultationAction[]).filter((action) => isActionAllowed(action, phase));
}

export const CONSULTATION_TIME_ZONE = 'Europe/Warsaw';

/** Bounds of a consultation, checked on both sides; its address follows SLUG_LIMITS. */
export const CONSULTATION_LIMITS = {
  titleMax: 200,
  summaryMax: 5_000,
  goalMax: 5_000,
  phasesMax: TIMELINE_PHASE_KINDS.length,
  serviceAreasMin: 1,
} as const;

/** A phase on the timeline: calendar days (`YYYY-MM-DD`, both inclusive) in the consultation's time zone. */
export interface PhaseDates {
  kind: ConsultationPhaseKind;
  startsOn: string;
  endsOn: string;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`) it is at `now` in `timeZone`. */
export function localDate(now: Date, timeZone: string = CONSULTATION_TIME_ZONE): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - (instant.getTime() - instant.getMilliseconds());
}

/** The instant a calendar day begins in `timeZone` (midnight, DST included): when a phase starting that day opens. */
export function startOfLocalDay(day: string, timeZone: string = CONSULTATION_TIME_ZONE): Date {
  const [year, month, date] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, date);
  // The offset at UTC midnight is right unless a DST change falls between the two midnights; one correction settles it.
  let instant = utcMidnight - zoneOffsetMs(new Date(utcMidnight), timeZone);
  instant = utcMidnight - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/**
 * The phase running at `now`: the one whose days include today in
 * `timeZone`, unless the organiser moved on early to a later phase
 * (`advancedTo`) that has not ended yet. Null before the first phase, in a
 * gap between phases and after the last one.
 */
export function currentPhase<P extends PhaseDates>(
  phases: readonly P[],
  now: Date,
  timeZone: string = CONSULTATION_TIME_ZONE,
  advancedTo?: ConsultationPhaseKind | null,
): P | null {
  const today = localDate(now, timeZone);
  if (advancedTo) {
    const advanced = phases.find((phase) => phase.kind === advancedTo);
    if (advanced && advanced.endsOn >= today) return advanced;
  }
  return phases.find((phase) => phase.startsOn <= today && today <= phase.endsOn) ?? null;
}

/** What a consultation shows as its stage: the unpublished DRAFT, the current phase, or CLOSED once every phase ended. */
export function consultationStage(
  consultation: { status: ConsultationStatus; advancedTo?: ConsultationPhaseKind | null },
  phases: readonly PhaseDates[],
  now: Date,
  timeZone: string = CONSULTATION_TIME_ZONE,
): ConsultationPhaseKind | null {
  if (consultation.status === ConsultationStatus.DRAFT) return ConsultationPhaseKind.DRAFT;
  const current = currentPhase(phases, now, timeZone, consultation.advancedTo);
  if (current) return current.kind;
  const last = phases.at(-1);
  return last && localDate(now, timeZone) > last.endsOn ? ConsultationPhaseKind.CLOSED : null;
}

/**
 * The phase in which `action` opens: the first phase allowing it that comes
 * after the current one (or after today, between phases). Without `now`, the
 * first phase allowing it at all. Null when it never opens (again) in this
 * timeline.
 */
export function phaseOpeningFor<P extends PhaseDates>(
  action: ConsultationAction,
  phases: readonly P[],
  now?: Date,
  timeZone: string = CONSULTATION_TIME_ZONE,
  advancedTo?: ConsultationPhaseKind | null,
): P | null {
  const allowing = (phase: P): boolean => PHASE_RULES[action].includes(phase.kind);
  if (!now) return phases.find(allowing) ?? null;
  const current = currentPhase(phases, now, timeZone, advancedTo);
  if (current) {
    const from = phases.indexOf(current);
    return phases.slice(from + 1).find(allowing) ?? null;
  }
  const today = localDate(now, timeZone);
  return phases.find((phase) => phase.startsOn > today && allowing(phase)) ?? null;
}

/** One problem with a proposed timeline; `index` is the phase's place in the list. */
export interface PhaseProblem {
  index: number;
  field: 'kind' | 'startsOn' | 'endsOn';
  code: 'INVALID' | 'DUPLICATE' | 'BEFORE_START' | 'OVERLAPS';
  /** The phase concerned and, for an overlap, the phase before it. */
  params: { phase: string; previous?: string };
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDay(value: string): boolean {
  return DAY_PATTERN.test(value) && addDays(value, 0) === value;
}

/**
 * Checks a proposed timeline: known kinds, each at most once, real days,
 * each ending on or after its start, and each starting after the previous
 * one ends (in order, no overlaps; gaps are allowed).
 */
export function validatePhases(phases: readonly { kind: string; startsOn: string; endsOn: string }[]): PhaseProblem[] {
  const problems: PhaseProblem[] = [];
  const seen = new Set<string>();
  let previous: { kind: string; endsOn: string } | null = null;
  phases.forEach((phase, index) => {
    const params = { phase: phase.kind };
    if (!isTimelinePhaseKind(phase.kind)) problems.push({ index, field: 'kind', code: 'INVALID', params });
    else if (seen.has(phase.kind)) problems.push({ index, field: 'kind', code: 'DUPLICATE', params });
    seen.add(phase.kind);
    const startValid = isCalendarDay(phase.startsOn);
    const endValid = isCalendarDay(phase.endsOn);
    if (!startValid) problems.push({ index, field: 'startsOn', code: 'INVALID', params });
    if (!endValid) problems.push({ index, field: 'endsOn', code: 'INVALID', params });
    if (startValid && endValid && phase.endsOn < phase.startsOn) {
      problems.push({ index, field: 'endsOn', code: 'BEFORE_START', params });
    }
    if (startValid && previous && phase.startsOn <= previous.endsOn) {
      problems.push({
        index,
        field: 'startsOn',
        code: 'OVERLAPS',
        params: { phase: phase.kind, previous: previous.kind },
      });
    }
    if (endValid) previous = { kind: phase.kind, endsOn: phase.endsOn };
  });
  return problems;
}
