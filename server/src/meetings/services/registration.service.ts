import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConsultationAction, ErrorCode, FieldErrorCode, MeetingRegistrationStatus } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { Clock } from '../../consultations/clock.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import { canRegisterForMeeting, canSeeAttendees, canViewMeeting } from '../meetings.policy.js';
import type { MeetingAttendee } from '../models/meeting-attendee.model.js';
import type { Meeting } from '../models/meeting.model.js';
import { MeetingRepository } from '../repositories/meeting.repository.js';
import { RegistrationRepository, type AttendeeCursor } from '../repositories/registration.repository.js';
import { MeetingLiveService, noPendingEvents } from './meeting-live.service.js';
import { meetingCancelled, MeetingService } from './meeting.service.js';

/** The most attendees one CSV export holds; a bigger meeting is not one the platform is for. */
const MAX_ATTENDEE_EXPORT = 20_000;

/**
 * Seats and the waiting list. Every change takes the meeting's row lock
 * first, so counting free seats, inserting and promoting are one step: a
 * freed seat goes to exactly one waiting person, however many people
 * register and cancel at the same moment.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: MeetingRepository,
    private readonly registrations: RegistrationRepository,
    private readonly meetingService: MeetingService,
    private readonly phaseRules: PhaseRulesService,
    private readonly live: MeetingLiveService,
    private readonly clock: Clock,
  ) {}

  async register(viewer: Viewer, meetingId: string): Promise<Meeting> {
    requireUser(viewer);
    const pending = noPendingEvents();
    const meeting = await this.db.transaction(async (tx) => {
      const meeting = await this.lockVisible(viewer, meetingId, tx);
      requireAccess(canRegisterForMeeting(viewer, meeting));
      this.requireOpen(meeting);
      if (meeting.consultationId) {
        await this.phaseRules.require(meeting.consultationId, ConsultationAction.REGISTER_FOR_MEETING, { tx });
      }
      const [counts] = await this.registrations.countsByMeetingIds([meeting.id], tx);
      // Nobody jumps the queue: a seat is free only when no one is waiting for it.
      const seatFree =
        meeting.capacity === null || (counts.waitingCount === 0 && counts.registeredCount < meeting.capacity);
      const status = seatFree ? MeetingRegistrationStatus.REGISTERED : MeetingRegistrationStatus.WAITING;
      if (!(await this.registrations.insert(meeting.id, viewer.userId, status, tx))) {
        throw new DomainError(ErrorCode.ALREADY_REGISTERED, 'You are already registered for this meeting.');
      }
      await this.live.recordCounts(meeting, pending, tx);
      return meeting;
    });
    this.live.publish(pending);
    return meeting;
  }

  /** Gives the seat (or the place in the queue) back; a freed seat goes to the first person waiting. */
  async cancel(viewer: Viewer, meetingId: string): Promise<Meeting> {
    requireUser(viewer);
    const pending = noPendingEvents();
    const meeting = await this.db.transaction(async (tx) => {
      const meeting = await this.lockVisible(viewer, meetingId, tx);
      if (new Date(meeting.startsAt).getTime() <= this.clock.now().getTime()) throw meetingPast();
      const removed = await this.registrations.delete(meeting.id, viewer.userId, tx);
      if (removed === null) {
        throw new DomainError(ErrorCode.NOT_REGISTERED, 'You are not registered for this meeting.');
      }
      if (removed === MeetingRegistrationStatus.REGISTERED) await this.meetingService.fillSeats(meeting, tx);
      await this.live.recordCounts(meeting, pending, tx);
      return meeting;
    });
    this.live.publish(pending);
    return meeting;
  }

  async attendees(
    viewer: Viewer,
    meetingId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<ConnectionShape<MeetingAttendee>> {
    const meeting = await this.meetingService.requireVisible(viewer, meetingId);
    requireAccess(canSeeAttendees(viewer, meeting), "Only the meeting's organisers can see who is coming.");
    const found = await this.registrations.attendees(meeting.id, first + 1, attendeeCursor(after));
    return toConnection(found, first, (a) => [
      `${a.status === MeetingRegistrationStatus.WAITING ? 1 : 0}|${new Date(a.registeredAt).toISOString()}`,
      a.userId,
    ]);
  }

  /** The whole list for the CSV export, seats first. */
  async allAttendees(viewer: Viewer, meetingId: string): Promise<{ meeting: Meeting; attendees: MeetingAttendee[] }> {
    const meeting = await this.meetingService.requireVisible(viewer, meetingId);
    requireAccess(canSeeAttendees(viewer, meeting), "Only the meeting's organisers can see who is coming.");
    return { meeting, attendees: await this.registrations.attendees(meeting.id, MAX_ATTENDEE_EXPORT, null) };
  }

  private async lockVisible(viewer: Viewer, meetingId: string, tx: Queryable): Promise<Meeting> {
    const meeting = await this.meetings.lockById(meetingId, tx);
    if (!meeting || !canViewMeeting(viewer, meeting)) throw DomainError.notFound('The meeting');
    return meeting;
  }

  private requireOpen(meeting: Meeting): void {
    if (meeting.cancelledAt) throw meetingCancelled();
    if (new Date(meeting.startsAt).getTime() <= this.clock.now().getTime()) throw meetingPast();
  }
}

function meetingPast(): DomainError {
  return new DomainError(ErrorCode.MEETING_PAST, 'The meeting has already started; registrations are closed.');
}

function attendeeCursor(after: string | null | undefined): AttendeeCursor | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [rank, registeredAt] = String(key[0]).split('|');
  if ((rank !== '0' && rank !== '1') || !registeredAt || Number.isNaN(Date.parse(registeredAt))) {
    throw DomainError.badInput([{ field: 'after', code: FieldErrorCode.INVALID }], 'The page cursor is not valid.');
  }
  return { rank: rank === '1' ? 1 : 0, registeredAt, userId: key[1] };
}
