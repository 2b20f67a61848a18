import { useMemo } from 'react';
import { CONSULTATION_TIME_ZONE } from '@ratusz/shared';
import { useLanguage } from '../../i18n/hooks/useLanguage';
import type { CalendarMonth } from '../calendar';

export interface ZonedFormat {
  locale: string;
  /** "12 maj 2026, 17:00" */
  dateTime: (iso: string) => string;
  /** "17:00" */
  time: (iso: string) => string;
  /** "wtorek, 12 maja 2026" for a YYYY-MM-DD day. */
  day: (date: string) => string;
  /** "maj 2026" */
  month: (month: CalendarMonth) => string;
  /** "pon." … "niedz.", Monday first, and the full names for screen readers. */
  weekdays: { short: string; long: string }[];
}

/**
 * Dates of meetings and documents in the reader's language but the
 * municipality's time (Europe/Warsaw): a meeting at 17:00 in Ząbki reads
 * 17:00 to someone abroad too, as the poster says.
 */
export function useZonedFormat(): ZonedFormat {
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = language === 'pl' ? 'pl-PL' : 'en-GB';
    const timeZone = CONSULTATION_TIME_ZONE;
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
    // Calendar days are zone-less dates: formatted at UTC noon so no zone moves them.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const weekdayShort = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const safe = (format: Intl.DateTimeFormat) => (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
    // 2024-01-01 was a Monday.
    const weekdays = Array.from({ length: 7 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 0, 1 + i, 12));
      return { short: weekdayShort.format(date), long: weekdayLong.format(date) };
    });
    return {
      locale,
      dateTime: safe(dateTime),
      time: safe(time),
      day: (date: string) => day.format(new Date(`${date}T12:00:00Z`)),
      month: ({ year, month: m }: CalendarMonth) => {
        const text = month.format(new Date(Date.UTC(year, m - 1, 1, 12)));
        // Polish stand-alone month names come lower-case ("maj 2026"): a heading starts with a capital.
        return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
      },
      weekdays,
    };
  }, [language]);
}
