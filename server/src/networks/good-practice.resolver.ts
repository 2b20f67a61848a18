import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { Municipality, Network } from '../municipalities/models/municipality.model.js';
import { MunicipalityLoaders } from '../municipalities/municipality.loaders.js';
import { CreateGoodPracticeInput } from './dtos/create-good-practice.input.js';
import { GoodPracticesArgs } from './dtos/good-practices.args.js';
import { ReportPracticeTriedInput } from './dtos/report-practice-tried.input.js';
import { GoodPractice, GoodPracticeConnection, GoodPracticeReport } from './models/good-practice.model.js';
import { NetworkLoaders } from './networks.loaders.js';
import { GoodPracticeService } from './services/good-practice.service.js';

@Resolver(() => GoodPractice)
export class GoodPracticeResolver {
  constructor(
    private readonly practices: GoodPracticeService,
    private readonly loaders: NetworkLoaders,
    private readonly municipalities: MunicipalityLoaders,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => GoodPracticeConnection, {
    description: 'The good-practice library across all networks: searched (diacritics optional) or newest first.',
  })
  goodPractices(@Args() args: GoodPracticesArgs): Promise<ConnectionShape<GoodPractice>> {
    return this.practices.list(args);
  }

  @Public()
  @Query(() => GoodPractice, { nullable: true })
  goodPractice(@Args() { id }: IdArgs): Promise<GoodPractice | null> {
    return this.practices.byId(id);
  }

  @Authenticated()
  @RateLimit('PRACTICE_WRITE')
  @Mutation(() => GoodPractice, { description: 'Adds an entry and opens its discussion thread.' })
  async createGoodPractice(
    @Args('input') input: CreateGoodPracticeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GoodPractice> {
    return this.practices.create(await this.viewers.forRequest(ctx), ctx.auth!, input);
  }

  @Authenticated()
  @RateLimit('PRACTICE_WRITE')
  @Mutation(() => GoodPracticeReport, { description: '"We tried it too", for a municipality, by its official.' })
  async reportGoodPracticeTried(
    @Args('input') input: ReportPracticeTriedInput,
    @Ctx() ctx: RequestContext,
  ): Promise<GoodPracticeReport> {
    return this.practices.reportTried(await this.viewers.forRequest(ctx), input);
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() practice: GoodPractice, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await this.municipalities.byId(ctx).load(practice.municipalityId))!;
  }

  @ResolveField(() => Network, { nullable: true })
  network(@Parent() practice: GoodPractice, @Ctx() ctx: RequestContext): Promise<Network | null> | null {
    return practice.networkId ? this.loaders.byId(ctx).load(practice.networkId) : null;
  }

  @ResolveField(() => [GoodPracticeReport], { description: 'Newest first; at most one per municipality.' })
  reports(@Parent() practice: GoodPractice, @Ctx() ctx: RequestContext): Promise<GoodPracticeReport[]> {
    return this.loaders.reports(ctx).load(practice.id);
  }

  @ResolveField(() => Int)
  async reportCount(@Parent() practice: GoodPractice, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.loaders.reports(ctx).load(practice.id)).length;
  }
}

@Resolver(() => GoodPracticeReport)
export class GoodPracticeReportFieldsResolver {
  constructor(private readonly municipalities: MunicipalityLoaders) {}

  @ResolveField(() => Municipality)
  async municipality(@Parent() report: GoodPracticeReport, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await this.municipalities.byId(ctx).load(report.municipalityId))!;
  }
}
