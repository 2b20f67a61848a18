import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotFieldsFragment, BallotResultsFieldsFragment } from '../../../gql/graphql';
import type { ResultRow } from '../results';
import { PairwiseResults } from './PairwiseResults';
import { ResultsTable } from './ResultsTable';

// The chart library is loaded only by those who open results.
const ResultsChart = lazy(() => import('./ResultsChart'));

/** Where the results can be downloaded, under the same visibility rule as the page. */
function resultsCsvUrl(ballotId: string): string {
  return `/api/ballots/${encodeURIComponent(ballotId)}/results.csv`;
}

function resultRows(
  ballot: BallotFieldsFragment,
  results: BallotResultsFieldsFragment,
  labelOf: (optionId: string) => string,
): ResultRow[] {
  const byOption = new Map(results.options.map((result) => [result.option.id, result]));
  const winners = new Set(results.winnerOptionIds);
  // In the ballot's order, which is also the order of the pairwise matrix.
  return [...ballot.options]
    .sort((a, b) => a.position - b.position)
    .map((option) => {
      const result = byOption.get(option.id);
      return {
        optionId: option.id,
        label: labelOf(option.id),
        online: result?.online ?? 0,
        paper: result?.paper ?? 0,
        total: result?.total ?? 0,
        winner: winners.has(option.id),
        bordaScore: result?.bordaScore ?? null,
        schulzeRank: result?.schulzeRank ?? null,
      };
    });
}

/**
 * The results once they may be seen: who won, the chart (approval and points)
 * or the ranking and pairwise matrix (ranked), always with the table of
 * numbers, and the CSV.
 */
export function BallotResults({
  ballot,
  labelOf,
}: {
  ballot: BallotFieldsFragment;
  labelOf: (optionId: string) => string;
}) {
  const { t } = useTranslation();
  const results = ballot.results;
  return (
    <section
      className="section ballot-results"
      aria-labelledby="ballot-results-heading"
      data-testid="ballot-results-section"
    >
      <h3 id="ballot-results-heading">{t('ballots.results.heading')}</h3>
      {!results ? (
        <p data-testid="results-hidden">{t('ballots.results.hidden')}</p>
      ) : (
        <>
          <p className="muted">{ballot.closed ? t('ballots.results.final') : t('ballots.results.live')}</p>
          {results.ballots === 0 ? (
            <p>{t('ballots.results.noBallots')}</p>
          ) : (
            <ResultsBody ballot={ballot} results={results} labelOf={labelOf} />
          )}
          <p>
            <a className="button button--small" href={resultsCsvUrl(ballot.id)} download data-testid="results-csv">
              {t('ballots.results.csv')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

function ResultsBody({
  ballot,
  results,
  labelOf,
}: {
  ballot: BallotFieldsFragment;
  results: BallotResultsFieldsFragment;
  labelOf: (optionId: string) => string;
}) {
  const { t } = useTranslation();
  const rows = resultRows(ballot, results, labelOf);
  const winners = results.winnerOptionIds.map(labelOf).join(', ');
  return (
    <>
      <p data-testid="results-summary">
        {t('ballots.results.ballots', {
          count: results.ballots,
          online: results.onlineBallots,
          paper: results.paperBallots,
        })}
      </p>
      {results.winnerOptionIds.length > 0 && (
        <p data-testid="results-winner">
          <strong>
            {results.winnerOptionIds.length === 1
              ? t('ballots.results.winner', { labels: winners })
              : t('ballots.results.winners', { labels: winners })}
          </strong>
        </p>
      )}
      {results.method === 'RANKED' ? (
        <PairwiseResults rows={rows} pairwise={results.pairwise ?? []} />
      ) : (
        <Suspense fallback={null}>
          <ResultsChart rows={rows} onlineLabel={t('ballots.results.online')} paperLabel={t('ballots.results.paper')} />
        </Suspense>
      )}
      <ResultsTable rows={rows} method={results.method} />
    </>
  );
}
