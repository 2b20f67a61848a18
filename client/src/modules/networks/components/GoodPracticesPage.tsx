import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatGroszeAsPln } from '@ratusz/shared';
import { routes } from '../../../app/routes';
import { GoodPracticesDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';

/** The good-practice library of every network, searched like the forum (Polish letters optional). */
export function GoodPracticesPage() {
  const { t } = useTranslation();
  const searchId = useId();
  const [params, setParams] = useSearchParams();
  const searched = params.get('q') ?? '';
  const [text, setText] = useState(searched);
  useDocumentTitle(t('goodPractices.heading'));
  const query = useQuery(GoodPracticesDocument, { variables: { query: searched || null, first: 20 } });
  const practices = query.data?.goodPractices.nodes ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };

  return (
    <>
      <PageHeading>{t('goodPractices.heading')}</PageHeading>
      <p>{t('goodPractices.intro')}</p>
      <form role="search" className="form" onSubmit={submit}>
        <div className="field">
          <label className="field__label" htmlFor={searchId}>
            {t('goodPractices.search')}
          </label>
          <input
            id={searchId}
            className="field__input"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {t('goodPractices.searchButton')}
          </button>
        </div>
      </form>
      <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />
      {query.loading && !query.data && <p>{t('common.loading')}</p>}
      <div role="status">{query.data && practices.length === 0 && <p>{t('goodPractices.none')}</p>}</div>
      <ul data-testid="good-practices">
        {practices.map((practice) => (
          <li key={practice.id}>
            <h2>
              <Link to={routes.goodPractice(practice.id)}>{practice.title}</Link>
            </h2>
            <p className="muted">
              {[
                practice.municipality.name,
                practice.network?.name,
                t(`networks.serviceArea.${practice.serviceAreaCode}`),
                practice.costGrosze === null ? null : `${formatGroszeAsPln(practice.costGrosze)} PLN`,
                t('goodPractices.reportCount', { count: practice.reportCount }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      <LoadMoreButton
        pageInfo={query.data?.goodPractices.pageInfo}
        label={t('goodPractices.loadMore')}
        onLoadMore={(after) => query.fetchMore({ variables: { after }, updateQuery: appendPage('goodPractices') })}
      />
    </>
  );
}
