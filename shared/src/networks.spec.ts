import {
  daysBetween,
  easterSunday,
  isPolishPublicHoliday,
  isWorkingDay,
  parseDay,
  planExchangeMeetings,
  polishPublicHolidays,
} from './networks.js';

describe('Polish public holidays', () => {
  it('computes Easter Sunday (checked against the calendar)', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the 14 days off of 2026, movable feasts included', () => {
    expect(polishPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-03',
      '2026-05-24',
      '2026-06-04',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('has Christmas Eve off only since 2025', () => {
    expect(isPolishPublicHoliday('2024-12-24')).toBe(false);
    expect(isPolishPublicHoliday('2025-12-24')).toBe(true);
    expect(polishPublicHolidays(2024)).toHaveLength(13);
  });

  it('knows working days: weekdays that are not holidays', () => {
    expect(isWorkingDay('2026-06-04')).toBe(false); // Corpus Christi, a Thursday
    expect(isWorkingDay('2026-06-05')).toBe(true);
    expect(isWorkingDay('2026-06-06')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-11')).toBe(false);
  });

  it('parses only real calendar days', () => {
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2026-2-1')).toBeNull();
    expect(parseDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});

describe('planExchangeMeetings', () => {
  it('moves a meeting falling on Easter Monday back to the Friday when the next working day is over six weeks', () => {
    const plan = planExchangeMeetings({ startDate: '2026-02-23', hostCount: 3, count: 4, intervalWeeks: 6 });
    expect(plan).toEqual([
      { number: 1, date: '2026-02-23', hostIndex: 0 },
      // 6 weeks later is Easter Monday; Tuesday would be 43 days: Good Friday instead.
      { number: 2, date: '2026-04-03', hostIndex: 1 },
      { number: 3, date: '2026-05-15', hostIndex: 2 },
      { number: 4, date: '2026-06-26', hostIndex: 0 },
    ]);
  });

  it('skips Corpus Christi, 11 November and Christmas to the next working day with a 4-week interval', () => {
    expect(
      planExchangeMeetings({ startDate: '2026-05-07', hostCount: 2, count: 2, intervalWeeks: 4 }).map((m) => m.date),
    ).toEqual(['2026-05-07', '2026-06-05']);
    expect(
      planExchangeMeetings({ startDate: '2026-10-14', hostCount: 2, count: 3, intervalWeeks: 4 }).map((m) => m.date),
    ).toEqual(['2026-10-14', '2026-11-12', '2026-12-10']);
    // 26 Nov + 4 weeks = 24 Dec; 25-26 Dec and the weekend follow: Monday 28 Dec.
    expect(
      planExchangeMeetings({ startDate: '2026-11-26', hostCount: 2, count: 2, intervalWeeks: 4 }).map((m) => m.date),
    ).toEqual(['2026-11-26', '2026-12-28']);
    // With six weeks, 28 Dec would be 46 days: 23 Dec instead.
    expect(
      planExchangeMeetings({ startDate: '2026-11-12', hostCount: 2, count: 2, intervalWeeks: 6 }).map((m) => m.date),
    ).toEqual(['2026-11-12', '2026-12-23']);
  });

  it('starts on the next working day when the start is a holiday or weekend', () => {
    expect(planExchangeMeetings({ startDate: '2026-01-01', hostCount: 1, count: 1, intervalWeeks: 5 })[0].date).toBe(
      '2026-01-02',
    );
    expect(planExchangeMeetings({ startDate: '2026-01-03', hostCount: 1, count: 1, intervalWeeks: 5 })[0].date).toBe(
      '2026-01-05',
    );
  });

  it('keeps every gap within 4-6 weeks on working days, with hosts in turn, over years', () => {
    for (const intervalWeeks of [4, 5, 6]) {
      for (const startDate of ['2025-01-02', '2026-03-09', '2027-10-20']) {
        const plan = planExchangeMeetings({ startDate, hostCount: 5, count: 24, intervalWeeks });
        plan.forEach((meeting, index) => {
          expect(isWorkingDay(meeting.date)).toBe(true);
          expect(meeting.hostIndex).toBe(index % 5);
          if (index > 0) {
            const gap = daysBetween(plan[index - 1].date, meeting.date);
            expect(gap).toBeGreaterThanOrEqual(28);
            expect(gap).toBeLessThanOrEqual(42);
          }
        });
      }
    }
  });

  it('refuses an interval outside 4-6 weeks and a malformed start', () => {
    expect(() => planExchangeMeetings({ startDate: '2026-01-05', hostCount: 2, count: 2, intervalWeeks: 3 })).toThrow(
      RangeError,
    );
    expect(() => planExchangeMeetings({ startDate: '2026-13-05', hostCount: 2, count: 2, intervalWeeks: 4 })).toThrow(
      RangeError,
    );
  });
});
