import { describe, expect, it } from '@jest/globals';
import { ConsultationAction } from '@ratusz/shared';
import { consultationToday, timelineEntries, upcomingOpenings } from './timeline';

const PHASES = [
  { kind: 'DIAGNOSIS' as const, startsOn: '2026-03-01', endsOn: '2026-03-31', isCurrent: false },
  { kind: 'PROPOSALS' as const, startsOn: '2026-04-01', endsOn: '2026-04-30', isCurrent: true },
  { kind: 'VOTING' as const, startsOn: '2026-05-01', endsOn: '2026-05-15', isCurrent: false },
  { kind: 'REPORT' as const, startsOn: '2026-06-01', endsOn: '2026-06-30', isCurrent: false },
];

describe('timelineEntries', () => {
  it('marks phases before the current one past and after it upcoming, numbered from 1', () => {
    const entries = timelineEntries(PHASES, '2026-04-10');
    expect(entries.map((entry) => [entry.phase.kind, entry.state, entry.number])).toEqual([
      ['DIAGNOSIS', 'past', 1],
      ['PROPOSALS', 'current', 2],
      ['VOTING', 'upcoming', 3],
      ['REPORT', 'upcoming', 4],
    ]);
  });

  it('trusts the server when the organiser moved on early, even if the dates say otherwise', () => {
    const advanced = PHASES.map((phase) => ({ ...phase, isCurrent: phase.kind === 'VOTING' }));
    expect(timelineEntries(advanced, '2026-04-10').map((entry) => entry.state)).toEqual([
      'past',
      'past',
      'current',
      'upcoming',
    ]);
  });

  it('lets the dates decide between phases and after the last one', () => {
    const none = PHASES.map((phase) => ({ ...phase, isCurrent: false }));
    expect(timelineEntries(none, '2026-05-20').map((entry) => entry.state)).toEqual([
      'past',
      'past',
      'past',
      'upcoming',
    ]);
    expect(timelineEntries(none, '2026-07-01').every((entry) => entry.state === 'past')).toBe(true);
    expect(timelineEntries([], '2026-07-01')).toEqual([]);
  });
});

describe('upcomingOpenings', () => {
  it('names the next phase allowing each action the current phase does not', () => {
    const now = new Date('2026-04-10T10:00:00Z');
    const openings = upcomingOpenings(PHASES, [ConsultationAction.DISCUSS, ConsultationAction.SUBMIT_PROPOSAL], now);
    const byAction = Object.fromEntries(openings.map((opening) => [opening.action, opening.phase.kind]));
    expect(byAction.VOTE).toBe('VOTING');
    expect(byAction.GENERATE_REPORT).toBe('REPORT');
    // Allowed now: not listed as opening later.
    expect(byAction.SUBMIT_PROPOSAL).toBeUndefined();
    // Only in phases this timeline does not have: never opens.
    expect(byAction.COMMENT_DRAFT).toBeUndefined();
  });

  it('follows the server’s current phase when the organiser moved on early', () => {
    const advanced = PHASES.map((phase) => ({ ...phase, isCurrent: phase.kind === 'VOTING' }));
    const openings = upcomingOpenings(advanced, [ConsultationAction.VOTE], new Date('2026-04-10T10:00:00Z'));
    expect(openings.find((opening) => opening.action === 'SUBMIT_PROPOSAL')).toBeUndefined();
    expect(openings.find((opening) => opening.action === 'GENERATE_REPORT')?.phase.kind).toBe('REPORT');
  });
});

describe('consultationToday', () => {
  it('is the calendar day in Warsaw, not in UTC', () => {
    expect(consultationToday(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
  });
});
