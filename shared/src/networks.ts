import { addDays } from './consultations.js';
import type { TextLimits } from './rules/limits.js';

/**
 * Networks of municipalities: what both sides must agree on, and the pure
 * calendar arithmetic of an exchange group's meeting plan (Polish public
 * holidays, working days, hosts in turn). Dates are calendar days written
 * `YYYY-MM-DD`, computed in UTC so no time zone moves them.
 */

/** An exchange group meets every 4 to 6 weeks. */
export const MEETING_PLAN_INTERVAL_WEEKS = { min: 4, max: 6, default: 6 } as const;
/** How many meetings one generation plans (about six a year, up to four years). */
export const MEETING_PLAN_COUNT = { min: 1, max: 24 } as const;
/** A network holds at most this many members (the largest programme network had about 20). */
export const NETWORK_MAX_MEMBERS = 100;

export const NETWORK_NAME_LIMITS = { min: 3, max: 200 } as const satisfies TextLimits;
export const NETWORK_NOTE_LIMITS = { min: 0, max: 2_000 } as const satisfies TextLimits;
export const NETWORK_MEETING_AGENDA_LIMITS = { min: 0, max: 20_000 } as const satisfies TextLimits;
export const NETWORK_MEETING_MINUTES_LIMITS = { min: 1, max: 50_000 } as const satisfies TextLimits;

export const PRACTICE_TITLE_LIMITS = { min: 3, max: 200 } as const satisfies TextLimits;
/** Problem, solution and results (Markdown). */
export const PRACTICE_TEXT_LIMITS = { min: 10, max: 20_000 } as const satisfies TextLimits;
export const PRACTICE_CONTACT_LIMITS = { min: 3, max: 300 } as const satisfies TextLimits;
/** What another municipality says came of trying a practice. */
export const PRACTICE_REPORT_LIMITS = { min: 10, max: 5_000 } as const satisfies TextLimits;
/** Cost in grosze (integer, never floating point): up to 20 million PLN fits a GraphQL Int. */
export const PRACTICE_MAX_COST_GROSZE = 2_000_000_000;

/** Whether an exchange-group meeting takes place. */
export const NetworkMeetingStatus = {
  PLANNED: 'PLANNED',
  CANCELLED: 'CANCELLED',
} as const;
export type NetworkMeetingStatus = (typeof NetworkMeetingStatus)[keyof typeof NetworkMeetingStatus];

const DAY_MS = 24 * 3600 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day as `YYYY-MM-DD`, or null when the text is not a real date. */
export function parseDay(value: string): Date | null {
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatDay(date) === value ? date : null;
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to)!.getTime() - parseDay(from)!.getTime()) / DAY_MS);
}

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDay(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * The statutory days off work in Poland (ustawa o dniach wolnych od pracy),
 * sorted: fixed dates, Easter Sunday and Monday, Pentecost Sunday (Easter +
 * 49) and Corpus Christi (Easter + 60); Christmas Eve since 2025.
 */
export function polishPublicHolidays(year: number): string[] {
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const days = [
    `${y}-01-01`,
    `${y}-01-06`,
    easter,
    addDays(easter, 1),
    `${y}-05-01`,
    `${y}-05-03`,
    addDays(easter, 49),
    addDays(easter, 60),
    `${y}-08-15`,
    `${y}-11-01`,
    `${y}-11-11`,
    ...(year >= 2025 ? [`${y}-12-24`] : []),
    `${y}-12-25`,
    `${y}-12-26`,
  ];
  return [...new Set(days)].sort();
}

export function isPolishPublicHoliday(day: string): boolean {
  return polishPublicHolidays(Number(day.slice(0, 4))).includes(day);
}

/** Monday to Friday and not a public holiday: when a municipal office is open. */
export function isWorkingDay(day: string): boolean {
  const weekday = parseDay(day)!.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPolishPublicHoliday(day);
}

function nextWorkingDay(day: string): string {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

function previousWorkingDay(day: string): string {
  let current = day;
  while (!isWorkingDay(current)) current = addDays(current, -1);
  return current;
}

export interface PlannedMeeting {
  /** 1-based, in date order. */
  number: number;
  date: string;
  /** Index into the hosts given, in turn. */
  hostIndex: number;
}

/**
 * An exchange group's plan: the first meeting on the start day (or the next
 * working day), each next one `intervalWeeks` after the previous, moved off
 * weekends and holidays to the next working day — or to the previous one when
 * the next would leave more than six weeks between meetings — so consecutive
 * meetings are always 4 to 6 weeks apart. Hosts take turns in the order given.
 */
export function planExchangeMeetings(args: {
  startDate: string;
  hostCount: number;
  count: number;
  intervalWeeks: number;
}): PlannedMeeting[] {
  const { min, max } = MEETING_PLAN_INTERVAL_WEEKS;
  if (!parseDay(args.startDate)) throw new RangeError('startDate is not a YYYY-MM-DD day');
  if (!Number.isInteger(args.intervalWeeks) || args.intervalWeeks < min || args.intervalWeeks > max) {
    throw new RangeError(`intervalWeeks must be ${min} to ${max}`);
  }
  if (args.hostCount < 1) throw new RangeError('a plan needs at least one host');
  const planned: PlannedMeeting[] = [];
  let date = nextWorkingDay(args.startDate);
  for (let index = 0; index < args.count; index++) {
    if (index > 0) {
      const previous = planned[index - 1].date;
      const nominal = addDays(previous, args.intervalWeeks * 7);
      const later = nextWorkingDay(nominal);
      date = daysBetween(previous, later) <= max * 7 ? later : previousWorkingDay(nominal);
    }
    planned.push({ number: index + 1, date, hostIndex: index % args.hostCount });
  }
  return planned;
}
