/** A calendar day (YYYY-MM-DD) as people read it, e.g. "poniedziałek, 1 marca 2027"; no time zone moves it. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}
