import type { TextLimits } from './rules/limits.js';

/** What kind of gathering a meeting is; the calendar and the iCal feeds show it. */
export const MeetingKind = {
  WORKSHOP: 'WORKSHOP',
  STRATEGIC_WORKSHOP: 'STRATEGIC_WORKSHOP',
  CONSULTATION_MEETING: 'CONSULTATION_MEETING',
  CONFERENCE: 'CONFERENCE',
  EXCHANGE_GROUP_MEETING: 'EXCHANGE_GROUP_MEETING',
} as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];

/** A seat (REGISTERED) or a place in the queue for one (WAITING). */
export const MeetingRegistrationStatus = {
  REGISTERED: 'REGISTERED',
  WAITING: 'WAITING',
} as const;
export type MeetingRegistrationStatus = (typeof MeetingRegistrationStatus)[keyof typeof MeetingRegistrationStatus];

/** A meeting's title. */
export const MEETING_TITLE_LIMITS = { min: 2, max: 200 } as const satisfies TextLimits;
/** A meeting's description (Markdown), which may be empty. */
export const MEETING_DESCRIPTION_LIMITS = { min: 0, max: 20_000 } as const satisfies TextLimits;
/** The minutes or outcomes written after a meeting (Markdown). */
export const MEETING_MINUTES_LIMITS = { min: 1, max: 50_000 } as const satisfies TextLimits;
/** Where it takes place, as people would write it on a poster. */
export const MEETING_ADDRESS_LIMITS = { min: 0, max: 300 } as const satisfies TextLimits;
/** The link to an online meeting (http or https only). */
export const MEETING_URL_LIMITS = { min: 0, max: 2_000 } as const satisfies TextLimits;
/** Seats: at least one; no limit at all is written as no capacity. */
export const MEETING_CAPACITY_LIMITS = { min: 1, max: 100_000 } as const;
/** A meeting lasts at most this long (a conference over a few days). */
export const MEETING_MAX_DURATION_DAYS = 14;

/** Whether an online meeting's link is one a browser opens safely: absolute http(s) only. */
export function isMeetingUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** A meeting as pushed live; the same fields as the GraphQL `Meeting` the client caches. */
export interface LiveMeeting {
  id: string;
  municipalityId: string;
  consultationId: string | null;
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  address: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  cancelledAt: string | null;
  registeredCount: number;
  waitingCount: number;
}

/** The payload of each meeting event kind (the consultation's event map lists them too). */
export interface MeetingEventPayloads {
  /** A meeting was scheduled. */
  'meeting.created': { meeting: LiveMeeting };
  /** A meeting's details changed, it was cancelled, or its minutes were attached. */
  'meeting.updated': { meeting: LiveMeeting };
  /** Someone registered, cancelled or was promoted from the waiting list; the counts are the new totals. */
  'meeting.registrationsChanged': { meetingId: string; registeredCount: number; waitingCount: number };
}

/**
 * What changes a meeting, live. In a consultation's room these are part of
 * the consultation's numbered events; in a municipality's room (meetings
 * outside consultations) they come without a sequence.
 */
export type MeetingLiveEvent = {
  [K in keyof MeetingEventPayloads]: { kind: K } & MeetingEventPayloads[K];
}[keyof MeetingEventPayloads];

/** A municipality-only meeting's change, pushed to `municipality:<id>`. */
export type MunicipalityMeetingEvent = MeetingLiveEvent & { municipalityId: string };
