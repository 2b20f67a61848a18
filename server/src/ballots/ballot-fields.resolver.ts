import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BallotEligibility, ConsultationAction, ConsultationPhaseKind, isVotingClosed } from '@ratusz/shared';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { Clock } from '../consultations/clock.js';
import { PhaseRulesService } from '../consultations/services/phase-rules.service.js';
import { Proposal } from '../proposals/models/proposal.model.js';
import { canConfigureBallot, canEnterPaperBallots, canVoteOnBallot } from './ballots.policy.js';
import { BallotLoaders } from './ballots.loaders.js';
import { BallotOption } from './models/ballot-option.model.js';
import { BallotResults } from './models/ballot-results.model.js';
import { Ballot } from './models/ballot.model.js';
import { CastBallot } from './models/cast-ballot.model.js';
import { buildResults, resultsVisible } from './services/ballot-results.js';

@Resolver(() => Ballot)
export class BallotFieldsResolver {
  constructor(
    private readonly loaders: BallotLoaders,
    private readonly viewers: ViewerService,
    private readonly phaseRules: PhaseRulesService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'True once the first ballot is cast: method, options and limits can no longer change.',
  })
  frozen(@Parent() ballot: Ballot): boolean {
    return ballot.frozenAt !== null;
  }

  @ResolveField(() => Boolean, { description: 'The consultation is in VOTING.' })
  async open(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<boolean> {
    const timeline = await this.loaders.timeline(ctx, ballot.consultationId);
    return this.phaseRules.allows(timeline, ConsultationAction.VOTE, this.clock.now());
  }

  @ResolveField(() => Boolean, {
    description: 'Voting has ended (a phase after VOTING reached, or the consultation closed).',
  })
  async closed(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<boolean> {
    const { consultation, phases } = await this.loaders.timeline(ctx, ballot.consultationId);
    return isVotingClosed(consultation, phases, this.clock.now());
  }

  @ResolveField(() => [BallotOption], { description: 'In ballot order.' })
  options(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<BallotOption[]> {
    return this.loaders.options(ctx).load(ballot.id);
  }

  @ResolveField(() => Int, { description: 'People who voted online (a changed ballot counts once).' })
  async ballotsCast(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<number> {
    return (await this.loaders.counts(ctx).load(ballot.id)).online;
  }

  @ResolveField(() => Int, { description: 'Paper ballots entered by officials.' })
  async paperBallots(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<number> {
    return (await this.loaders.counts(ctx).load(ballot.id)).paper;
  }

  @ResolveField(() => CastBallot, { nullable: true, description: "The viewer's own current ballot, null if none." })
  viewerBallot(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<CastBallot | null> {
    const userId = ctx.auth?.userId;
    if (!userId) return Promise.resolve(null);
    return this.loaders.viewerBallot(ctx, userId).load(ballot.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may vote on this ballot by its eligibility (logged in, resident when required).',
  })
  async viewerEligible(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<boolean> {
    const userId = ctx.auth?.userId;
    if (!userId) return false;
    if (ballot.eligibility === BallotEligibility.ANY_REGISTERED) return true;
    return (await this.loaders.viewerHomeChain(ctx, userId)).includes(ballot.municipalityId);
  }

  @ResolveField(() => Boolean, { description: 'Eligible, and voting is open now.' })
  async viewerCanVote(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<boolean> {
    if (!canVoteOnBallot(await this.viewers.forRequest(ctx), ballot)) return false;
    return (await this.viewerEligible(ballot, ctx)) && (await this.open(ballot, ctx));
  }

  @ResolveField(() => Boolean, { description: 'Officials of the municipality, before the first ballot and the close.' })
  async viewerCanConfigure(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<boolean> {
    if (ballot.frozenAt !== null || !canConfigureBallot(await this.viewers.forRequest(ctx), ballot)) return false;
    const timeline = await this.loaders.timeline(ctx, ballot.consultationId);
    return this.phaseRules.stage(timeline, this.clock.now()) !== ConsultationPhaseKind.CLOSED;
  }

  @ResolveField(() => Boolean, { description: 'Officials of the municipality, while the phase allows it.' })
  async viewerCanEnterPaperBallots(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<boolean> {
    if (!canEnterPaperBallots(await this.viewers.forRequest(ctx), ballot)) return false;
    const timeline = await this.loaders.timeline(ctx, ballot.consultationId);
    return this.phaseRules.allows(timeline, ConsultationAction.ENTER_PAPER_BALLOTS, this.clock.now());
  }

  @ResolveField(() => BallotResults, {
    nullable: true,
    description:
      'Null while hidden: AFTER_CLOSE ballots show results only after voting closes, to everyone at once — ' +
      'nobody sees them earlier, not officials, not administrators.',
  })
  async results(@Parent() ballot: Ballot, @Context() ctx: RequestContext): Promise<BallotResults | null> {
    const timeline = await this.loaders.timeline(ctx, ballot.consultationId);
    if (!resultsVisible(ballot, timeline, this.clock.now())) return null;
    const [options, tallies, rankings, counts] = await Promise.all([
      this.loaders.options(ctx).load(ballot.id),
      this.loaders.optionTallies(ctx).load(ballot.id),
      ballot.method === 'RANKED' ? this.loaders.rankings(ctx).load(ballot.id) : Promise.resolve([]),
      this.loaders.counts(ctx).load(ballot.id),
    ]);
    return buildResults(ballot.method, options, tallies, rankings, counts);
  }
}

@Resolver(() => BallotOption)
export class BallotOptionFieldsResolver {
  constructor(private readonly loaders: BallotLoaders) {}

  @ResolveField(() => Proposal, { nullable: true, description: 'The proposal (ACCEPTED_PROPOSALS ballots).' })
  proposal(@Parent() option: BallotOption, @Context() ctx: RequestContext): Promise<Proposal | null> {
    if (!option.proposalId) return Promise.resolve(null);
    return this.loaders.proposal(ctx).load(option.proposalId);
  }
}
