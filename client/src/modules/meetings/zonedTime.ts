import { CONSULTATION_TIME_ZONE } from '@ratusz/shared';

/*
 * Meetings are entered and shown in the municipality's time (Europe/Warsaw),
 * whatever zone the organiser's computer is set to. A datetime-local input
 * speaks `YYYY-MM-DDTHH:mm` without a zone; these convert it to and from
 * an instant.
 */

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const formats = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An instant as the zone's wall-clock time, in the shape of a datetime-local input. */
export function toZonedInput(iso: string, timeZone: string = CONSULTATION_TIME_ZONE): string {
  const p = partsIn(new Date(iso), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The instant a wall-clock time in the zone stands for; null when the text is
 * not a datetime-local value. A time skipped by a DST change moves forward an hour.
 */
export function fromZonedInput(value: string, timeZone: string = CONSULTATION_TIME_ZONE): Date | null {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wanted)) return null;
  const offsetAt = (instant: number) => {
    const p = partsIn(new Date(instant), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - instant;
  };
  // The offset at the naive instant is right unless a DST change lies between; one correction settles it.
  let instant = wanted - offsetAt(wanted);
  instant = wanted - offsetAt(instant);
  return new Date(instant);
}
