import { Injectable } from '@nestjs/common';
import type { ConsultationEvent, LiveMeeting, MeetingLiveEvent } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { ConsultationEventService } from '../../consultations/services/consultation-event.service.js';
import { RealtimeService } from '../../realtime/realtime.service.js';
import type { Meeting } from '../models/meeting.model.js';
import { RegistrationRepository } from '../repositories/registration.repository.js';

/** What a write collected for pushing after its commit. */
export interface PendingMeetingEvents {
  consultation: ConsultationEvent[];
  municipality: { municipalityId: string; event: MeetingLiveEvent }[];
}

export function noPendingEvents(): PendingMeetingEvents {
  return { consultation: [], municipality: [] };
}

/**
 * Meeting changes, live. A consultation's meeting records its events in the
 * consultation's numbered log (same transaction, pushed after commit), so a
 * consultation page follows one room and one sequence; a meeting outside
 * consultations goes to its municipality's room, unnumbered.
 */
@Injectable()
export class MeetingLiveService {
  constructor(
    private readonly consultationEvents: ConsultationEventService,
    private readonly registrations: RegistrationRepository,
    private readonly realtime: RealtimeService,
  ) {}

  async live(meeting: Meeting, tx: Queryable): Promise<LiveMeeting> {
    const [counts] = await this.registrations.countsByMeetingIds([meeting.id], tx);
    return {
      id: meeting.id,
      municipalityId: meeting.municipalityId,
      consultationId: meeting.consultationId,
      kind: meeting.kind,
      title: meeting.title,
      startsAt: new Date(meeting.startsAt).toISOString(),
      endsAt: new Date(meeting.endsAt).toISOString(),
      address: meeting.address,
      onlineUrl: meeting.onlineUrl,
      capacity: meeting.capacity,
      cancelledAt: meeting.cancelledAt ? new Date(meeting.cancelledAt).toISOString() : null,
      registeredCount: counts.registeredCount,
      waitingCount: counts.waitingCount,
    };
  }

  /** Call inside the writing transaction, after the change. */
  async record(meeting: Meeting, event: MeetingLiveEvent, pending: PendingMeetingEvents, tx: Queryable): Promise<void> {
    if (meeting.consultationId) {
      pending.consultation.push(await this.consultationEvents.record(tx, meeting.consultationId, event));
    } else {
      pending.municipality.push({ municipalityId: meeting.municipalityId, event });
    }
  }

  /** The registration counts as they are now in the transaction. */
  async recordCounts(meeting: Meeting, pending: PendingMeetingEvents, tx: Queryable): Promise<void> {
    const [counts] = await this.registrations.countsByMeetingIds([meeting.id], tx);
    await this.record(
      meeting,
      {
        kind: 'meeting.registrationsChanged',
        meetingId: meeting.id,
        registeredCount: counts.registeredCount,
        waitingCount: counts.waitingCount,
      },
      pending,
      tx,
    );
  }

  /** Call after commit. */
  publish(pending: PendingMeetingEvents): void {
    this.consultationEvents.publish(pending.consultation);
    for (const { municipalityId, event } of pending.municipality) {
      this.realtime.emitToRoom(`municipality:${municipalityId}`, 'municipality.meeting', { ...event, municipalityId });
    }
  }
}
