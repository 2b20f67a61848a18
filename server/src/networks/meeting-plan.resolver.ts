import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { Municipality } from '../municipalities/models/municipality.model.js';
import { MunicipalityLoaders } from '../municipalities/municipality.loaders.js';
import { GenerateMeetingPlanInput } from './dtos/generate-meeting-plan.input.js';
import { NetworkMeetingAttendanceInput } from './dtos/network-meeting-attendance.input.js';
import { NetworkMeetingMinutesInput } from './dtos/network-meeting-minutes.input.js';
import { UpdateNetworkMeetingInput } from './dtos/update-network-meeting.input.js';
import { NetworkMeeting } from './models/network-meeting.model.js';
import { canManageMeetingPlan } from './networks.policy.js';
import { NetworkLoaders } from './networks.loaders.js';
import { MeetingPlanService } from './services/meeting-plan.service.js';

@Authenticated()
@Resolver(() => NetworkMeeting)
export class MeetingPlanResolver {
  constructor(
    private readonly plans: MeetingPlanService,
    private readonly loaders: NetworkLoaders,
    private readonly municipalities: MunicipalityLoaders,
    private readonly viewers: ViewerService,
  ) {}

  @RateLimit('MEETING_PLAN_WRITE')
  @Mutation(() => [NetworkMeeting], {
    description:
      'Replaces the plan with `count` meetings every `intervalWeeks` weeks on working days, hosted by the members in turn.',
  })
  async generateMeetingPlan(
    @Args('input') input: GenerateMeetingPlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkMeeting[]> {
    return this.plans.generate(await this.viewers.forRequest(ctx), input);
  }

  @RateLimit('MEETING_PLAN_WRITE')
  @Mutation(() => NetworkMeeting)
  async updateNetworkMeeting(
    @Args('input') input: UpdateNetworkMeetingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkMeeting> {
    return this.plans.update(await this.viewers.forRequest(ctx), input);
  }

  @RateLimit('MEETING_PLAN_WRITE')
  @Mutation(() => NetworkMeeting)
  async cancelNetworkMeeting(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<NetworkMeeting> {
    return this.plans.cancel(await this.viewers.forRequest(ctx), id);
  }

  @RateLimit('MEETING_PLAN_WRITE')
  @Mutation(() => NetworkMeeting)
  async setNetworkMeetingAttendance(
    @Args('input') input: NetworkMeetingAttendanceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkMeeting> {
    return this.plans.setAttendance(await this.viewers.forRequest(ctx), input.meetingId, input.municipalityIds);
  }

  @RateLimit('MEETING_PLAN_WRITE')
  @Mutation(() => NetworkMeeting)
  async setNetworkMeetingMinutes(
    @Args('input') input: NetworkMeetingMinutesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NetworkMeeting> {
    return this.plans.setMinutes(await this.viewers.forRequest(ctx), input.meetingId, input.minutes);
  }

  @ResolveField(() => Municipality)
  async host(@Parent() meeting: NetworkMeeting, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await this.municipalities.byId(ctx).load(meeting.hostMunicipalityId))!;
  }

  @ResolveField(() => [Municipality], { description: 'Member municipalities that attended, by name.' })
  async attendance(@Parent() meeting: NetworkMeeting, @Ctx() ctx: RequestContext): Promise<Municipality[]> {
    const ids = await this.loaders.attendance(ctx).load(meeting.id);
    const found = await this.municipalities.byId(ctx).loadMany(ids);
    return found.filter((m): m is Municipality => m !== null && !(m instanceof Error));
  }

  @ResolveField(() => Boolean)
  async viewerCanManage(@Parent() meeting: NetworkMeeting, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canManageMeetingPlan(await this.viewers.forRequest(ctx), { id: meeting.networkId });
  }
}
