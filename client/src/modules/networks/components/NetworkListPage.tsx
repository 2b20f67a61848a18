import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NetworkKind } from '@ratusz/shared';
import { routes } from '../../../app/routes';
import { NetworksDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';

export function NetworkListPage() {
  const { t } = useTranslation();
  const filterId = useId();
  const [kind, setKind] = useState<NetworkKind | ''>('');
  useDocumentTitle(t('networks.listHeading'));
  const query = useQuery(NetworksDocument, { variables: { first: 20, kind: kind || null } });
  const networks = query.data?.networks.nodes ?? [];

  return (
    <>
      <PageHeading>{t('networks.listHeading')}</PageHeading>
      <p>{t('networks.listIntro')}</p>
      <p>
        <Link to={routes.goodPractices()}>{t('goodPractices.heading')}</Link>
      </p>
      <div className="field">
        <label className="field__label" htmlFor={filterId}>
          {t('networks.kindFilter')}
        </label>
        <select
          id={filterId}
          className="field__input"
          value={kind}
          onChange={(event) => setKind(event.target.value as NetworkKind | '')}
        >
          <option value="">{t('networks.allKinds')}</option>
          {Object.values(NetworkKind).map((value) => (
            <option key={value} value={value}>
              {t(`networks.kind.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />
      {query.loading && !query.data && <p>{t('common.loading')}</p>}
      {query.data && networks.length === 0 && <p>{t('networks.none')}</p>}
      <ul data-testid="network-list">
        {networks.map((network) => (
          <li key={network.id}>
            <h2>
              <Link to={routes.network(network.id)}>{network.name}</Link>
            </h2>
            <p className="muted">
              {[
                t(`networks.kind.${network.kind}`),
                network.serviceAreaCode ? t(`networks.serviceArea.${network.serviceAreaCode}`) : null,
                network.municipalityKind ? t(`municipalityKind.${network.municipalityKind}`) : null,
                t('networks.memberCount', { count: network.memberCount }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      <LoadMoreButton
        pageInfo={query.data?.networks.pageInfo}
        label={t('networks.loadMore')}
        onLoadMore={(after) => query.fetchMore({ variables: { after }, updateQuery: appendPage('networks') })}
      />
    </>
  );
}
