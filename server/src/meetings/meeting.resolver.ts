import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { CreateMeetingInput } from './dtos/create-meeting.input.js';
import { MeetingArgs } from './dtos/meeting.args.js';
import { MeetingAttendeesArgs } from './dtos/meeting-attendees.args.js';
import { MeetingIdArgs } from './dtos/meeting-id.args.js';
import { MeetingsArgs } from './dtos/meetings.args.js';
import { SetMeetingMinutesInput } from './dtos/set-meeting-minutes.input.js';
import { UpcomingMeetingsArgs } from './dtos/upcoming-meetings.args.js';
import { UpdateMeetingInput } from './dtos/update-meeting.input.js';
import { MeetingAttendeeConnection, type MeetingAttendee } from './models/meeting-attendee.model.js';
import { Meeting, MeetingConnection } from './models/meeting.model.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { MeetingService } from './services/meeting.service.js';
import { RegistrationService } from './services/registration.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly meetingService: MeetingService,
    private readonly registrations: RegistrationService,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => Meeting, { nullable: true })
  async meeting(@Args() { id }: MeetingArgs, @Ctx() ctx: RequestContext): Promise<Meeting | null> {
    return this.meetingService.byId(await this.viewers.forRequest(ctx), id);
  }

  @Public()
  @Query(() => MeetingConnection, {
    description: 'Meetings by start time: a month of the calendar or an agenda (from/to), by place or consultation.',
  })
  async meetings(@Args() args: MeetingsArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Meeting>> {
    return this.meetingService.list(await this.viewers.forRequest(ctx), args);
  }

  @Public()
  @Query(() => [Meeting], { description: "A municipality's next meetings, with those of the municipalities below it." })
  upcomingMeetings(@Args() { municipalityId, first }: UpcomingMeetingsArgs): Promise<Meeting[]> {
    return this.meetingService.upcoming(municipalityId, first);
  }

  @Authenticated()
  @Query(() => MeetingAttendeeConnection, {
    description: "Who is coming and who is waiting; the meeting's managers only.",
  })
  async meetingAttendees(
    @Args() { meetingId, first, after }: MeetingAttendeesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<MeetingAttendee>> {
    return this.registrations.attendees(await this.viewers.forRequest(ctx), meetingId, first, after);
  }

  @Authenticated()
  @RateLimit('MEETING_WRITE')
  @Mutation(() => Meeting)
  async createMeeting(@Args('input') input: CreateMeetingInput, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return this.meetingService.create(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MEETING_WRITE')
  @Mutation(() => Meeting)
  async updateMeeting(@Args('input') input: UpdateMeetingInput, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return this.meetingService.update(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MEETING_WRITE')
  @Mutation(() => Meeting, { description: 'Calls the meeting off; registrations stay, so people can see it.' })
  async cancelMeeting(@Args() { id }: MeetingArgs, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return this.meetingService.cancel(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('MEETING_WRITE')
  @Mutation(() => Meeting, { description: 'Attaches (or replaces) the minutes or outcomes once the meeting started.' })
  async setMeetingMinutes(@Args('input') input: SetMeetingMinutesInput, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return this.meetingService.setMinutes(await this.viewers.forRequest(ctx), input.meetingId, input.minutes);
  }

  @Authenticated()
  @RateLimit('MEETING_REGISTRATION')
  @Mutation(() => Meeting, { description: 'A seat while there are free ones, else a place on the waiting list.' })
  async registerForMeeting(@Args() { meetingId }: MeetingIdArgs, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return this.registrations.register(await this.viewers.forRequest(ctx), meetingId);
  }

  @Authenticated()
  @RateLimit('MEETING_REGISTRATION')
  @Mutation(() => Meeting, {
    description: 'Gives the seat back (the first person waiting gets it) or leaves the queue.',
  })
  async cancelMeetingRegistration(@Args() { meetingId }: MeetingIdArgs, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return this.registrations.cancel(await this.viewers.forRequest(ctx), meetingId);
  }
}
