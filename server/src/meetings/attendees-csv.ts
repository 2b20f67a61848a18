import { safeCell, spreadsheetCsv, warsawDateTime } from '../common/http/spreadsheet-csv.js';
import type { MeetingAttendee } from './models/meeting-attendee.model.js';

// Reports import it from here; it lives in common/http now.
export { safeCell } from '../common/http/spreadsheet-csv.js';

const HEADER = ['Lp.', 'Imię i nazwisko', 'Nazwa użytkownika', 'Status', 'Miejsce w kolejce', 'Zapis', 'Awans z listy'];

const STATUS_PL: Record<MeetingAttendee['status'], string> = {
  REGISTERED: 'zapisany',
  WAITING: 'lista oczekujących',
};

function warsawTime(value: Date | null): string {
  return value ? warsawDateTime(value) : '';
}

/**
 * The attendee list as CSV for the organisers, in Polish (the municipality's
 * language): seats first, then the waiting list. Quotes, commas and line
 * breaks are escaped by csv-stringify; cells are neutralised against
 * formula injection, since names are typed by users.
 */
export function attendeesCsv(attendees: readonly MeetingAttendee[]): string {
  const records = attendees.map((attendee, index) => [
    String(index + 1),
    safeCell(attendee.displayName),
    safeCell(attendee.handle),
    STATUS_PL[attendee.status],
    attendee.waitingPosition === null ? '' : String(attendee.waitingPosition),
    warsawTime(attendee.registeredAt),
    warsawTime(attendee.promotedAt),
  ]);
  return spreadsheetCsv([HEADER, ...records]);
}

/** "uczestnicy-warsztaty-strategiczne-2026-05-14.csv": readable, safe in every file system. */
export function attendeesFileName(meeting: { title: string; startsAt: Date }): string {
  const day = new Date(meeting.startsAt).toISOString().slice(0, 10);
  const slug = meeting.title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `uczestnicy-${slug || 'spotkanie'}-${day}.csv`;
}
