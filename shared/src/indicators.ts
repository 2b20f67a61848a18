import type { TextLimits } from './rules/limits.js';

/**
 * The comparative base, shared by server and client: indicator kinds, units
 * and the rules a value must meet, the unit-cost worksheet (simplified
 * activity-based costing) in exact integer grosze, quartiles by linear
 * interpolation, and the satisfaction surveys' question kinds. The server
 * refuses what these functions refuse, with the same code; the forms check
 * the same thing before sending.
 */

export const IndicatorKind = {
  UNIT_COST: 'UNIT_COST',
  RESULT: 'RESULT',
  RESOURCE: 'RESOURCE',
  SATISFACTION: 'SATISFACTION',
} as const;
export type IndicatorKind = (typeof IndicatorKind)[keyof typeof IndicatorKind];

export const IndicatorDirection = {
  HIGHER_IS_BETTER: 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER: 'LOWER_IS_BETTER',
} as const;
export type IndicatorDirection = (typeof IndicatorDirection)[keyof typeof IndicatorDirection];

export const IndicatorUnit = {
  /** Złoty, at most 2 decimal places (grosze), not negative. */
  PLN: 'PLN',
  /** A whole number of things (cases, pupils, loans), not negative. */
  COUNT: 'COUNT',
  /** Kilograms, at most 3 decimal places, not negative. */
  KG: 'KG',
  /** 0–100, at most 2 decimal places. */
  PERCENT: 'PERCENT',
  /** A mean score on the 1–5 scale, at most 2 decimal places. */
  SCORE: 'SCORE',
  /** A non-negative ratio (per resident, per pupil), at most 4 decimal places. */
  RATIO: 'RATIO',
} as const;
export type IndicatorUnit = (typeof IndicatorUnit)[keyof typeof IndicatorUnit];

/** An indicator's code as import files name it: capitals, digits and underscores, starting with a letter. */
export const INDICATOR_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/;
export const INDICATOR_NAME_LIMITS = { min: 3, max: 200 } as const satisfies TextLimits;
/** How to measure it: source, formula, date of the count. */
export const INDICATOR_MEASUREMENT_LIMITS = { min: 0, max: 2_000 } as const satisfies TextLimits;

interface UnitRule {
  decimals: number;
  min: number;
  max: number | null;
}

export const INDICATOR_UNIT_RULES: Readonly<Record<IndicatorUnit, UnitRule>> = {
  PLN: { decimals: 2, min: 0, max: null },
  COUNT: { decimals: 0, min: 0, max: null },
  KG: { decimals: 3, min: 0, max: null },
  PERCENT: { decimals: 2, min: 0, max: 100 },
  SCORE: { decimals: 2, min: 1, max: 5 },
  RATIO: { decimals: 4, min: 0, max: null },
};

/** The earliest year a value may be recorded for; the latest is the current year. */
export const INDICATOR_FIRST_YEAR = 2000;
/** Values are numeric(18,4) in the database: at most 14 digits before the point. */
const MAX_INTEGER_DIGITS = 14;

/** Why a value, a year or a quarter was refused; the import names one per cell, the form one per field. */
export const IndicatorValueProblem = {
  REQUIRED: 'REQUIRED',
  NOT_A_NUMBER: 'NOT_A_NUMBER',
  /** More decimal places than the unit allows (grosze for PLN, whole numbers for COUNT). */
  TOO_MANY_DECIMALS: 'TOO_MANY_DECIMALS',
  BELOW_MINIMUM: 'BELOW_MINIMUM',
  ABOVE_MAXIMUM: 'ABOVE_MAXIMUM',
  YEAR_INVALID: 'YEAR_INVALID',
  YEAR_IN_FUTURE: 'YEAR_IN_FUTURE',
  QUARTER_INVALID: 'QUARTER_INVALID',
  UNKNOWN_MUNICIPALITY: 'UNKNOWN_MUNICIPALITY',
  UNKNOWN_INDICATOR: 'UNKNOWN_INDICATOR',
  /** The viewer is not an official of the row's municipality. */
  NOT_YOUR_MUNICIPALITY: 'NOT_YOUR_MUNICIPALITY',
  /** The same municipality, indicator and period twice in one file. */
  DUPLICATE_IN_FILE: 'DUPLICATE_IN_FILE',
  /** A value for this municipality, indicator and period is already stored. */
  ALREADY_RECORDED: 'ALREADY_RECORDED',
  /** A column the file must have is missing (reported on row 1, the header). */
  MISSING_COLUMN: 'MISSING_COLUMN',
} as const;
export type IndicatorValueProblem = (typeof IndicatorValueProblem)[keyof typeof IndicatorValueProblem];

export type ParsedValue = { ok: true; value: string } | { ok: false; problem: IndicatorValueProblem; limit?: number };

/**
 * A value as people type it ("1 234,56", "1234.56") checked against its
 * unit and normalised to a plain decimal string ("1234.56"); never through
 * floating point, so grosze stay exact.
 */
export function parseIndicatorValue(unit: IndicatorUnit, raw: string): ParsedValue {
  const text = raw.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (text === '') return { ok: false, problem: IndicatorValueProblem.REQUIRED };
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, problem: IndicatorValueProblem.NOT_A_NUMBER };
  const [, sign, integerPart, fraction = ''] = match;
  const rule = INDICATOR_UNIT_RULES[unit];
  const trimmedFraction = fraction.replace(/0+$/, '');
  if (trimmedFraction.length > rule.decimals) {
    return { ok: false, problem: IndicatorValueProblem.TOO_MANY_DECIMALS, limit: rule.decimals };
  }
  const integer = integerPart.replace(/^0+(?=\d)/, '');
  if (integer.length > MAX_INTEGER_DIGITS) return { ok: false, problem: IndicatorValueProblem.NOT_A_NUMBER };
  const value = `${sign}${integer}${trimmedFraction ? `.${trimmedFraction}` : ''}`;
  const negative = sign === '-' && (integer !== '0' || trimmedFraction !== '');
  if (negative || compareDecimal(value, rule.min) < 0) {
    return { ok: false, problem: IndicatorValueProblem.BELOW_MINIMUM, limit: rule.min };
  }
  if (rule.max !== null && compareDecimal(value, rule.max) > 0) {
    return { ok: false, problem: IndicatorValueProblem.ABOVE_MAXIMUM, limit: rule.max };
  }
  return { ok: true, value: value === '-0' ? '0' : value };
}

/** Compares a non-negative decimal string with a small whole number, exactly. */
function compareDecimal(value: string, whole: number): number {
  const [integer, fraction = ''] = value.replace(/^-/, '').split('.');
  const asBig = BigInt(integer);
  const limit = BigInt(whole);
  if (asBig !== limit) return asBig < limit ? -1 : 1;
  return /[1-9]/.test(fraction) ? 1 : 0;
}

/** A year between INDICATOR_FIRST_YEAR and `currentYear`; a quarter 1–4 or none. */
export function checkPeriod(year: number, quarter: number | null, currentYear: number): IndicatorValueProblem | null {
  if (!Number.isInteger(year) || year < INDICATOR_FIRST_YEAR) return IndicatorValueProblem.YEAR_INVALID;
  if (year > currentYear) return IndicatorValueProblem.YEAR_IN_FUTURE;
  if (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
    return IndicatorValueProblem.QUARTER_INVALID;
  }
  return null;
}

/** The columns of an import file (header row, any order, case-insensitive); `quarter` may be left out. */
export const INDICATOR_IMPORT_COLUMNS = ['municipality', 'indicator', 'year', 'quarter', 'value'] as const;
export type IndicatorImportColumn = (typeof INDICATOR_IMPORT_COLUMNS)[number];
export const INDICATOR_IMPORT_REQUIRED: readonly IndicatorImportColumn[] = [
  'municipality',
  'indicator',
  'year',
  'value',
];
export const INDICATOR_IMPORT_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 5000, maxErrors: 200 } as const;

/** One refused cell of an import: rows numbered as a spreadsheet shows them (the header is row 1). */
export interface ImportRowError {
  row: number;
  column: IndicatorImportColumn;
  problem: IndicatorValueProblem;
  limit?: number;
}

// ---------------------------------------------------------------------------------------------
// Unit-cost worksheet

/** One post's share of the work on one case. */
export interface WorksheetPost {
  post: string;
  /** Minutes of this post's work per case (whole minutes). */
  minutesPerCase: number;
  /** What an hour of this post costs, salary with on-costs, in grosze. */
  hourlyCostGrosze: number;
}

export interface WorksheetInput {
  posts: readonly WorksheetPost[];
  /** The office's overheads for the period (rent, energy, IT, management), in grosze. */
  overheadsGrosze: number;
  /** The share of those overheads allocated to this activity, in basis points (12.5% = 1250). */
  overheadShareBasisPoints: number;
  /** Cases handled in the period. */
  cases: number;
}

export interface WorksheetPostResult extends WorksheetPost {
  /** minutes × hourly cost ÷ 60, rounded half up to a grosz. */
  costPerCaseGrosze: number;
}

export interface WorksheetResult {
  posts: WorksheetPostResult[];
  /** Σ minutes × hourly cost × cases ÷ 60, rounded once. */
  staffCostGrosze: number;
  /** overheads × share ÷ 10,000, rounded once. */
  allocatedOverheadsGrosze: number;
  totalCostGrosze: number;
  /** (staff cost + allocated overheads) ÷ cases, from the exact totals, rounded half up once. */
  unitCostGrosze: number;
}

export const WORKSHEET_LIMITS = {
  maxPosts: 20,
  maxMinutesPerCase: 10_000,
  /** 100,000 zł an hour: far above any salary, low enough to keep every product below 2^53. */
  maxHourlyCostGrosze: 10_000_000,
  maxOverheadsGrosze: 100_000_000_000,
  maxCases: 10_000_000,
} as const;

export const WorksheetProblem = {
  NO_POSTS: 'NO_POSTS',
  TOO_MANY_POSTS: 'TOO_MANY_POSTS',
  POST_NAME_REQUIRED: 'POST_NAME_REQUIRED',
  MINUTES_INVALID: 'MINUTES_INVALID',
  HOURLY_COST_INVALID: 'HOURLY_COST_INVALID',
  OVERHEADS_INVALID: 'OVERHEADS_INVALID',
  SHARE_INVALID: 'SHARE_INVALID',
  CASES_INVALID: 'CASES_INVALID',
} as const;
export type WorksheetProblem = (typeof WorksheetProblem)[keyof typeof WorksheetProblem];

const wholeIn = (value: number, min: number, max: number): boolean =>
  Number.isSafeInteger(value) && value >= min && value <= max;

/** Every rule the worksheet breaks, with the field it concerns (`posts.2.minutesPerCase`). */
export function worksheetProblems(input: WorksheetInput): { field: string; problem: WorksheetProblem }[] {
  const problems: { field: string; problem: WorksheetProblem }[] = [];
  if (input.posts.length === 0) problems.push({ field: 'posts', problem: WorksheetProblem.NO_POSTS });
  if (input.posts.length > WORKSHEET_LIMITS.maxPosts) {
    problems.push({ field: 'posts', problem: WorksheetProblem.TOO_MANY_POSTS });
  }
  input.posts.forEach((post, index) => {
    if (post.post.trim() === '') problems.push({ field: `posts.${index}.post`, problem: 'POST_NAME_REQUIRED' });
    if (!wholeIn(post.minutesPerCase, 0, WORKSHEET_LIMITS.maxMinutesPerCase)) {
      problems.push({ field: `posts.${index}.minutesPerCase`, problem: WorksheetProblem.MINUTES_INVALID });
    }
    if (!wholeIn(post.hourlyCostGrosze, 0, WORKSHEET_LIMITS.maxHourlyCostGrosze)) {
      problems.push({ field: `posts.${index}.hourlyCostGrosze`, problem: WorksheetProblem.HOURLY_COST_INVALID });
    }
  });
  if (!wholeIn(input.overheadsGrosze, 0, WORKSHEET_LIMITS.maxOverheadsGrosze)) {
    problems.push({ field: 'overheadsGrosze', problem: WorksheetProblem.OVERHEADS_INVALID });
  }
  if (!wholeIn(input.overheadShareBasisPoints, 0, 10_000)) {
    problems.push({ field: 'overheadShareBasisPoints', problem: WorksheetProblem.SHARE_INVALID });
  }
  if (!wholeIn(input.cases, 1, WORKSHEET_LIMITS.maxCases)) {
    problems.push({ field: 'cases', problem: WorksheetProblem.CASES_INVALID });
  }
  return problems;
}

/** numerator ÷ denominator rounded half up, both non-negative. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * The unit cost of an activity, exactly: all sums are kept as fractions over
 * 60 × 10,000 (minutes per hour × basis points) in BigInt and rounded half up
 * only when shown, so no grosz is lost or invented on the way.
 */
export function computeUnitCost(input: WorksheetInput): WorksheetResult {
  const problems = worksheetProblems(input);
  if (problems.length > 0) throw new RangeError(`Invalid worksheet: ${problems[0].field} ${problems[0].problem}`);
  const cases = BigInt(input.cases);
  // Staff cost of all cases, times 60 (minutes → hours).
  const staffTimes60 = input.posts.reduce(
    (sum, post) => sum + BigInt(post.minutesPerCase) * BigInt(post.hourlyCostGrosze) * cases,
    0n,
  );
  // Allocated overheads, times 10,000 (basis points).
  const overheadsTimes10k = BigInt(input.overheadsGrosze) * BigInt(input.overheadShareBasisPoints);
  const denominator = 600_000n;
  const totalExact = staffTimes60 * 10_000n + overheadsTimes10k * 60n;
  return {
    posts: input.posts.map((post) => ({
      ...post,
      costPerCaseGrosze: Number(divideHalfUp(BigInt(post.minutesPerCase) * BigInt(post.hourlyCostGrosze), 60n)),
    })),
    staffCostGrosze: Number(divideHalfUp(staffTimes60, 60n)),
    allocatedOverheadsGrosze: Number(divideHalfUp(overheadsTimes10k, 10_000n)),
    totalCostGrosze: Number(divideHalfUp(totalExact, denominator)),
    unitCostGrosze: Number(divideHalfUp(totalExact, denominator * cases)),
  };
}

/** 123456 → "1234.56": grosze as the decimal string indicator values are stored in. */
export function groszeToDecimal(grosze: number): string {
  const sign = grosze < 0 ? '-' : '';
  const abs = Math.abs(grosze);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}${Math.floor(abs / 100)}.${fraction}`;
}

// ---------------------------------------------------------------------------------------------
// Comparison statistics

/**
 * The p-quantile of sorted values by linear interpolation between the two
 * closest ranks: h = (n − 1)·p, the method of Excel's QUARTILE.INC and
 * PostgreSQL's percentile_cont. The server computes it in SQL; this is the
 * reference the tests and the client's own summaries use.
 */
export function quantileInc(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/** Outside Tukey's fences: below Q1 − 1.5·IQR or above Q3 + 1.5·IQR. */
export const OUTLIER_IQR_FACTOR = 1.5;

// ---------------------------------------------------------------------------------------------
// Satisfaction surveys

export const SurveyQuestionKind = {
  /** 1 (very dissatisfied) – 5 (very satisfied); its mean per service area becomes a SATISFACTION value. */
  LIKERT: 'LIKERT',
  SINGLE_CHOICE: 'SINGLE_CHOICE',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  OPEN_TEXT: 'OPEN_TEXT',
} as const;
export type SurveyQuestionKind = (typeof SurveyQuestionKind)[keyof typeof SurveyQuestionKind];

export const SurveyAccess = {
  /** One response per logged-in account. */
  ACCOUNT: 'ACCOUNT',
  /** One response per single-use code handed out on paper. */
  CODE: 'CODE',
} as const;
export type SurveyAccess = (typeof SurveyAccess)[keyof typeof SurveyAccess];

export const SURVEY_LIMITS = {
  maxQuestions: 50,
  maxOptions: 20,
  questionTextMax: 500,
  optionTextMax: 200,
  openAnswerMax: 2000,
  maxCodesPerBatch: 500,
} as const;

/** Codes avoid letters and digits people misread on paper (0/O, 1/I/L). */
export const SURVEY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const SURVEY_CODE_LENGTH = 8;

/** Upper-cases and drops spaces and dashes, so "abcd-efgh" typed from paper matches "ABCDEFGH". */
export function normaliseSurveyCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

/** The indicator a service area's mean satisfaction is published as. */
export function satisfactionIndicatorCode(serviceArea: string): string {
  return `SAT_${serviceArea}`;
}

/** Whether a survey accepts responses at `now`. */
export function isSurveyOpen(survey: { opensAt: Date | string; closesAt: Date | string }, now: Date): boolean {
  return new Date(survey.opensAt) <= now && now < new Date(survey.closesAt);
}
