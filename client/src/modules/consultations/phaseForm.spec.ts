import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FieldErrorCode } from '@ratusz/shared';
import { toApiProblem } from '../forms/apiProblem';
import {
  canAddPhase,
  nextPhase,
  parsePhaseField,
  phaseErrors,
  phasesChanged,
  toPhaseInputs,
  toRows,
  type PhaseRow,
} from './phaseForm';

const ROWS: PhaseRow[] = [
  { kind: 'DIAGNOSIS', startsOn: '2026-03-01', endsOn: '2026-03-31' },
  { kind: 'VOTING', startsOn: '2026-04-01', endsOn: '2026-04-14' },
];

describe('phaseErrors', () => {
  it('accepts phases in order without overlaps (gaps are fine)', () => {
    expect(phaseErrors(ROWS)).toEqual([]);
    expect(phaseErrors([ROWS[0], { ...ROWS[1], startsOn: '2026-04-10' }])).toEqual([]);
  });

  it('puts each problem on the field of the phase concerned, named as the form names it', () => {
    const errors = phaseErrors([
      ROWS[0],
      { kind: 'VOTING', startsOn: '2026-03-20', endsOn: '2026-03-10' },
      { kind: 'DIAGNOSIS', startsOn: '', endsOn: '2026-05-01' },
    ]);
    expect(errors).toEqual([
      { field: 'phases.1.endsOn', code: FieldErrorCode.BEFORE_START, params: { phase: 'VOTING' } },
      {
        field: 'phases.1.startsOn',
        code: FieldErrorCode.OVERLAPS,
        params: { phase: 'VOTING', previous: 'DIAGNOSIS' },
      },
      { field: 'phases.2.kind', code: FieldErrorCode.DUPLICATE, params: { phase: 'DIAGNOSIS' } },
      { field: 'phases.2.startsOn', code: FieldErrorCode.INVALID, params: { phase: 'DIAGNOSIS' } },
    ]);
  });

  it('reads the server’s `phases[1].endsOn` as the same field', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'The phases are not valid.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [{ field: 'input.phases[1].endsOn', code: 'BEFORE_START', params: { phase: 'VOTING' } }],
          },
        },
      ],
    });
    expect(toApiProblem(error).fieldErrors[0]?.field).toBe('phases.1.endsOn');
  });
});

describe('nextPhase', () => {
  it('offers the first unused kind, starting the day after the last phase, two weeks long', () => {
    expect(nextPhase(ROWS, '2026-01-01')).toEqual({ kind: 'WORKSHOPS', startsOn: '2026-04-15', endsOn: '2026-04-28' });
  });

  it('starts today on an empty timeline', () => {
    expect(nextPhase([], '2026-02-20')).toEqual({ kind: 'DIAGNOSIS', startsOn: '2026-02-20', endsOn: '2026-03-05' });
  });

  it('stops offering phases once every kind is there', () => {
    let rows: PhaseRow[] = [];
    while (canAddPhase(rows)) rows = [...rows, nextPhase(rows, '2026-01-01')];
    expect(rows.map((row) => row.kind)).toEqual([
      'DIAGNOSIS',
      'WORKSHOPS',
      'DELIBERATION',
      'PROPOSALS',
      'VOTING',
      'DRAFT_CONSULTATION',
      'REPORT',
      'CLOSED',
    ]);
    expect(phaseErrors(rows)).toEqual([]);
  });
});

describe('phasesChanged and the API shape', () => {
  it('tells a changed timeline from the saved one', () => {
    const saved = ROWS.map((row) => ({ ...row, id: 'x', isCurrent: false }));
    expect(phasesChanged(toRows(saved), saved)).toBe(false);
    expect(phasesChanged([ROWS[1], ROWS[0]], saved)).toBe(true);
    expect(phasesChanged([ROWS[0]], saved)).toBe(true);
    expect(phasesChanged([ROWS[0], { ...ROWS[1], endsOn: '2026-04-15' }], saved)).toBe(true);
  });

  it('sends only kind and days', () => {
    expect(toPhaseInputs(toRows(ROWS.map((row) => ({ ...row, id: 'x' }))))).toEqual(ROWS);
  });
});

describe('parsePhaseField', () => {
  it('reads the phase and its field from a form field name', () => {
    expect(parsePhaseField('phases.2.endsOn')).toEqual({ index: 2, field: 'endsOn' });
    expect(parsePhaseField('phases.0')).toEqual({ index: 0, field: null });
    expect(parsePhaseField('phases')).toBeNull();
    expect(parsePhaseField('title')).toBeNull();
  });
});
