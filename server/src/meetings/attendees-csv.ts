import { stringify } from 'csv-stringify/sync';
import type { MeetingAttendee } from './models/meeting-attendee.model.js';

/** Excel reads a UTF-8 file as UTF-8 (Polish letters intact) only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: a leading apostrophe stops it being run as a formula. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const HEADER = ['Lp.', 'Imię i nazwisko', 'Nazwa użytkownika', 'Status', 'Miejsce w kolejce', 'Zapis', 'Awans z listy'];

const STATUS_PL: Record<MeetingAttendee['status'], string> = {
  REGISTERED: 'zapisany',
  WAITING: 'lista oczekujących',
};

const WARSAW = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-05-14 18:30" in Warsaw time, as people read it on a list. */
function warsawTime(value: Date | null): string {
  return value ? WARSAW.format(new Date(value)) : '';
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
  return BOM + stringify([HEADER, ...records], { record_delimiter: '\r\n' });
}

/**
 * `Content-Disposition` for a download: an ASCII fallback name for old
 * clients and the real (Polish) name in RFC 5987 `filename*`.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
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
