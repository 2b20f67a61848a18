import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import { ConsultationLoaders } from '../consultations/consultations.loaders.js';
import type { ConsultationTimeline } from '../consultations/services/phase-rules.service.js';
import type { Proposal } from '../proposals/models/proposal.model.js';
import { ProposalRepository } from '../proposals/repositories/proposal.repository.js';
import type { BallotOption } from './models/ballot-option.model.js';
import type { Ballot } from './models/ballot.model.js';
import type { CastBallot } from './models/cast-ballot.model.js';
import { BallotTallyRepository, type OptionTallyRow, type RankingRow } from './repositories/ballot-tally.repository.js';
import { BallotRepository } from './repositories/ballot.repository.js';
import { CastBallotRepository } from './repositories/cast-ballot.repository.js';

const BY_CONSULTATION = Symbol('ballot.byConsultation');
const OPTIONS = Symbol('ballot.options');
const COUNTS = Symbol('ballot.counts');
const VIEWER_BALLOT = Symbol('ballot.viewerBallot');
const TALLIES = Symbol('ballot.tallies');
const RANKINGS = Symbol('ballot.rankings');
const HOME_CHAIN = Symbol('ballot.viewerHomeChain');
const PROPOSALS = Symbol('ballot.optionProposals');

/** Batches what ballots need into one statement per relation, however many ballots a request shows. */
@Injectable()
export class BallotLoaders {
  constructor(
    private readonly ballots: BallotRepository,
    private readonly casts: CastBallotRepository,
    private readonly tallies: BallotTallyRepository,
    private readonly consultations: ConsultationLoaders,
    private readonly proposals: ProposalRepository,
  ) {}

  /** The proposals behind options (ACCEPTED ones, public with their consultation). */
  proposal(ctx: RequestContext): DataLoader<string, Proposal | null> {
    return ctx.loaders.get(PROPOSALS, () => new DataLoader((ids: readonly string[]) => this.proposals.byIds(ids)));
  }

  byConsultation(ctx: RequestContext): DataLoader<string, Ballot | null> {
    return ctx.loaders.get(
      BY_CONSULTATION,
      () => new DataLoader((ids: readonly string[]) => this.ballots.byConsultationIds(ids)),
    );
  }

  options(ctx: RequestContext): DataLoader<string, BallotOption[]> {
    return ctx.loaders.get(
      OPTIONS,
      () => new DataLoader((ids: readonly string[]) => this.ballots.optionsByBallotIds(ids)),
    );
  }

  counts(ctx: RequestContext): DataLoader<string, { online: number; paper: number }> {
    return ctx.loaders.get(COUNTS, () => new DataLoader((ids: readonly string[]) => this.casts.counts(ids)));
  }

  /** The logged-in viewer's own ballots (the caller handles anonymous viewers). */
  viewerBallot(ctx: RequestContext, userId: string): DataLoader<string, CastBallot | null> {
    return ctx.loaders.get(
      VIEWER_BALLOT,
      () => new DataLoader((ids: readonly string[]) => this.casts.ofVoter(userId, ids)),
    );
  }

  optionTallies(ctx: RequestContext): DataLoader<string, OptionTallyRow[]> {
    return ctx.loaders.get(TALLIES, () => new DataLoader((ids: readonly string[]) => this.tallies.optionTallies(ids)));
  }

  rankings(ctx: RequestContext): DataLoader<string, RankingRow[]> {
    return ctx.loaders.get(RANKINGS, () => new DataLoader((ids: readonly string[]) => this.tallies.rankings(ids)));
  }

  /** The viewer's home municipality and those above it, once per request. */
  viewerHomeChain(ctx: RequestContext, userId: string): Promise<string[]> {
    return ctx.loaders.memo(HOME_CHAIN, () => this.ballots.homeChain(userId));
  }

  /** The ballot's consultation with its phases, through the consultations' loaders (batched with theirs). */
  async timeline(ctx: RequestContext, consultationId: string): Promise<ConsultationTimeline> {
    const [consultation, phases] = await Promise.all([
      this.consultations.byId(ctx).load(consultationId),
      this.consultations.phasesOf(ctx).load(consultationId),
    ]);
    return { consultation: consultation!, phases };
  }
}
