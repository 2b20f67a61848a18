import { Injectable } from '@nestjs/common';
import { NotificationSubjectKind } from '@ratusz/shared';
import { JobQueueService } from '../../jobs/job-queue.service.js';
import { meetingAttendees, MeetingReminderRepository } from '../repositories/meeting-reminder.repository.js';
import { NotificationService } from './notification.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A reminder a day before each meeting. A scan every ten minutes queues, per
 * meeting and start time, one job that starts a day before (pg-boss
 * `startAfter`); the notification's key (meeting and start time) makes the
 * reminder once per person even if two instances queue it, and a moved
 * meeting gets a reminder for its new time.
 */
@Injectable()
export class MeetingReminderService {
  constructor(
    private readonly meetings: MeetingReminderRepository,
    private readonly notifications: NotificationService,
    private readonly jobs: JobQueueService,
  ) {}

  /** Answers how many reminders were queued (or found queued already). */
  async scheduleDue(): Promise<number> {
    const due = await this.meetings.startingWithin(25);
    for (const meeting of due) {
      const startsAt = meeting.startsAt.toISOString();
      await this.jobs.send(
        'notifications.meeting-reminder',
        { meetingId: meeting.id, startsAt },
        {
          singletonKey: `meeting-reminder:${meeting.id}:${startsAt}`,
          // pg-boss allows at most its archive interval (12 h); the notification key catches any later duplicate.
          singletonSeconds: 6 * 60 * 60,
          startAfter: new Date(Math.max(Date.now(), meeting.startsAt.getTime() - DAY_MS)),
        },
      );
    }
    return due.length;
  }

  async remind(meetingId: string, startsAt: string): Promise<void> {
    const meeting = await this.meetings.byId(meetingId);
    // Called off or moved since the job was queued: the scan queues the new time's reminder.
    if (!meeting || meeting.cancelled || meeting.startsAt.toISOString() !== startsAt) return;
    if (meeting.startsAt.getTime() <= Date.now()) return;
    await this.notifications.notifyFrom(
      {
        actorId: null,
        subjectKind: NotificationSubjectKind.MEETING,
        subjectId: meeting.id,
        consultationId: meeting.consultationId,
        municipalityId: meeting.municipalityId,
        title: meeting.title,
        path: `/spotkania/${encodeURIComponent(meeting.id)}`,
        dedupeKey: `meeting-reminder:${meeting.id}:${startsAt}`,
      },
      meetingAttendees(meeting.id),
    );
  }
}
