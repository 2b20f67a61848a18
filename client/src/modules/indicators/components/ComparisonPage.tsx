import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { routes } from '../../../app/routes';
import {
  ComparisonNetworksDocument,
  IndicatorComparisonDocument,
  IndicatorDefinitionsDocument,
  IndicatorTrendDocument,
  type IndicatorComparisonQuery,
  type IndicatorTrendQuery,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { formatDecimal, indicatorName } from './indicatorName';

const ComparisonChart = lazy(() => import('./ComparisonChart'));
const TrendChart = lazy(() => import('./TrendChart'));

const LAST_YEAR = new Date().getFullYear() - 1;
const YEARS = Array.from({ length: 10 }, (_, i) => LAST_YEAR - i);
const TREND_YEARS = 5;

function ComparisonTable({ comparison }: { comparison: IndicatorComparisonQuery['indicatorComparison'] }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const showPerThousand = comparison.rows.some((row) => row.valuePerThousand !== null);
  const { stats } = comparison;
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="table" data-testid="comparison-table">
        <caption id={captionId}>{t('indicators.comparison.tableCaption', { year: comparison.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.comparison.rank')}</th>
            <th scope="col">{t('indicators.comparison.municipality')}</th>
            <th scope="col" className="table__number">
              {t('indicators.comparison.value')}
            </th>
            {showPerThousand && (
              <th scope="col" className="table__number">
                {t('indicators.comparison.perThousand')}
              </th>
            )}
            <th scope="col">{t('indicators.comparison.remarks')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.municipalityId} className={row.highlighted ? 'table__row--highlighted' : undefined}>
              <td>{row.rank ?? '—'}</td>
              <th scope="row">{row.highlighted ? <strong>{row.municipalityName}</strong> : row.municipalityName}</th>
              <td className="table__number">{formatDecimal(row.value, i18n.language)}</td>
              {showPerThousand && (
                <td className="table__number">{formatDecimal(row.valuePerThousand, i18n.language)}</td>
              )}
              <td>
                {[
                  row.highlighted ? t('indicators.comparison.highlighted') : null,
                  row.outlier ? t('indicators.comparison.outlier') : null,
                  row.value === null ? t('indicators.comparison.noValue') : null,
                ]
                  .filter(Boolean)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="indicator-stats" data-testid="comparison-stats">
        {(
          [
            ['count', String(stats.count)],
            ['min', stats.min],
            ['q1', stats.q1],
            ['median', stats.median],
            ['q3', stats.q3],
            ['max', stats.max],
            ['mean', stats.mean],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <dt>{t(`indicators.stats.${key}`)}</dt>
            <dd>{key === 'count' ? value : formatDecimal(value, i18n.language)}</dd>
          </div>
        ))}
      </dl>
      <p className="field__hint">{t('indicators.stats.method')}</p>
    </div>
  );
}

function TrendTable({ trend }: { trend: IndicatorTrendQuery['indicatorTrend'] }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="table" data-testid="trend-table">
        <caption id={captionId}>{t('indicators.trend.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.comparison.municipality')}</th>
            {trend.years.map((year) => (
              <th key={year} scope="col" className="table__number">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('indicators.stats.median')}</th>
            {trend.median.map((point) => (
              <td key={point.year} className="table__number">
                {formatDecimal(point.value, i18n.language)}
              </td>
            ))}
          </tr>
          {trend.series.map((series) => (
            <tr key={series.municipalityId} className={series.highlighted ? 'table__row--highlighted' : undefined}>
              <th scope="row">
                {series.highlighted ? (
                  <strong>
                    {series.municipalityName} ({t('indicators.comparison.highlighted')})
                  </strong>
                ) : (
                  series.municipalityName
                )}
              </th>
              {series.points.map((point) => (
                <td key={point.year} className="table__number">
                  {formatDecimal(point.value, i18n.language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One indicator and year across a network's members: a bar chart with the
 * quartiles and the viewer's municipality highlighted, the trend over five
 * years, each with a data table, and the CSV export. The choices live in the
 * address (?siec=…&wskaznik=…&rok=…&gmina=…), so a comparison can be shared.
 */
export function ComparisonPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('indicators.comparison.heading'));
  const [params, setParams] = useSearchParams();
  const { me } = useMe();
  const ids = { network: useId(), indicator: useId(), year: useId(), highlight: useId() };
  const networks = useQuery(ComparisonNetworksDocument);
  const definitions = useQuery(IndicatorDefinitionsDocument);

  const networkId = params.get('siec') ?? networks.data?.networks.nodes[0]?.id ?? '';
  const indicatorId = params.get('wskaznik') ?? definitions.data?.indicatorDefinitions[0]?.id ?? '';
  const year = Number(params.get('rok') ?? LAST_YEAR);
  const ownMunicipality = me?.roles.find((role) => role.municipality)?.municipality?.id ?? me?.homeMunicipality?.id;
  const highlight = params.get('gmina') ?? ownMunicipality ?? null;
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const ready = Boolean(networkId && indicatorId);
  const comparison = useQuery(IndicatorComparisonDocument, {
    variables: { networkId, indicatorId, year, highlight },
    skip: !ready,
  });
  const trend = useQuery(IndicatorTrendDocument, {
    variables: { networkId, indicatorId, fromYear: year - TREND_YEARS + 1, toYear: year, highlight },
    skip: !ready,
  });
  const indicator = definitions.data?.indicatorDefinitions.find((d) => d.id === indicatorId);
  const data = comparison.data?.indicatorComparison;
  const csv = `/api/indicators/comparison.csv?${new URLSearchParams({ networkId, indicatorId, year: String(year) })}`;

  return (
    <>
      <PageHeading>{t('indicators.comparison.heading')}</PageHeading>
      <p>{t('indicators.comparison.intro')}</p>
      <p>
        <Link to={routes.indicatorEntry()}>{t('indicators.entry.heading')}</Link>
        {me?.isAdmin && (
          <>
            {' · '}
            <Link to={routes.indicatorDefinitions()}>{t('indicators.definitionsLink')}</Link>
          </>
        )}
      </p>
      <ProblemCallout error={networks.error ?? definitions.error} />
      <div className="indicator-filters">
        <div className="field">
          <label className="field__label" htmlFor={ids.network}>
            {t('indicators.comparison.network')}
          </label>
          <select
            id={ids.network}
            className="field__input"
            value={networkId}
            onChange={(e) => set('siec', e.target.value)}
          >
            {networks.data?.networks.nodes.map((network) => (
              <option key={network.id} value={network.id}>
                {network.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.indicator}>
            {t('indicators.comparison.indicator')}
          </label>
          <select
            id={ids.indicator}
            className="field__input"
            value={indicatorId}
            onChange={(e) => set('wskaznik', e.target.value)}
          >
            {definitions.data?.indicatorDefinitions.map((definition) => (
              <option key={definition.id} value={definition.id}>
                {indicatorName(definition, i18n.language)} ({t(`indicators.units.${definition.unit}`)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.year}>
            {t('indicators.comparison.year')}
          </label>
          <select id={ids.year} className="field__input" value={year} onChange={(e) => set('rok', e.target.value)}>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {data && (
          <div className="field">
            <label className="field__label" htmlFor={ids.highlight}>
              {t('indicators.comparison.highlight')}
            </label>
            <select
              id={ids.highlight}
              className="field__input"
              value={highlight ?? ''}
              onChange={(e) => set('gmina', e.target.value)}
            >
              <option value="">{t('indicators.comparison.noHighlight')}</option>
              {data.rows.map((row) => (
                <option key={row.municipalityId} value={row.municipalityId}>
                  {row.municipalityName}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {indicator && (
        <p className="field__hint">
          {t(`indicators.directions.${indicator.direction}`)}.{' '}
          {i18n.language.startsWith('en') ? indicator.measurementEn : indicator.measurementPl}
        </p>
      )}
      <ProblemCallout error={comparison.error} onRetry={() => void comparison.refetch().catch(() => undefined)} />
      {data && (
        <section aria-labelledby="comparison-heading">
          <h2 id="comparison-heading">
            {t('indicators.comparison.sectionHeading', { network: data.networkName, year: data.year })}
          </h2>
          {data.stats.count === 0 ? (
            <p>{t('indicators.comparison.empty')}</p>
          ) : (
            <Suspense fallback={null}>
              <ComparisonChart
                comparison={data}
                labels={{
                  median: t('indicators.stats.median'),
                  q1: t('indicators.stats.q1'),
                  q3: t('indicators.stats.q3'),
                }}
              />
            </Suspense>
          )}
          <ComparisonTable comparison={data} />
          <p>
            <a href={csv} download>
              {t('indicators.comparison.csv')}
            </a>
          </p>
        </section>
      )}
      {trend.data && (
        <section aria-labelledby="trend-heading">
          <h2 id="trend-heading">{t('indicators.trend.heading')}</h2>
          <Suspense fallback={null}>
            <TrendChart trend={trend.data.indicatorTrend} medianLabel={t('indicators.stats.median')} />
          </Suspense>
          <TrendTable trend={trend.data.indicatorTrend} />
        </section>
      )}
    </>
  );
}
