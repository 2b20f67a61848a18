import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsultationContentCounts } from './models/consultation-content-counts.model.js';
import type { ConsultationAction as Action, ConsultationPhaseKind as PhaseKind } from '@ratusz/shared';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { ForumThread } from '../forum/models/forum.model.js';
import { Municipality, ServiceArea } from '../municipalities/models/municipality.model.js';
import { MunicipalityLoaders } from '../municipalities/municipality.loaders.js';
import { canManageConsultation } from './consultations.policy.js';
import { ConsultationLoaders } from './consultations.loaders.js';
import { ConsultationBySlugArgs } from './dtos/consultation-by-slug.args.js';
import { ConsultationEventsArgs } from './dtos/consultation-events.args.js';
import { ConsultationsArgs } from './dtos/consultations.args.js';
import { CreateConsultationInput } from './dtos/create-consultation.input.js';
import { SetConsultationPhasesInput } from './dtos/set-consultation-phases.input.js';
import { UpdateConsultationInput } from './dtos/update-consultation.input.js';
import { ConsultationAction, ConsultationPhaseKind } from './models/consultation-enums.js';
import { ConsultationEventRecord } from './models/consultation-event-record.model.js';
import { ConsultationPhase } from './models/consultation-phase.model.js';
import { Consultation, ConsultationConnection } from './models/consultation.model.js';
import { ConsultationEventService, MAX_CONSULTATION_REPLAY } from './services/consultation-event.service.js';
import { ConsultationFollowService } from './services/consultation-follow.service.js';
import { ConsultationTimelineService } from './services/consultation-timeline.service.js';
import { ConsultationService } from './services/consultation.service.js';
import { PhaseRulesService, type ConsultationTimeline } from './services/phase-rules.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

@Resolver(() => Consultation)
export class ConsultationResolver {
  constructor(
    private readonly service: ConsultationService,
    private readonly timelines: ConsultationTimelineService,
    private readonly follows: ConsultationFollowService,
    private readonly events: ConsultationEventService,
    private readonly rules: PhaseRulesService,
    private readonly viewers: ViewerService,
    private readonly loaders: ConsultationLoaders,
    private readonly municipalities: MunicipalityLoaders,
    private readonly accounts: AccountLoaders,
  ) {}

  @Public()
  @Query(() => Consultation, {
    nullable: true,
    description: 'Null when there is none, or it is a draft you do not manage.',
  })
  async consultation(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<Consultation | null> {
    return this.service.find(await this.viewers.forRequest(ctx), id);
  }

  @Public()
  @Query(() => Consultation, { nullable: true })
  async consultationBySlug(
    @Args() args: ConsultationBySlugArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Consultation | null> {
    return this.service.bySlug(await this.viewers.forRequest(ctx), args.municipalityId, args.slug);
  }

  @Public()
  @Query(() => ConsultationConnection, { description: 'Newest first; drafts only for those who manage them.' })
  async consultations(
    @Args() args: ConsultationsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Consultation>> {
    return this.service.list(await this.viewers.forRequest(ctx), args);
  }

  @Public()
  @Query(() => [ConsultationEventRecord], {
    description: `Live events of a consultation after a sequence number, oldest first (at most ${MAX_CONSULTATION_REPLAY}), for catching up after a reconnect.`,
  })
  async consultationEvents(@Args() args: ConsultationEventsArgs, @Ctx() ctx: RequestContext) {
    const viewer = await this.viewers.forRequest(ctx);
    const consultation = await this.service.getVisible(viewer, args.consultationId);
    return this.events.sinceFor(viewer, consultation, args.afterSeq);
  }

  @Authenticated()
  @RateLimit('CONSULTATION_WRITE')
  @Mutation(() => Consultation, { description: 'A new DRAFT consultation (officials of the municipality).' })
  async createConsultation(@Args('input') input: CreateConsultationInput, @Ctx() ctx: RequestContext) {
    return this.service.create(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('CONSULTATION_WRITE')
  @Mutation(() => Consultation)
  async updateConsultation(@Args('input') input: UpdateConsultationInput, @Ctx() ctx: RequestContext) {
    return this.service.update(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('CONSULTATION_WRITE')
  @Mutation(() => Consultation, {
    description: 'Replaces the timeline; once published, phases that already ended cannot change.',
  })
  async setConsultationPhases(@Args('input') input: SetConsultationPhasesInput, @Ctx() ctx: RequestContext) {
    return this.timelines.setPhases(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('CONSULTATION_WRITE')
  @Mutation(() => Consultation, { description: 'Makes a draft public and opens its discussion thread.' })
  async publishConsultation(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext) {
    return this.service.publish(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('CONSULTATION_WRITE')
  @Mutation(() => Consultation, { description: 'Moves on early: the next phase starts now.' })
  async advanceConsultationPhase(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext) {
    return this.timelines.advance(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('FOLLOW')
  @Mutation(() => Consultation)
  async followConsultation(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext) {
    return this.follows.follow(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('FOLLOW')
  @Mutation(() => Consultation)
  async unfollowConsultation(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext) {
    return this.follows.unfollow(await this.viewers.forRequest(ctx), id);
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await this.municipalities.byId(ctx).load(consultation.municipalityId))!;
  }

  @ResolveField(() => [ServiceArea])
  serviceAreas(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<ServiceArea[]> {
    return this.loaders.serviceAreasOf(ctx).load(consultation.id);
  }

  @ResolveField(() => [ConsultationPhase], { description: 'The timeline, in order.' })
  async phases(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<ConsultationPhase[]> {
    const timeline = await this.timeline(consultation, ctx);
    const current = this.rules.current(timeline);
    return timeline.phases.map((phase) => ({ ...phase, isCurrent: phase === current }));
  }

  @ResolveField(() => ConsultationPhaseKind, {
    nullable: true,
    description: 'DRAFT, the running phase, CLOSED after the last; null before the first phase or between phases.',
  })
  async currentPhase(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<PhaseKind | null> {
    return this.rules.stage(await this.timeline(consultation, ctx));
  }

  @ResolveField(() => [ConsultationAction], { description: 'What the current phase allows (the phase rules).' })
  async allowedActions(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<Action[]> {
    return this.rules.allowedActions(await this.timeline(consultation, ctx));
  }

  @ResolveField(() => UserSummary, { nullable: true })
  organiser(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<UserSummary | null> | null {
    return consultation.organiserId ? this.accounts.userById(ctx).load(consultation.organiserId) : null;
  }

  @ResolveField(() => Int)
  followerCount(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<number> {
    return this.loaders.followerCount(ctx).load(consultation.id);
  }

  @ResolveField(() => Boolean, { description: 'False when logged out.' })
  async viewerFollows(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<boolean> {
    const userId = ctx.auth?.userId;
    return userId ? this.loaders.viewerFollows(ctx, userId).load(consultation.id) : false;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit, publish and move this consultation on.' })
  async viewerCanManage(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canManageConsultation(await this.viewers.forRequest(ctx), consultation);
  }

  @ResolveField(() => ConsultationContentCounts)
  contentCounts(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<ConsultationContentCounts> {
    return this.loaders.contentCounts(ctx).load(consultation.id);
  }

  @ResolveField(() => ForumThread, { nullable: true, description: 'The debate about this consultation.' })
  discussionThread(@Parent() consultation: Consultation, @Ctx() ctx: RequestContext): Promise<ForumThread | null> {
    return this.loaders.discussionThread(ctx).load(consultation.id);
  }

  private async timeline(consultation: Consultation, ctx: RequestContext): Promise<ConsultationTimeline> {
    return { consultation, phases: await this.loaders.phasesOf(ctx).load(consultation.id) };
  }
}
