/**
 * The rules of prioritisation ballots, shared by server and client: the
 * methods and their limits, what a valid configuration and a valid set of
 * choices are, and when voting counts as closed. The server refuses what
 * these functions refuse, with the same code; the voting form checks the
 * same thing before sending and names the same rule.
 */
import {
  CONSULTATION_TIME_ZONE,
  ConsultationPhaseKind,
  ConsultationStatus,
  currentPhase,
  localDate,
  type PhaseDates,
} from './consultations.js';

export const BallotMethod = {
  /** Choose up to `maxChoices` options. */
  APPROVAL: 'APPROVAL',
  /** Distribute up to `pointsTotal` points, at most `pointsPerOptionMax` on one option. */
  POINTS: 'POINTS',
  /** Rank up to `maxChoices` options; the winner by the Schulze method. */
  RANKED: 'RANKED',
} as const;
export type BallotMethod = (typeof BallotMethod)[keyof typeof BallotMethod];

export const BallotOptionSource = {
  /** One option per public-service area (the "what to open to participation first" vote). */
  SERVICE_AREAS: 'SERVICE_AREAS',
  /** The consultation's accepted proposals. */
  ACCEPTED_PROPOSALS: 'ACCEPTED_PROPOSALS',
} as const;
export type BallotOptionSource = (typeof BallotOptionSource)[keyof typeof BallotOptionSource];

export const BallotResultsVisibility = {
  /** Nobody sees results before voting closes, not even administrators. */
  AFTER_CLOSE: 'AFTER_CLOSE',
  /** Results are shown, and pushed, while people vote. */
  LIVE: 'LIVE',
} as const;
export type BallotResultsVisibility = (typeof BallotResultsVisibility)[keyof typeof BallotResultsVisibility];

export const BallotEligibility = {
  /** Registered users whose home municipality is the consultation's or lies inside it (any depth). */
  RESIDENTS: 'RESIDENTS',
  /** Every registered user. */
  ANY_REGISTERED: 'ANY_REGISTERED',
} as const;
export type BallotEligibility = (typeof BallotEligibility)[keyof typeof BallotEligibility];

/** Bounds of a ballot's configuration and of one call entering paper ballots. */
export const BALLOT_LIMITS = {
  /** Options on one ballot (8 service areas, or the accepted proposals). */
  optionsMax: 200,
  maxChoicesMax: 200,
  pointsTotalMax: 1_000,
  /** Paper ballots in one enterPaperBallots call. */
  paperBallotsPerCall: 500,
  /** What a receipt code is made of: no 0/O, 1/I/L, so it can be read out and typed back. */
  receiptAlphabet: '23456789ABCDEFGHJKMNPQRSTUVWXYZ',
  receiptLength: 10,
} as const;

/**
 * The codes a refused configuration or ballot carries (`extensions.code`);
 * BAD_USER_INPUT for a malformed value (points on an approval ballot, ranks
 * not numbered 1…k) rather than a broken voting rule.
 */
export const BallotErrorCode = {
  BALLOT_NOT_FOUND: 'BALLOT_NOT_FOUND',
  BALLOT_FROZEN: 'BALLOT_FROZEN',
  BALLOT_NOT_ELIGIBLE: 'BALLOT_NOT_ELIGIBLE',
  BALLOT_TOO_MANY_CHOICES: 'BALLOT_TOO_MANY_CHOICES',
  BALLOT_TOO_MANY_POINTS: 'BALLOT_TOO_MANY_POINTS',
  BALLOT_POINTS_PER_OPTION_EXCEEDED: 'BALLOT_POINTS_PER_OPTION_EXCEEDED',
  BALLOT_DUPLICATE_RANK: 'BALLOT_DUPLICATE_RANK',
  BALLOT_DUPLICATE_OPTION: 'BALLOT_DUPLICATE_OPTION',
  BALLOT_UNKNOWN_OPTION: 'BALLOT_UNKNOWN_OPTION',
  BALLOT_EMPTY: 'BALLOT_EMPTY',
  BALLOT_RESULTS_HIDDEN: 'BALLOT_RESULTS_HIDDEN',
} as const;
export type BallotErrorCode = (typeof BallotErrorCode)[keyof typeof BallotErrorCode];

/** The limits of a configured ballot, as the validation reads them. */
export interface BallotRules {
  method: BallotMethod;
  /** APPROVAL and RANKED: at most this many options (null: as many as there are). */
  maxChoices: number | null;
  /** POINTS: the points a voter distributes. */
  pointsTotal: number | null;
  /** POINTS: at most this many on one option (null: up to pointsTotal). */
  pointsPerOptionMax: number | null;
}

/** A ballot to validate against: its rules and the ids of its options. */
export interface BallotForValidation extends BallotRules {
  optionIds: readonly string[];
}

export interface BallotChoiceValue {
  optionId: string;
  points?: number | null;
  rank?: number | null;
}

/** The first rule a ballot breaks: its code, the option concerned and the limit, for the message. */
export interface BallotProblem {
  code: BallotErrorCode | 'BAD_USER_INPUT';
  /** Which rule, in words a log or a test can read (e.g. "points must be whole numbers from 0"). */
  rule: string;
  optionId?: string;
  limit?: number;
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** The effective limit on choices (APPROVAL, RANKED): the configured one, never more than there are options. */
export function choicesLimit(ballot: BallotRules, optionCount: number): number {
  return ballot.maxChoices === null ? optionCount : Math.min(ballot.maxChoices, optionCount);
}

/** The effective limit on one option's points (POINTS). */
export function pointsPerOptionLimit(ballot: BallotRules): number {
  return ballot.pointsPerOptionMax ?? ballot.pointsTotal ?? 0;
}

/**
 * Checks a voter's (or a paper ballot's) choices against the ballot and
 * returns the first rule broken, or null when the ballot is valid. The
 * order is fixed, so server and client name the same rule: empty ballot,
 * unknown option, an option twice, malformed values, too many choices,
 * a rank twice, ranks not 1…k, points over the per-option limit, points
 * over the total.
 */
export function validateBallotChoices(
  ballot: BallotForValidation,
  choices: readonly BallotChoiceValue[],
): BallotProblem | null {
  if (choices.length === 0) return { code: 'BALLOT_EMPTY', rule: 'a ballot chooses at least one option' };
  const known = new Set(ballot.optionIds);
  for (const choice of choices) {
    if (!known.has(choice.optionId)) {
      return {
        code: 'BALLOT_UNKNOWN_OPTION',
        rule: 'only the ballot’s options can be chosen',
        optionId: choice.optionId,
      };
    }
  }
  const seen = new Set<string>();
  for (const choice of choices) {
    if (seen.has(choice.optionId)) {
      return { code: 'BALLOT_DUPLICATE_OPTION', rule: 'each option at most once', optionId: choice.optionId };
    }
    seen.add(choice.optionId);
  }

  switch (ballot.method) {
    case BallotMethod.APPROVAL: {
      const bad = choices.find((c) => (c.points ?? null) !== null || (c.rank ?? null) !== null);
      if (bad)
        return { code: 'BAD_USER_INPUT', rule: 'an approval ballot has no points or ranks', optionId: bad.optionId };
      const limit = choicesLimit(ballot, ballot.optionIds.length);
      if (choices.length > limit) return { code: 'BALLOT_TOO_MANY_CHOICES', rule: `at most ${limit} options`, limit };
      return null;
    }
    case BallotMethod.POINTS: {
      const bad = choices.find((c) => !isWhole(c.points) || c.points < 0 || (c.rank ?? null) !== null);
      if (bad) {
        return {
          code: 'BAD_USER_INPUT',
          rule: 'points must be whole numbers from 0, without ranks',
          optionId: bad.optionId,
        };
      }
      const total = choices.reduce((sum, c) => sum + (c.points ?? 0), 0);
      if (total === 0) return { code: 'BALLOT_EMPTY', rule: 'a points ballot gives at least one point' };
      const perOption = pointsPerOptionLimit(ballot);
      const over = choices.find((c) => (c.points ?? 0) > perOption);
      if (over) {
        return {
          code: 'BALLOT_POINTS_PER_OPTION_EXCEEDED',
          rule: `at most ${perOption} points on one option`,
          optionId: over.optionId,
          limit: perOption,
        };
      }
      const pointsTotal = ballot.pointsTotal ?? 0;
      if (total > pointsTotal) {
        return { code: 'BALLOT_TOO_MANY_POINTS', rule: `at most ${pointsTotal} points in all`, limit: pointsTotal };
      }
      return null;
    }
    case BallotMethod.RANKED: {
      const bad = choices.find((c) => !isWhole(c.rank) || c.rank < 1 || (c.points ?? null) !== null);
      if (bad) {
        return {
          code: 'BAD_USER_INPUT',
          rule: 'ranks must be whole numbers from 1, without points',
          optionId: bad.optionId,
        };
      }
      const limit = choicesLimit(ballot, ballot.optionIds.length);
      if (choices.length > limit) return { code: 'BALLOT_TOO_MANY_CHOICES', rule: `at most ${limit} options`, limit };
      const ranks = new Set<number>();
      for (const choice of choices) {
        if (ranks.has(choice.rank!)) {
          return { code: 'BALLOT_DUPLICATE_RANK', rule: 'each rank at most once', optionId: choice.optionId };
        }
        ranks.add(choice.rank!);
      }
      const gap = choices.find((c) => c.rank! > choices.length);
      if (gap) {
        return { code: 'BAD_USER_INPUT', rule: `ranks are numbered 1 to ${choices.length}`, optionId: gap.optionId };
      }
      return null;
    }
  }
}

/** A configuration problem: the field and its code (FieldErrorCode values), for the form. */
export interface BallotConfigProblem {
  field: 'maxChoices' | 'pointsTotal' | 'pointsPerOptionMax';
  code: 'REQUIRED' | 'INVALID';
  params?: Record<string, number>;
}

/**
 * Checks a configuration's limits: POINTS needs pointsTotal (1…1000) and a
 * per-option limit no higher than it; APPROVAL and RANKED take an optional
 * maxChoices from 1; limits that do not belong to the method must be absent.
 */
export function validateBallotConfig(rules: BallotRules): BallotConfigProblem[] {
  const problems: BallotConfigProblem[] = [];
  const positive = (value: number | null, max: number): boolean =>
    value === null || (isWhole(value) && value >= 1 && value <= max);
  if (rules.method === BallotMethod.POINTS) {
    if (rules.pointsTotal === null) problems.push({ field: 'pointsTotal', code: 'REQUIRED' });
    else if (!positive(rules.pointsTotal, BALLOT_LIMITS.pointsTotalMax)) {
      problems.push({ field: 'pointsTotal', code: 'INVALID', params: { min: 1, max: BALLOT_LIMITS.pointsTotalMax } });
    }
    const perOptionMax = rules.pointsTotal ?? BALLOT_LIMITS.pointsTotalMax;
    if (!positive(rules.pointsPerOptionMax, perOptionMax)) {
      problems.push({ field: 'pointsPerOptionMax', code: 'INVALID', params: { min: 1, max: perOptionMax } });
    }
    if (rules.maxChoices !== null) problems.push({ field: 'maxChoices', code: 'INVALID' });
  } else {
    if (!positive(rules.maxChoices, BALLOT_LIMITS.maxChoicesMax)) {
      problems.push({ field: 'maxChoices', code: 'INVALID', params: { min: 1, max: BALLOT_LIMITS.maxChoicesMax } });
    }
    if (rules.pointsTotal !== null) problems.push({ field: 'pointsTotal', code: 'INVALID' });
    if (rules.pointsPerOptionMax !== null) problems.push({ field: 'pointsPerOptionMax', code: 'INVALID' });
  }
  return problems;
}

/**
 * Whether voting has ended: the consultation is past its last phase, or the
 * timeline has a VOTING phase and today is after it (by the calendar, or
 * because the organiser moved on early to a later phase). A timeline without
 * VOTING closes with the consultation.
 */
export function isVotingClosed(
  consultation: { status: ConsultationStatus; advancedTo?: ConsultationPhaseKind | null },
  phases: readonly PhaseDates[],
  now: Date,
  timeZone: string = CONSULTATION_TIME_ZONE,
): boolean {
  if (consultation.status === ConsultationStatus.DRAFT) return false;
  const today = localDate(now, timeZone);
  const last = phases.at(-1);
  if (last && today > last.endsOn) return true;
  const votingIndex = phases.findIndex((phase) => phase.kind === ConsultationPhaseKind.VOTING);
  if (votingIndex === -1) return false;
  if (today > phases[votingIndex].endsOn) return true;
  const current = currentPhase(phases, now, timeZone, consultation.advancedTo);
  return current !== null && phases.indexOf(current) > votingIndex;
}

/** A fresh receipt code; the caller retries on the (rare) collision the database refuses. */
export function randomReceipt(randomInt: (maxExclusive: number) => number): string {
  const { receiptAlphabet: alphabet, receiptLength } = BALLOT_LIMITS;
  let receipt = '';
  for (let i = 0; i < receiptLength; i++) receipt += alphabet[randomInt(alphabet.length)];
  return receipt;
}
