import {
  addDays,
  allowedActions,
  ConsultationAction,
  ConsultationPhaseKind,
  consultationStage,
  currentPhase,
  isActionAllowed,
  localDate,
  PHASE_RULES,
  phaseOpeningFor,
  startOfLocalDay,
  TIMELINE_PHASE_KINDS,
  validatePhases,
  type PhaseDates,
} from './consultations.js';

const K = ConsultationPhaseKind;

// Around the spring DST change in Poland (29 March 2026, 02:00 CET → 03:00 CEST).
const timeline: PhaseDates[] = [
  { kind: K.DIAGNOSIS, startsOn: '2026-03-01', endsOn: '2026-03-28' },
  { kind: K.PROPOSALS, startsOn: '2026-03-29', endsOn: '2026-04-10' },
  { kind: K.VOTING, startsOn: '2026-04-15', endsOn: '2026-04-30' },
];

describe('localDate', () => {
  it('gives the Warsaw calendar day, not the UTC one', () => {
    expect(localDate(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28'); // 23:59:59 CET
    expect(localDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29'); // 00:00 CET
    expect(localDate(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29'); // 23:59:59 CEST
    expect(localDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30'); // 00:00 CEST
    expect(localDate(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(localDate(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25'); // 23:59:59 CET after the change back
    expect(localDate(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('follows the zone asked for', () => {
    expect(localDate(new Date('2026-03-28T23:30:00Z'), 'UTC')).toBe('2026-03-28');
  });
});

describe('startOfLocalDay', () => {
  it('is Warsaw midnight on both sides of each DST change', () => {
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(startOfLocalDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('currentPhase', () => {
  it('switches exactly at Warsaw midnight, DST or not', () => {
    expect(currentPhase(timeline, new Date('2026-03-28T22:59:59Z'))?.kind).toBe(K.DIAGNOSIS);
    expect(currentPhase(timeline, new Date('2026-03-28T23:00:00Z'))?.kind).toBe(K.PROPOSALS);
  });

  it('includes the last day until its end in Warsaw', () => {
    expect(currentPhase(timeline, new Date('2026-04-10T21:59:59Z'))?.kind).toBe(K.PROPOSALS); // 23:59:59 CEST
    expect(currentPhase(timeline, new Date('2026-04-10T22:00:00Z'))).toBeNull(); // the gap
  });

  it('is null before the first and after the last phase', () => {
    expect(currentPhase(timeline, new Date('2026-02-28T12:00:00Z'))).toBeNull();
    expect(currentPhase(timeline, new Date('2026-05-01T12:00:00Z'))).toBeNull();
  });

  it('follows an early advance until the advanced phase ends', () => {
    const during = new Date('2026-03-10T12:00:00Z');
    expect(currentPhase(timeline, during, 'Europe/Warsaw', K.PROPOSALS)?.kind).toBe(K.PROPOSALS);
    expect(currentPhase(timeline, new Date('2026-04-12T12:00:00Z'), 'Europe/Warsaw', K.PROPOSALS)).toBeNull();
    expect(currentPhase(timeline, new Date('2026-04-20T12:00:00Z'), 'Europe/Warsaw', K.PROPOSALS)?.kind).toBe(K.VOTING);
  });
});

describe('consultationStage', () => {
  it('is DRAFT before publication and CLOSED after the last day', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(consultationStage({ status: 'DRAFT' }, timeline, now)).toBe(K.DRAFT);
    expect(consultationStage({ status: 'PUBLISHED' }, timeline, now)).toBe(K.DIAGNOSIS);
    expect(consultationStage({ status: 'PUBLISHED' }, timeline, new Date('2026-04-12T12:00:00Z'))).toBeNull();
    expect(consultationStage({ status: 'PUBLISHED' }, timeline, new Date('2026-04-30T22:00:00Z'))).toBe(K.CLOSED);
  });
});

describe('the phase rules table', () => {
  it('has a row for every action, naming only timeline phases', () => {
    expect(Object.keys(PHASE_RULES).sort()).toEqual(Object.values(ConsultationAction).sort());
    for (const phases of Object.values(PHASE_RULES)) {
      for (const phase of phases) expect(TIMELINE_PHASE_KINDS).toContain(phase);
    }
  });

  it('allows nothing in a draft and nothing but the report once closed', () => {
    expect(allowedActions(K.DRAFT)).toEqual([]);
    expect(allowedActions(null)).toEqual([]);
    expect(allowedActions(K.CLOSED)).toEqual([ConsultationAction.GENERATE_REPORT]);
  });

  it('opens proposals, votes and draft comments in their own phases only', () => {
    expect(isActionAllowed('SUBMIT_PROPOSAL', K.PROPOSALS)).toBe(true);
    expect(isActionAllowed('SUBMIT_PROPOSAL', K.VOTING)).toBe(false);
    expect(isActionAllowed('VOTE', K.VOTING)).toBe(true);
    expect(isActionAllowed('VOTE', K.PROPOSALS)).toBe(false);
    expect(isActionAllowed('COMMENT_DRAFT', K.DRAFT_CONSULTATION)).toBe(true);
    expect(isActionAllowed('DISCUSS', K.REPORT)).toBe(true);
    expect(isActionAllowed('DISCUSS', K.CLOSED)).toBe(false);
  });
});

describe('phaseOpeningFor', () => {
  it('names the next phase allowing the action', () => {
    const inDiagnosis = new Date('2026-03-10T12:00:00Z');
    expect(phaseOpeningFor('VOTE', timeline, inDiagnosis)?.kind).toBe(K.VOTING);
    expect(phaseOpeningFor('SUBMIT_PROPOSAL', timeline, inDiagnosis)?.startsOn).toBe('2026-03-29');
  });

  it('is null when the action never opens again', () => {
    expect(phaseOpeningFor('SUBMIT_PROPOSAL', timeline, new Date('2026-04-20T12:00:00Z'))).toBeNull();
    expect(phaseOpeningFor('COMMENT_DRAFT', timeline)).toBeNull();
  });

  it('looks ahead from today between phases', () => {
    expect(phaseOpeningFor('VOTE', timeline, new Date('2026-04-12T12:00:00Z'))?.kind).toBe(K.VOTING);
  });
});

describe('validatePhases', () => {
  it('accepts an ordered timeline with gaps', () => {
    expect(validatePhases(timeline)).toEqual([]);
  });

  it('names the phase of each problem', () => {
    expect(
      validatePhases([
        { kind: 'DIAGNOSIS', startsOn: '2026-03-01', endsOn: '2026-03-10' },
        { kind: 'PROPOSALS', startsOn: '2026-03-10', endsOn: '2026-03-20' },
        { kind: 'VOTING', startsOn: '2026-03-25', endsOn: '2026-03-21' },
        { kind: 'VOTING', startsOn: '2026-04-01', endsOn: '2026-04-02' },
        { kind: 'DRAFT', startsOn: '2026-02-30', endsOn: '2026-05-01' },
      ]),
    ).toEqual([
      { index: 1, field: 'startsOn', code: 'OVERLAPS', params: { phase: 'PROPOSALS', previous: 'DIAGNOSIS' } },
      { index: 2, field: 'endsOn', code: 'BEFORE_START', params: { phase: 'VOTING' } },
      { index: 3, field: 'kind', code: 'DUPLICATE', params: { phase: 'VOTING' } },
      { index: 4, field: 'kind', code: 'INVALID', params: { phase: 'DRAFT' } },
      { index: 4, field: 'startsOn', code: 'INVALID', params: { phase: 'DRAFT' } },
    ]);
  });
});
