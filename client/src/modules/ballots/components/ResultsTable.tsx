import { useTranslation } from 'react-i18next';
import type { BallotMethod } from '@ratusz/shared';
import type { ResultRow } from '../results';

/** The numbers behind the chart, one row per option in the ballot's order, winners marked in words. */
export function ResultsTable({ rows, method }: { rows: readonly ResultRow[]; method: BallotMethod }) {
  const { t } = useTranslation();
  const ranked = method === 'RANKED';
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="ballot-results-caption">
      <table className="table ballot-results-table" data-testid="ballot-results">
        <caption id="ballot-results-caption">{t('ballots.results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ballots.results.option')}</th>
            <th scope="col" className="table__number">
              {t('ballots.results.online')}
            </th>
            <th scope="col" className="table__number">
              {t('ballots.results.paper')}
            </th>
            <th scope="col" className="table__number">
              {t(`ballots.results.total${method}`)}
            </th>
            {ranked && (
              <>
                <th scope="col" className="table__number">
                  {t('ballots.results.borda')}
                </th>
                <th scope="col" className="table__number">
                  {t('ballots.results.schulzeRank')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.optionId} data-testid="ballot-result-row" data-option={row.label}>
              <th scope="row">
                {row.label}
                {row.winner && (
                  <>
                    {' '}
                    <span className="badge badge--official">{t('ballots.results.winnerMark')}</span>
                  </>
                )}
              </th>
              <td className="table__number" data-column="online">
                {row.online}
              </td>
              <td className="table__number" data-column="paper">
                {row.paper}
              </td>
              <td className="table__number" data-column="total">
                {row.total}
              </td>
              {ranked && (
                <>
                  <td className="table__number" data-column="borda">
                    {row.bordaScore ?? '–'}
                  </td>
                  <td className="table__number" data-column="schulzeRank">
                    {row.schulzeRank ?? '–'}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
