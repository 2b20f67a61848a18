import { stringify } from 'csv-stringify/sync';

/** Excel reads a UTF-8 file as UTF-8 (Polish letters intact) only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: a leading apostrophe stops it being run as a formula. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Rows as a CSV file spreadsheets open right: BOM first, CRLF line ends;
 * quotes, commas and line breaks escaped by csv-stringify. Cells typed by
 * users must go through safeCell first.
 */
export function spreadsheetCsv(records: readonly (readonly string[])[]): string {
  return BOM + stringify(records as string[][], { record_delimiter: '\r\n' });
}

const WARSAW = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-05-14 18:30" in Warsaw time, as people read it in a list or a report. */
export function warsawDateTime(value: Date): string {
  return WARSAW.format(new Date(value));
}
