import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { BallotArgs } from './dtos/ballot.args.js';
import { BallotReceiptsArgs } from './dtos/ballot-receipts.args.js';
import { CastBallotInput } from './dtos/cast-ballot.input.js';
import { ConfigureBallotInput } from './dtos/configure-ballot.input.js';
import { EnterPaperBallotsInput } from './dtos/enter-paper-ballots.input.js';
import { BallotReceiptConnection } from './models/ballot-receipt-connection.model.js';
import { Ballot } from './models/ballot.model.js';
import { CastBallot } from './models/cast-ballot.model.js';
import { BallotService } from './services/ballot.service.js';
import { BallotVotingService } from './services/ballot-voting.service.js';

@Resolver(() => Ballot)
export class BallotResolver {
  constructor(
    private readonly ballots: BallotService,
    private readonly voting: BallotVotingService,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => Ballot, { nullable: true, description: "The consultation's ballot; null when it has none." })
  async ballot(@Args() { consultationId }: BallotArgs, @Ctx() ctx: RequestContext): Promise<Ballot | null> {
    return this.ballots.forConsultation(await this.viewers.forRequest(ctx), consultationId);
  }

  @Public()
  @Query(() => BallotReceiptConnection, {
    description:
      'The receipts of the ballots counted online, alphabetically, so voters find theirs; only after the close ' +
      '(BALLOT_RESULTS_HIDDEN before).',
  })
  async ballotReceipts(
    @Args() { ballotId, first, after }: BallotReceiptsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<BallotReceiptConnection> {
    return this.ballots.receipts(await this.viewers.forRequest(ctx), ballotId, first, after);
  }

  @Authenticated()
  @RateLimit('BALLOT_CONFIGURE')
  @Mutation(() => Ballot, {
    description:
      "Creates the consultation's ballot or replaces its configuration (options rebuilt from the source); " +
      'BALLOT_FROZEN once a ballot has been cast.',
  })
  async configureBallot(@Args('input') input: ConfigureBallotInput, @Ctx() ctx: RequestContext): Promise<Ballot> {
    return this.ballots.configure(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('BALLOT_CAST')
  @Mutation(() => CastBallot, {
    description:
      "Casts the viewer's ballot in VOTING, replacing the previous one (the latest counts; the receipt stays).",
  })
  async castBallot(@Args('input') input: CastBallotInput, @Ctx() ctx: RequestContext): Promise<CastBallot> {
    return this.voting.cast({ userId: ctx.auth?.userId ?? null, load: () => this.viewers.forRequest(ctx) }, input);
  }

  @Authenticated()
  @RateLimit('BALLOT_PAPER_ENTRY')
  @Mutation(() => Ballot, {
    description: 'Officials enter paper ballots collected at meetings (VOTING, or REPORT for late counting).',
  })
  async enterPaperBallots(@Args('input') input: EnterPaperBallotsInput, @Ctx() ctx: RequestContext): Promise<Ballot> {
    return this.voting.enterPaper(await this.viewers.forRequest(ctx), input);
  }
}
