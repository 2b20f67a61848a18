import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { CONSULTATION_TIME_ZONE, type MeetingKind } from '@ratusz/shared';
import type { Meeting } from './models/meeting.model.js';

const KIND_PL: Record<MeetingKind, string> = {
  WORKSHOP: 'Warsztaty',
  STRATEGIC_WORKSHOP: 'Warsztaty strategiczne',
  CONSULTATION_MEETING: 'Spotkanie konsultacyjne',
  CONFERENCE: 'Konferencja',
  EXCHANGE_GROUP_MEETING: 'Spotkanie grupy wymiany doświadczeń',
};

/** The VTIMEZONE block of a zone, so calendar apps need not guess what TZID=Europe/Warsaw means. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/** Markdown is what people wrote; in a calendar's plain-text description it reads fine as it is. */
function description(meeting: Meeting): string {
  const parts = [KIND_PL[meeting.kind]];
  if (meeting.descriptionSource) parts.push(meeting.descriptionSource);
  if (meeting.onlineUrl) parts.push(`Online: ${meeting.onlineUrl}`);
  return parts.join('\n\n');
}

/**
 * An RFC 5545 calendar of meetings: times in Europe/Warsaw with its
 * VTIMEZONE, UIDs that never change (so subscribing apps update events in
 * place), SEQUENCE from the meeting's revision, and cancelled meetings kept
 * as STATUS:CANCELLED so the apps remove them.
 */
export function meetingsCalendar(name: string, meetings: readonly Meeting[], host: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Ratusz', product: 'meetings', language: 'PL' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: CONSULTATION_TIME_ZONE, generator: vtimezone },
    ttl: 3600,
  });
  for (const meeting of meetings) {
    calendar.createEvent({
      id: `meeting-${meeting.id}@${host}`,
      sequence: meeting.revision,
      stamp: new TZDate(new Date(meeting.updatedAt), CONSULTATION_TIME_ZONE),
      start: new TZDate(new Date(meeting.startsAt), CONSULTATION_TIME_ZONE),
      end: new TZDate(new Date(meeting.endsAt), CONSULTATION_TIME_ZONE),
      timezone: CONSULTATION_TIME_ZONE,
      summary: meeting.title,
      description: description(meeting),
      location: meeting.address ?? meeting.onlineUrl ?? null,
      url: meeting.onlineUrl,
      status: meeting.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
