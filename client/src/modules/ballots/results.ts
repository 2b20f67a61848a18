/** One option's line of the results, as the chart and the tables show it. */
export interface ResultRow {
  optionId: string;
  label: string;
  online: number;
  paper: number;
  total: number;
  winner: boolean;
  bordaScore: number | null;
  schulzeRank: number | null;
}

/** Options best first: by Schulze place when ranked, else by total; ties keep the ballot's order. */
export function rankedRows(rows: readonly ResultRow[]): ResultRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const byPlace = (a.row.schulzeRank ?? Infinity) - (b.row.schulzeRank ?? Infinity);
      if (byPlace !== 0 && Number.isFinite(byPlace)) return byPlace;
      return b.row.total - a.row.total || a.index - b.index;
    })
    .map(({ row }) => row);
}
