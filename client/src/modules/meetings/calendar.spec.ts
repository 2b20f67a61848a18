import { describe, expect, it } from '@jest/globals';
import { groupByDay, monthGrid, monthOf, monthRange, shiftMonth } from './calendar';

describe('month calendar', () => {
  it('covers a month in Monday-first weeks, neighbours marked as outside', () => {
    // May 2026 starts on a Friday and ends on a Sunday.
    const weeks = monthGrid({ year: 2026, month: 5 });
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0][0]).toEqual({ date: '2026-04-27', inMonth: false });
    expect(weeks[0][4]).toEqual({ date: '2026-05-01', inMonth: true });
    expect(weeks[4][6]).toEqual({ date: '2026-05-31', inMonth: true });
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(31);
  });

  it('gives February starting on a Monday exactly four rows, and a long month six when needed', () => {
    expect(monthGrid({ year: 2021, month: 2 })).toHaveLength(4);
    // August 2026 starts on a Saturday: 31 days spread over six weeks.
    const august = monthGrid({ year: 2026, month: 8 });
    expect(august).toHaveLength(6);
    expect(august[5][0].date).toBe('2026-08-31');
    expect(august[5][6]).toEqual({ date: '2026-09-06', inMonth: false });
  });

  it('handles leap years', () => {
    const days = monthGrid({ year: 2028, month: 2 })
      .flat()
      .filter((day) => day.inMonth);
    expect(days.at(-1)?.date).toBe('2028-02-29');
  });

  it('moves between months across years', () => {
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 5 }, 14)).toEqual({ year: 2027, month: 7 });
  });

  it('takes the month and its bounds in Warsaw time', () => {
    // 23:30 UTC on 31 May is already June in Warsaw (UTC+2 in summer).
    expect(monthOf(new Date('2026-05-31T23:30:00Z'))).toEqual({ year: 2026, month: 6 });
    const { from, to } = monthRange({ year: 2026, month: 3 });
    // March begins in winter time (UTC+1) and April in summer time (UTC+2).
    expect(from.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(to.toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('groups meetings by their Warsaw start day, in start order', () => {
    const byDay = groupByDay([
      { id: 'late', startsAt: '2026-05-12T16:00:00Z' },
      { id: 'night', startsAt: '2026-05-12T22:30:00Z' },
      { id: 'early', startsAt: '2026-05-12T07:00:00Z' },
    ]);
    expect([...byDay.keys()]).toEqual(['2026-05-12', '2026-05-13']);
    expect(byDay.get('2026-05-12')?.map((m) => m.id)).toEqual(['early', 'late']);
    expect(byDay.get('2026-05-13')?.map((m) => m.id)).toEqual(['night']);
  });
});
