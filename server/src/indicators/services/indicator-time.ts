const YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Warsaw', year: 'numeric' });

/** The current year in Poland: a value for a later year is refused as being in the future. */
export function currentWarsawYear(now: Date = new Date()): number {
  return Number(YEAR.format(now));
}
