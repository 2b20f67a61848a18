import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { ConsultationLoaders } from '../consultations/consultations.loaders.js';
import { Consultation } from '../consultations/models/consultation.model.js';
import { Municipality } from '../municipalities/models/municipality.model.js';
import { MunicipalityLoaders } from '../municipalities/municipality.loaders.js';
import { canManageMeeting } from './meetings.policy.js';
import { MeetingLoaders } from './meetings.loaders.js';
import { MeetingAttendee } from './models/meeting-attendee.model.js';
import { MeetingRegistration } from './models/meeting-registration.model.js';
import { Meeting } from './models/meeting.model.js';

@Resolver(() => Meeting)
export class MeetingFieldsResolver {
  constructor(
    private readonly loaders: MeetingLoaders,
    private readonly municipalities: MunicipalityLoaders,
    private readonly accounts: AccountLoaders,
    private readonly consultations: ConsultationLoaders,
    private readonly viewers: ViewerService,
  ) {}

  @ResolveField(() => Int, { description: 'Seats taken.' })
  async registeredCount(@Parent() meeting: Meeting, @Context() ctx: RequestContext): Promise<number> {
    return (await this.loaders.counts(ctx).load(meeting.id)).registeredCount;
  }

  @ResolveField(() => Int, { description: 'People on the waiting list.' })
  async waitingCount(@Parent() meeting: Meeting, @Context() ctx: RequestContext): Promise<number> {
    return (await this.loaders.counts(ctx).load(meeting.id)).waitingCount;
  }

  @ResolveField(() => Boolean)
  cancelled(@Parent() meeting: Meeting): boolean {
    return meeting.cancelledAt !== null;
  }

  @ResolveField(() => MeetingRegistration, { nullable: true, description: "The viewer's seat or queue place, if any." })
  viewerRegistration(@Parent() meeting: Meeting, @Context() ctx: RequestContext): Promise<MeetingRegistration | null> {
    const userId = ctx.auth?.userId;
    if (!userId) return Promise.resolve(null);
    return this.loaders.viewerRegistration(ctx, userId).load(meeting.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may edit, cancel, attach minutes and see attendees.',
  })
  async viewerCanManage(@Parent() meeting: Meeting, @Context() ctx: RequestContext): Promise<boolean> {
    return canManageMeeting(await this.viewers.forRequest(ctx), meeting);
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() meeting: Meeting, @Context() ctx: RequestContext): Promise<Municipality> {
    return (await this.municipalities.byId(ctx).load(meeting.municipalityId))!;
  }

  @ResolveField(() => Consultation, { nullable: true })
  consultation(@Parent() meeting: Meeting, @Context() ctx: RequestContext): Promise<Consultation | null> {
    if (!meeting.consultationId) return Promise.resolve(null);
    return this.consultations.byId(ctx).load(meeting.consultationId);
  }

  @ResolveField(() => UserSummary, { nullable: true })
  organiser(@Parent() meeting: Meeting, @Context() ctx: RequestContext): Promise<UserSummary | null> {
    if (!meeting.organiserId) return Promise.resolve(null);
    return this.accounts.userById(ctx).load(meeting.organiserId);
  }
}

@Resolver(() => MeetingAttendee)
export class MeetingAttendeeFieldsResolver {
  constructor(private readonly accounts: AccountLoaders) {}

  @ResolveField(() => UserSummary)
  async user(@Parent() attendee: MeetingAttendee, @Context() ctx: RequestContext): Promise<UserSummary> {
    return (await this.accounts.userById(ctx).load(attendee.userId))!;
  }
}
