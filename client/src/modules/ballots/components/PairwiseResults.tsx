import { useTranslation } from 'react-i18next';
import { rankedRows, type ResultRow } from '../results';

/**
 * A ranked ballot's outcome: the Schulze ranking as an ordered list, then the
 * pairwise matrix as a real table (row and column headers are the options),
 * wins in bold and said in the caption, so nothing rests on colour.
 */
export function PairwiseResults({
  rows,
  pairwise,
}: {
  rows: readonly ResultRow[];
  pairwise: readonly (readonly number[])[];
}) {
  const { t } = useTranslation();
  const ranking = rankedRows(rows);
  return (
    <>
      <h4 id="ballot-ranking-heading">{t('ballots.results.rankingHeading')}</h4>
      <ol className="ballot-result-ranking" aria-labelledby="ballot-ranking-heading" data-testid="schulze-ranking">
        {ranking.map((row) => (
          <li key={row.optionId} value={row.schulzeRank ?? undefined}>
            {row.label}
            {row.winner && (
              <>
                {' '}
                <span className="badge badge--official">{t('ballots.results.winnerMark')}</span>
              </>
            )}
          </li>
        ))}
      </ol>
      <h4 id="ballot-matrix-heading">{t('ballots.results.matrixHeading')}</h4>
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="ballot-matrix-heading">
        <table className="table ballot-matrix" data-testid="pairwise-matrix">
          <caption>{t('ballots.results.matrixCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ballots.results.matrixRow')}</th>
              {rows.map((row) => (
                <th scope="col" key={row.optionId}>
                  {row.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.optionId}>
                <th scope="row">{row.label}</th>
                {rows.map((column, j) => {
                  if (i === j) {
                    return (
                      <td key={column.optionId} className="table__number">
                        {t('ballots.results.matrixSelf')}
                      </td>
                    );
                  }
                  const count = pairwise[i]?.[j] ?? 0;
                  const wins = count > (pairwise[j]?.[i] ?? 0);
                  return (
                    <td key={column.optionId} className="table__number">
                      {wins ? <strong>{count}</strong> : count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
