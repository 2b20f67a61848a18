import { stringify } from 'csv-stringify/sync';
import { safeCell } from '../meetings/attendees-csv.js';
import type { ConsultationReport } from './models/consultation-report.model.js';
import { FIGURE_COLUMNS, PHASE_PL, type FigureKey } from './report-labels.js';

/** Excel reads a UTF-8 file as UTF-8 (Polish letters intact) only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/** The participation figures as one table: a row per phase, then the whole consultation ("Razem"). */
export function reportCsv(report: ConsultationReport): string {
  const header = ['Faza', 'Od', 'Do', ...FIGURE_COLUMNS.map((column) => column.label)];
  const phaseRows = report.phases.map((phase) => [
    PHASE_PL[phase.kind],
    phase.startsOn,
    phase.endsOn,
    ...FIGURE_COLUMNS.map((column) => String(phase[column.key])),
  ]);
  const { totals } = report;
  // The same columns for the whole consultation: people once each, every seat and waiting place held.
  const totalFigures: Record<FigureKey, number> = {
    ...totals,
    registrations: totals.registrations + totals.waitingList,
  };
  const totalRow = [
    'Razem',
    report.phases[0]?.startsOn ?? '',
    report.phases.at(-1)?.endsOn ?? '',
    ...FIGURE_COLUMNS.map((column) => String(totalFigures[column.key])),
  ];
  const records = [header, ...phaseRows, totalRow, ...ballotRows(report)].map((row) => row.map(safeCell));
  return BOM + stringify(records, { record_delimiter: '\r\n' });
}

/** The ballot's results under the figures: a blank line, then a row per option (nothing without a ballot). */
function ballotRows(report: ConsultationReport): string[][] {
  const { ballot } = report;
  if (!ballot) return [];
  const rows: string[][] = [
    [],
    ['Głosowanie', `Karty online: ${ballot.voters}`, `Karty papierowe: ${ballot.paperBallots}`],
  ];
  if (ballot.resultsHidden) return [...rows, ['Wyniki nie były jeszcze jawne, gdy powstał raport.']];
  rows.push(['Opcja', 'Online', 'Papier', 'Razem', 'Punkty Bordy', 'Miejsce (Schulze)', 'Zwycięska']);
  for (const option of ballot.options) {
    rows.push([
      option.label,
      String(option.online),
      String(option.paper),
      String(option.total),
      option.bordaScore === null ? '' : String(option.bordaScore),
      option.schulzeRank === null ? '' : String(option.schulzeRank),
      option.winner ? 'tak' : 'nie',
    ]);
  }
  return rows;
}
