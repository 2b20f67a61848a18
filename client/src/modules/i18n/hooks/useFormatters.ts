import { useMemo } from 'react';
import { useLanguage } from './useLanguage';

/** Locale-aware formatting of dates for the current language. */
export function useFormatters(): { dateTime: (iso: string) => string; date: (iso: string) => string } {
  const { language } = useLanguage();
  return useMemo(() => {
    const locale = language === 'pl' ? 'pl-PL' : 'en-GB';
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const safe = (format: Intl.DateTimeFormat) => (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
    return { dateTime: safe(dateTimeFormat), date: safe(dateFormat) };
  }, [language]);
}
