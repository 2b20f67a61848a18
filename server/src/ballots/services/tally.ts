/**
 * The counting methods as pure functions over option indexes (the order of
 * the ballot's options), so they are tested on published examples apart
 * from the database.
 */

/** Identical rankings counted together: option indexes from first preference on, and how many ballots had it. */
export interface RankingGroup {
  ranking: readonly number[];
  count: number;
}

/**
 * pairwise[i][j]: ballots preferring option i to option j. A ranked option
 * is preferred to every unranked one; unranked options are tied.
 */
export function pairwiseMatrix(optionCount: number, groups: readonly RankingGroup[]): number[][] {
  const matrix = Array.from({ length: optionCount }, () => new Array<number>(optionCount).fill(0));
  for (const { ranking, count } of groups) {
    const place = new Array<number>(optionCount).fill(Number.POSITIVE_INFINITY);
    ranking.forEach((option, index) => {
      place[option] = index;
    });
    for (let i = 0; i < optionCount; i++) {
      for (let j = 0; j < optionCount; j++) {
        if (place[i] < place[j]) matrix[i][j] += count;
      }
    }
  }
  return matrix;
}

export interface SchulzeResult {
  /** strongest[i][j]: the strength of the strongest path from i to j. */
  strongest: number[][];
  /** Options no other option beats (several on a tie; all of them when nobody voted). */
  winners: number[];
  /** 1 + the number of options beating this one: winners are 1, ties share a place. */
  ranks: number[];
}

/** The Schulze method (widest paths, Floyd–Warshall) over a pairwise matrix, link strength = winning votes. */
export function schulze(pairwise: readonly (readonly number[])[]): SchulzeResult {
  const n = pairwise.length;
  const strongest = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i !== j && pairwise[i][j] > pairwise[j][i] ? pairwise[i][j] : 0)),
  );
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      for (let k = 0; k < n; k++) {
        if (k === i || k === j) continue;
        strongest[j][k] = Math.max(strongest[j][k], Math.min(strongest[j][i], strongest[i][k]));
      }
    }
  }
  const beats = (a: number, b: number): boolean => strongest[a][b] > strongest[b][a];
  const ranks = Array.from(
    { length: n },
    (_, i) => 1 + Array.from({ length: n }, (_, j) => j).filter((j) => beats(j, i)).length,
  );
  const winners = ranks.flatMap((rank, i) => (rank === 1 ? [i] : []));
  return { strongest, winners, ranks };
}

/** Borda scores: on each ballot the option ranked r-th (from 1) of n options gets n − r points; unranked ones 0. */
export function bordaScores(optionCount: number, groups: readonly RankingGroup[]): number[] {
  const scores = new Array<number>(optionCount).fill(0);
  for (const { ranking, count } of groups) {
    ranking.forEach((option, index) => {
      scores[option] += (optionCount - 1 - index) * count;
    });
  }
  return scores;
}

/** First preferences per option. */
export function firstPreferences(optionCount: number, groups: readonly RankingGroup[]): number[] {
  const firsts = new Array<number>(optionCount).fill(0);
  for (const { ranking, count } of groups) if (ranking.length > 0) firsts[ranking[0]] += count;
  return firsts;
}

/** The options with the highest total (APPROVAL, POINTS); none while nothing has been given. */
export function highestTotals(totals: readonly number[]): number[] {
  const best = Math.max(0, ...totals);
  if (best === 0) return [];
  return totals.flatMap((total, i) => (total === best ? [i] : []));
}
