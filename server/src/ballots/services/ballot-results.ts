import { BallotMethod, isVotingClosed, BallotResultsVisibility } from '@ratusz/shared';
import type { ConsultationTimeline } from '../../consultations/services/phase-rules.service.js';
import type { BallotOption } from '../models/ballot-option.model.js';
import type { BallotResults } from '../models/ballot-results.model.js';
import type { OptionTallyRow, RankingRow } from '../repositories/ballot-tally.repository.js';
import { bordaScores, highestTotals, pairwiseMatrix, schulze, type RankingGroup } from './tally.js';

/**
 * Whether anyone may see the results now: always for LIVE ballots, after
 * the close for the others. There is no exception for officials or
 * administrators: hidden results are hidden from everyone.
 */
export function resultsVisible(
  ballot: { resultsVisibility: BallotResultsVisibility },
  timeline: ConsultationTimeline,
  now: Date,
): boolean {
  return (
    ballot.resultsVisibility === BallotResultsVisibility.LIVE ||
    isVotingClosed(timeline.consultation, timeline.phases, now)
  );
}

/** The results from the stored tallies; options in ballot order. */
export function buildResults(
  method: BallotMethod,
  options: readonly BallotOption[],
  tallies: readonly OptionTallyRow[],
  rankings: readonly RankingRow[],
  counts: { online: number; paper: number },
): BallotResults {
  const index = new Map(options.map((option, i) => [option.id, i]));
  const online = new Array<number>(options.length).fill(0);
  const paper = new Array<number>(options.length).fill(0);
  for (const row of tallies) {
    const i = index.get(row.optionId);
    if (i === undefined) continue;
    const value =
      method === BallotMethod.APPROVAL ? row.choices : method === BallotMethod.POINTS ? row.points : row.firsts;
    (row.paper ? paper : online)[i] += value;
  }
  const totals = online.map((value, i) => value + paper[i]);

  let pairwise: number[][] | null = null;
  let borda: number[] | null = null;
  let schulzeRanks: number[] | null = null;
  let winners: number[];
  if (method === BallotMethod.RANKED) {
    const groups: RankingGroup[] = rankings.map((row) => ({
      ranking: row.ranking.map((id) => index.get(id)).filter((i): i is number => i !== undefined),
      count: row.count,
    }));
    pairwise = pairwiseMatrix(options.length, groups);
    borda = bordaScores(options.length, groups);
    const result = schulze(pairwise);
    schulzeRanks = result.ranks;
    // Before the first ballot every option "wins" a vote nobody cast; say there is no winner yet.
    winners = counts.online + counts.paper === 0 ? [] : result.winners;
  } else {
    winners = highestTotals(totals);
  }

  return {
    method,
    ballots: counts.online + counts.paper,
    onlineBallots: counts.online,
    paperBallots: counts.paper,
    options: options.map((option, i) => ({
      option,
      online: online[i],
      paper: paper[i],
      total: totals[i],
      bordaScore: borda ? borda[i] : null,
      schulzeRank: schulzeRanks ? schulzeRanks[i] : null,
    })),
    pairwise,
    winnerOptionIds: winners.map((i) => options[i].id),
  };
}
