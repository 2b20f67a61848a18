import { bordaScores, firstPreferences, highestTotals, pairwiseMatrix, schulze, type RankingGroup } from './tally.js';

const [A, B, C, D, E] = [0, 1, 2, 3, 4];

/** Wikipedia, "Schulze method", the example with 45 voters and 5 candidates; the winner is E. */
const WIKIPEDIA: RankingGroup[] = [
  { count: 5, ranking: [A, C, B, E, D] },
  { count: 5, ranking: [A, D, E, C, B] },
  { count: 8, ranking: [B, E, D, A, C] },
  { count: 3, ranking: [C, A, B, E, D] },
  { count: 7, ranking: [C, A, E, B, D] },
  { count: 2, ranking: [C, B, A, D, E] },
  { count: 7, ranking: [D, C, E, B, A] },
  { count: 8, ranking: [E, B, A, D, C] },
];

describe('pairwise matrix', () => {
  it("matches the published example's matrix", () => {
    expect(pairwiseMatrix(5, WIKIPEDIA)).toEqual([
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ]);
  });

  it('prefers a ranked option to unranked ones and leaves unranked ones tied', () => {
    expect(pairwiseMatrix(3, [{ ranking: [B], count: 2 }])).toEqual([
      [0, 0, 0],
      [2, 0, 2],
      [0, 0, 0],
    ]);
  });
});

describe('schulze', () => {
  it('elects E in the published example, with its strongest paths and the order E > A > C > B > D', () => {
    const result = schulze(pairwiseMatrix(5, WIKIPEDIA));
    expect(result.strongest).toEqual([
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ]);
    expect(result.winners).toEqual([E]);
    expect(result.ranks).toEqual([2, 4, 3, 5, 1]);
  });

  it('gives several winners on a tie, and everyone when nobody voted', () => {
    const tie = schulze(
      pairwiseMatrix(3, [
        { ranking: [A, B, C], count: 1 },
        { ranking: [B, A, C], count: 1 },
      ]),
    );
    expect(tie.winners).toEqual([A, B]);
    expect(tie.ranks).toEqual([1, 1, 3]);
    expect(schulze(pairwiseMatrix(3, [])).winners).toEqual([A, B, C]);
  });

  it('resolves a Condorcet cycle by the strongest paths', () => {
    // A>B 7:2 (via 4+3), B>C 6:3, C>A 5:4: the weakest link is C>A, so A wins.
    const result = schulze(
      pairwiseMatrix(3, [
        { ranking: [A, B, C], count: 4 },
        { ranking: [B, C, A], count: 2 },
        { ranking: [C, A, B], count: 3 },
      ]),
    );
    expect(result.winners).toEqual([A]);
  });
});

describe('borda and first preferences', () => {
  it('scores n − rank and counts first places', () => {
    const groups = [
      { ranking: [A, B, C], count: 2 },
      { ranking: [C], count: 1 },
    ];
    expect(bordaScores(3, groups)).toEqual([4, 2, 2]);
    expect(firstPreferences(3, groups)).toEqual([2, 0, 1]);
    // With complete rankings a Borda score is the row sum of the pairwise matrix.
    expect(bordaScores(5, WIKIPEDIA)).toEqual([98, 92, 89, 69, 102]);
  });
});

describe('approval and points winners', () => {
  it('gives the highest totals, several on a tie, none before any vote', () => {
    expect(highestTotals([3, 7, 7, 1])).toEqual([1, 2]);
    expect(highestTotals([0, 5, 0])).toEqual([1]);
    expect(highestTotals([0, 0])).toEqual([]);
  });
});
