import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { CreateSurveyInput, UpdateSurveyInput } from './dtos/create-survey.input.js';
import { SubmitSurveyResponseInput } from './dtos/submit-survey-response.input.js';
import {
  GenerateSurveyCodesArgs,
  HideSurveyAnswerArgs,
  PublishSurveyAsIndicatorArgs,
  SurveysArgs,
} from './dtos/survey.args.js';
import { PublishedSatisfaction, Survey, SurveyConnection, SurveyResults } from './models/survey.model.js';
import { SurveyResponseService } from './services/survey-response.service.js';
import { SurveyResultsService } from './services/survey-results.service.js';
import { SurveyService } from './services/survey.service.js';

@Resolver(() => Survey)
export class SurveysResolver {
  constructor(
    private readonly surveyService: SurveyService,
    private readonly responses: SurveyResponseService,
    private readonly results: SurveyResultsService,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => Survey, { nullable: true, description: 'A published survey, or a draft for its managers.' })
  async survey(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<Survey | null> {
    return this.surveyService.byId(await this.viewers.forRequest(ctx), id);
  }

  @Public()
  @Query(() => SurveyConnection, { description: 'A municipality’s surveys, newest first (drafts for managers).' })
  async surveys(@Args() args: SurveysArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Survey>> {
    return this.surveyService.list(await this.viewers.forRequest(ctx), args);
  }

  @Public()
  @Query(() => SurveyResults, { description: 'Officials and moderators at any time; everyone once it closed.' })
  async surveyResults(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<SurveyResults> {
    return this.results.results(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('SURVEY_WRITE')
  @Mutation(() => Survey, { description: 'A draft survey; officials of the municipality.' })
  async createSurvey(@Args('input') input: CreateSurveyInput, @Ctx() ctx: RequestContext): Promise<Survey> {
    return this.surveyService.create(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('SURVEY_WRITE')
  @Mutation(() => Survey, { description: 'Replaces a draft’s content; SURVEY_PUBLISHED once published.' })
  async updateSurvey(@Args('input') input: UpdateSurveyInput, @Ctx() ctx: RequestContext): Promise<Survey> {
    return this.surveyService.update(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('SURVEY_WRITE')
  @Mutation(() => Survey)
  async publishSurvey(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<Survey> {
    return this.surveyService.publish(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('SURVEY_WRITE')
  @Mutation(() => Survey, { description: 'New single-use codes for a CODE survey (print them from codes.pdf).' })
  async generateSurveyCodes(
    @Args() { surveyId, count }: GenerateSurveyCodesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Survey> {
    return this.surveyService.generateCodes(await this.viewers.forRequest(ctx), surveyId, count);
  }

  @Public()
  @RateLimit('SURVEY_RESPOND')
  @Mutation(() => Boolean, {
    description: 'One response per account (ACCOUNT) or per code (CODE) while open; anonymous with a code.',
  })
  async submitSurveyResponse(
    @Args('input') input: SubmitSurveyResponseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.responses.submit(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('SURVEY_WRITE')
  @Mutation(() => Boolean, { description: 'Hides (or shows again) an open answer; officials and moderators.' })
  async hideSurveyAnswer(
    @Args() { responseId, questionId, hidden }: HideSurveyAnswerArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.results.hideAnswer(await this.viewers.forRequest(ctx), responseId, questionId, hidden);
  }

  @Authenticated()
  @RateLimit('SURVEY_WRITE')
  @Mutation(() => [PublishedSatisfaction], {
    description: 'The mean Likert score per service area becomes the year’s SAT_<AREA> indicator value.',
  })
  async publishSurveyAsIndicator(
    @Args() { surveyId, year }: PublishSurveyAsIndicatorArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<PublishedSatisfaction[]> {
    return this.results.publishAsIndicator(await this.viewers.forRequest(ctx), surveyId, year);
  }
}
