import { describe, expect, it } from '@jest/globals';
import { validateBallotChoices } from '@ratusz/shared';
import { choicesDraft, draftChoices, EMPTY_DRAFT, pointsGiven } from './choices';

const ballot = {
  method: 'POINTS' as const,
  maxChoices: null,
  pointsTotal: 10,
  pointsPerOptionMax: 6,
  optionIds: ['a', 'b', 'c'],
};

describe('ballot drafts', () => {
  it('sends only the options given points, and keeps malformed points for the rules to name', () => {
    const draft = { ...EMPTY_DRAFT, points: { a: '4', b: '', c: '0' } };
    expect(draftChoices('POINTS', draft)).toEqual([{ optionId: 'a', points: 4 }]);
    expect(validateBallotChoices(ballot, draftChoices('POINTS', draft))).toBeNull();
    const malformed = { ...EMPTY_DRAFT, points: { a: '2.5' } };
    expect(validateBallotChoices(ballot, draftChoices('POINTS', malformed))?.code).toBe('BAD_USER_INPUT');
  });

  it('names the per-option limit before the total, as the server does', () => {
    const draft = { ...EMPTY_DRAFT, points: { a: '7', b: '5' } };
    expect(pointsGiven(draft)).toBe(12);
    expect(validateBallotChoices(ballot, draftChoices('POINTS', draft))).toMatchObject({
      code: 'BALLOT_POINTS_PER_OPTION_EXCEEDED',
      optionId: 'a',
      limit: 6,
    });
  });

  it('numbers a ranking from 1 and reads a recorded one back in order', () => {
    const choices = draftChoices('RANKED', { ...EMPTY_DRAFT, ranking: ['c', 'a'] });
    expect(choices).toEqual([
      { optionId: 'c', rank: 1 },
      { optionId: 'a', rank: 2 },
    ]);
    expect(choicesDraft('RANKED', [...choices].reverse()).ranking).toEqual(['c', 'a']);
  });
});
