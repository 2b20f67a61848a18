import { safeCell, spreadsheetCsv } from '../common/http/spreadsheet-csv.js';
import type { BallotResults } from './models/ballot-results.model.js';

const VALUE_PL: Record<BallotResults['method'], string> = {
  APPROVAL: 'Głosy',
  POINTS: 'Punkty',
  RANKED: 'Pierwsze preferencje',
};

/**
 * The results as CSV, in Polish (the municipality's language): a row per
 * option in ballot order, online and paper apart and together; for a
 * ranked ballot also the Borda score and Schulze place, then the pairwise
 * matrix. Labels are typed by people (proposal titles), so cells are
 * neutralised against formula injection.
 */
export function ballotResultsCsv(results: BallotResults): string {
  const ranked = results.method === 'RANKED';
  const value = VALUE_PL[results.method];
  const winners = new Set(results.winnerOptionIds);
  const header = [
    'Lp.',
    'Opcja',
    `${value} online`,
    `${value} z kart papierowych`,
    `${value} razem`,
    ...(ranked ? ['Punkty Bordy', 'Miejsce (Schulze)'] : []),
    'Zwycięska',
  ];
  const records: string[][] = [header];
  results.options.forEach((row, index) => {
    records.push([
      String(index + 1),
      safeCell(row.option.label),
      String(row.online),
      String(row.paper),
      String(row.total),
      ...(ranked ? [String(row.bordaScore ?? ''), String(row.schulzeRank ?? '')] : []),
      winners.has(row.option.id) ? 'tak' : 'nie',
    ]);
  });
  records.push([]);
  records.push(['Karty online', String(results.onlineBallots)]);
  records.push(['Karty papierowe', String(results.paperBallots)]);
  records.push(['Razem', String(results.ballots)]);
  if (ranked && results.pairwise) {
    records.push([]);
    records.push(['Porównania parami: ile kart stawia opcję z wiersza wyżej niż opcję z kolumny']);
    records.push(['', ...results.options.map((row) => safeCell(row.option.label))]);
    results.pairwise.forEach((line, i) => {
      records.push([safeCell(results.options[i].option.label), ...line.map((n, j) => (i === j ? '' : String(n)))]);
    });
  }
  return spreadsheetCsv(records);
}
