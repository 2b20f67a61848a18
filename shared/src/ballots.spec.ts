import {
  BallotMethod,
  isVotingClosed,
  randomReceipt,
  validateBallotChoices,
  validateBallotConfig,
  type BallotForValidation,
} from './ballots.js';

const options = ['a', 'b', 'c', 'd'];
const points: BallotForValidation = {
  method: BallotMethod.POINTS,
  maxChoices: null,
  pointsTotal: 10,
  pointsPerOptionMax: 6,
  optionIds: options,
};
const approval: BallotForValidation = {
  ...points,
  method: BallotMethod.APPROVAL,
  pointsTotal: null,
  pointsPerOptionMax: null,
  maxChoices: 2,
};
const ranked: BallotForValidation = { ...approval, method: BallotMethod.RANKED, maxChoices: 3 };

const code = (ballot: BallotForValidation, choices: Parameters<typeof validateBallotChoices>[1]) =>
  validateBallotChoices(ballot, choices)?.code ?? null;

describe('validateBallotChoices', () => {
  it('accepts valid ballots of each method', () => {
    expect(
      code(points, [
        { optionId: 'a', points: 6 },
        { optionId: 'b', points: 4 },
        { optionId: 'c', points: 0 },
      ]),
    ).toBeNull();
    expect(code(approval, [{ optionId: 'a' }, { optionId: 'd' }])).toBeNull();
    expect(
      code(ranked, [
        { optionId: 'c', rank: 2 },
        { optionId: 'a', rank: 1 },
      ]),
    ).toBeNull();
  });

  it('names the first rule broken, in a fixed order', () => {
    expect(code(points, [])).toBe('BALLOT_EMPTY');
    expect(code(points, [{ optionId: 'z', points: 1 }])).toBe('BALLOT_UNKNOWN_OPTION');
    expect(
      code(points, [
        { optionId: 'a', points: 1 },
        { optionId: 'a', points: 1 },
      ]),
    ).toBe('BALLOT_DUPLICATE_OPTION');
    expect(code(points, [{ optionId: 'a', points: 1.5 }])).toBe('BAD_USER_INPUT');
    expect(code(points, [{ optionId: 'a', points: 0 }])).toBe('BALLOT_EMPTY');
    expect(code(points, [{ optionId: 'a', points: 7 }])).toBe('BALLOT_POINTS_PER_OPTION_EXCEEDED');
    expect(
      code(points, [
        { optionId: 'a', points: 6 },
        { optionId: 'b', points: 5 },
      ]),
    ).toBe('BALLOT_TOO_MANY_POINTS');
    expect(code(approval, [{ optionId: 'a', points: 1 }])).toBe('BAD_USER_INPUT');
    expect(code(approval, [{ optionId: 'a' }, { optionId: 'b' }, { optionId: 'c' }])).toBe('BALLOT_TOO_MANY_CHOICES');
    expect(
      code(ranked, [
        { optionId: 'a', rank: 1 },
        { optionId: 'b', rank: 1 },
      ]),
    ).toBe('BALLOT_DUPLICATE_RANK');
    expect(
      code(ranked, [
        { optionId: 'a', rank: 1 },
        { optionId: 'b', rank: 3 },
      ]),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(
        ranked,
        options.map((optionId, i) => ({ optionId, rank: i + 1 })),
      ),
    ).toBe('BALLOT_TOO_MANY_CHOICES');
  });

  it('caps choices at the number of options when there is no limit', () => {
    expect(
      code(
        { ...approval, maxChoices: null },
        options.map((optionId) => ({ optionId })),
      ),
    ).toBeNull();
  });
});

describe('validateBallotConfig', () => {
  it('checks the limits each method needs', () => {
    expect(validateBallotConfig(points)).toEqual([]);
    expect(validateBallotConfig({ ...points, pointsTotal: null }).map((p) => p.field)).toEqual(['pointsTotal']);
    expect(validateBallotConfig({ ...points, pointsPerOptionMax: 11 }).map((p) => p.field)).toEqual([
      'pointsPerOptionMax',
    ]);
    expect(validateBallotConfig({ ...approval, maxChoices: 0 }).map((p) => p.field)).toEqual(['maxChoices']);
    expect(validateBallotConfig({ ...ranked, pointsTotal: 3 }).map((p) => p.field)).toEqual(['pointsTotal']);
  });
});

describe('isVotingClosed', () => {
  const phases = [
    { kind: 'PROPOSALS' as const, startsOn: '2026-03-01', endsOn: '2026-03-14' },
    { kind: 'VOTING' as const, startsOn: '2026-03-15', endsOn: '2026-03-31' },
    { kind: 'REPORT' as const, startsOn: '2026-04-10', endsOn: '2026-04-30' },
  ];
  const published = { status: 'PUBLISHED' as const };
  const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

  it('closes after the voting phase, in a gap, later phases and after the end', () => {
    expect(isVotingClosed(published, phases, at('2026-03-20'))).toBe(false);
    expect(isVotingClosed(published, phases, at('2026-04-05'))).toBe(true);
    expect(isVotingClosed(published, phases, at('2026-04-15'))).toBe(true);
    expect(isVotingClosed(published, phases, at('2026-06-01'))).toBe(true);
    expect(isVotingClosed({ status: 'DRAFT' }, phases, at('2026-06-01'))).toBe(false);
  });

  it('closes when the organiser moved on early to a later phase', () => {
    expect(isVotingClosed({ ...published, advancedTo: 'REPORT' }, phases, at('2026-03-20'))).toBe(true);
  });
});

describe('randomReceipt', () => {
  it('makes 10 characters from the unambiguous alphabet', () => {
    let n = 0;
    expect(randomReceipt((max) => n++ % max)).toBe('23456789AB');
    expect(randomReceipt((max) => Math.floor(Math.random() * max))).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
  });
});
