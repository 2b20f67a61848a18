import { CONSULTATION_TIME_ZONE, localDate, startOfLocalDay } from '@ratusz/shared';

/**
 * The month calendar's arithmetic, kept free of React so it can be tested:
 * months are calendar months in the municipality's time zone (Europe/Warsaw),
 * weeks start on Monday as Polish calendars do.
 */

export interface CalendarMonth {
  year: number;
  /** 1–12. */
  month: number;
}

export interface CalendarDay {
  /** YYYY-MM-DD. */
  date: string;
  /** Whether the day belongs to the month shown (not the previous or next one filling the first and last week). */
  inMonth: boolean;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The month it is at `now` in the time zone. */
export function monthOf(now: Date, timeZone: string = CONSULTATION_TIME_ZONE): CalendarMonth {
  const [year, month] = localDate(now, timeZone).split('-').map(Number);
  return { year, month };
}

export function shiftMonth({ year, month }: CalendarMonth, delta: number): CalendarMonth {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function firstDay({ year, month }: CalendarMonth): string {
  return `${year}-${pad(month)}-01`;
}

/** The instants the month begins and the next one begins, in the time zone: the `from`/`to` of a query. */
export function monthRange(month: CalendarMonth, timeZone: string = CONSULTATION_TIME_ZONE): { from: Date; to: Date } {
  return {
    from: startOfLocalDay(firstDay(month), timeZone),
    to: startOfLocalDay(firstDay(shiftMonth(month, 1)), timeZone),
  };
}

/** Monday 0 … Sunday 6. */
function weekdayIndex(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The weeks (Monday to Sunday) covering the month, the days of the neighbouring months included. */
export function monthGrid(month: CalendarMonth): CalendarDay[][] {
  const first = firstDay(month);
  const prefix = `${month.year}-${pad(month.month)}-`;
  let day = addDays(first, -weekdayIndex(first));
  const weeks: CalendarDay[][] = [];
  do {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ date: day, inMonth: day.startsWith(prefix) });
      day = addDays(day, 1);
    }
    weeks.push(week);
  } while (day.startsWith(prefix));
  return weeks;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the time zone. */
function dayOf(iso: string, timeZone: string = CONSULTATION_TIME_ZONE): string {
  return localDate(new Date(iso), timeZone);
}

/** Items by the day they start on, each day's in start order. */
export function groupByDay<T extends { startsAt: string }>(
  items: readonly T[],
  timeZone: string = CONSULTATION_TIME_ZONE,
): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const item of sorted) {
    const day = dayOf(item.startsAt, timeZone);
    const list = byDay.get(day);
    if (list) list.push(item);
    else byDay.set(day, [item]);
  }
  return byDay;
}
