import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Queryable } from '../../common/database/sql.js';
import type { Viewer } from '../../common/policy/viewer.js';
import { Clock } from '../../consultations/clock.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import type { BallotResults } from '../models/ballot-results.model.js';
import type { Ballot } from '../models/ballot.model.js';
import { BallotTallyRepository } from '../repositories/ballot-tally.repository.js';
import { BallotRepository } from '../repositories/ballot.repository.js';
import { CastBallotRepository } from '../repositories/cast-ballot.repository.js';
import { resultsHidden } from './ballot-errors.js';
import { buildResults, resultsVisible } from './ballot-results.js';
import { BallotService } from './ballot.service.js';

/** A ballot's section of the consultation report. */
export interface BallotReportSection {
  method: Ballot['method'];
  /** People who voted online. */
  voters: number;
  paperBallots: number;
  /** Per option, in ballot order; empty while the results are hidden. */
  options: {
    label: string;
    online: number;
    paper: number;
    total: number;
    bordaScore: number | null;
    schulzeRank: number | null;
    winner: boolean;
  }[];
  resultsHidden: boolean;
}

/** The results outside GraphQL: the CSV export and the consultation report, under the same visibility rule. */
@Injectable()
export class BallotReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ballots: BallotRepository,
    private readonly casts: CastBallotRepository,
    private readonly tallies: BallotTallyRepository,
    private readonly ballotService: BallotService,
    private readonly phaseRules: PhaseRulesService,
    private readonly clock: Clock,
  ) {}

  /** The ballot and its results for this viewer; BALLOT_RESULTS_HIDDEN while nobody may see them. */
  async requireResults(viewer: Viewer, ballotId: string): Promise<{ ballot: Ballot; results: BallotResults }> {
    const ballot = await this.ballotService.requireVisible(viewer, ballotId);
    const timeline = await this.phaseRules.timeline(ballot.consultationId);
    if (!resultsVisible(ballot, timeline, this.clock.now())) throw resultsHidden();
    return { ballot, results: await this.results(ballot) };
  }

  /** The consultation's ballot for its report (null without a ballot); read in the report's snapshot. */
  async forReport(consultationId: string, tx: Queryable = this.db): Promise<BallotReportSection | null> {
    const [ballot] = await this.ballots.byConsultationIds([consultationId], tx);
    if (!ballot) return null;
    const timeline = await this.phaseRules.timeline(consultationId, tx);
    const visible = resultsVisible(ballot, timeline, this.clock.now());
    const results = await this.results(ballot, tx);
    const winners = new Set(results.winnerOptionIds);
    return {
      method: ballot.method,
      voters: results.onlineBallots,
      paperBallots: results.paperBallots,
      options: visible
        ? results.options.map((o) => ({
            label: o.option.label,
            online: o.online,
            paper: o.paper,
            total: o.total,
            bordaScore: o.bordaScore,
            schulzeRank: o.schulzeRank,
            winner: winners.has(o.option.id),
          }))
        : [],
      resultsHidden: !visible,
    };
  }

  private async results(ballot: Ballot, tx: Queryable = this.db): Promise<BallotResults> {
    // One after another: in the report's transaction all four share one connection, and a pg client given a query
    // while another runs only queues it (deprecated, and gone in pg 9).
    const [options] = await this.ballots.optionsByBallotIds([ballot.id], tx);
    const [tallies] = await this.tallies.optionTallies([ballot.id], tx);
    const [rankings] = ballot.method === 'RANKED' ? await this.tallies.rankings([ballot.id], tx) : [[]];
    const [counts] = await this.casts.counts([ballot.id], tx);
    return buildResults(ballot.method, options, tallies, rankings, counts);
  }
}
