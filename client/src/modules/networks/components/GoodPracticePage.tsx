import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatGroszeAsPln } from '@ratusz/shared';
import { routes } from '../../../app/routes';
import { GoodPracticeDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { formatDay } from './dayFormat';
import { TriedItForm } from './TriedItForm';

export function GoodPracticePage() {
  const { t, i18n } = useTranslation();
  const { practiceId = '' } = useParams();
  const query = useQuery(GoodPracticeDocument, { variables: { id: practiceId } });
  const practice = query.data?.goodPractice;
  useDocumentTitle(practice?.title ?? t('goodPractices.heading'));

  if (query.error) return <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <p>{t('common.loading')}</p>;
  if (!practice) {
    return (
      <>
        <PageHeading>{t('goodPractices.notFound')}</PageHeading>
        <p>
          <Link to={routes.goodPractices()}>{t('goodPractices.heading')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>{practice.title}</PageHeading>
      <dl>
        <dt>{t('goodPractices.municipality')}</dt>
        <dd>{practice.municipality.name}</dd>
        {practice.network && (
          <>
            <dt>{t('goodPractices.network')}</dt>
            <dd>
              <Link to={routes.network(practice.network.id)}>{practice.network.name}</Link>
            </dd>
          </>
        )}
        <dt>{t('goodPractices.cost')}</dt>
        <dd>
          {practice.costGrosze === null ? t('goodPractices.noCost') : `${formatGroszeAsPln(practice.costGrosze)} PLN`}
        </dd>
        <dt>{t('goodPractices.contact')}</dt>
        <dd>{practice.contact}</dd>
      </dl>
      {(
        [
          ['problem', practice.problemHtml],
          ['solution', practice.solutionHtml],
          ['results', practice.resultsHtml],
        ] as const
      ).map(([key, html]) => (
        <section key={key} className="section" aria-labelledby={`practice-${key}`}>
          <h2 id={`practice-${key}`}>{t(`goodPractices.${key}`)}</h2>
          <div className="post__body" dangerouslySetInnerHTML={{ __html: html }} />
        </section>
      ))}
      <section className="section" aria-labelledby="practice-reports">
        <h2 id="practice-reports">{t('goodPractices.reports')}</h2>
        {practice.reports.length === 0 ? (
          <p>{t('goodPractices.noReports')}</p>
        ) : (
          <ul>
            {practice.reports.map((report) => (
              <li key={report.id}>
                <strong>{report.municipality.name}</strong>{' '}
                <span className="muted">
                  ({t('goodPractices.triedOn', { date: formatDay(report.triedOn, i18n.language) })})
                </span>
                <p>{report.outcome}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <TriedItForm practiceId={practice.id} ownerId={practice.municipality.id} />
      {practice.threadId && (
        <p>
          <Link to={routes.thread(practice.threadId)}>{t('goodPractices.discussion')}</Link>
        </p>
      )}
    </>
  );
}
