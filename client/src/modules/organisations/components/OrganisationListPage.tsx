import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import { OrganisationsDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { VerifiedBadge } from './OrganisationName';

export function OrganisationListPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  useDocumentTitle(t('organisations.heading'));
  const query = useQuery(OrganisationsDocument, { variables: { first: 20 } });
  const organisations = query.data?.organisations.nodes ?? [];
  return (
    <>
      <PageHeading>{t('organisations.heading')}</PageHeading>
      <p>{t('organisations.intro')}</p>
      {me && (
        <p>
          <Link to={routes.organisationNew()}>{t('organisations.create.link')}</Link>
          {' · '}
          <Link to={routes.organisationInvitations()}>{t('organisations.invitations.link')}</Link>
        </p>
      )}
      <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />
      {query.loading && !query.data && <p>{t('common.loading')}</p>}
      {query.data && organisations.length === 0 && <p>{t('organisations.none')}</p>}
      <ul data-testid="organisation-list">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <Link to={routes.organisation(organisation.id)}>{organisation.name}</Link>{' '}
            {organisation.verified && <VerifiedBadge />}{' '}
            <span className="muted">{t('organisations.memberCount', { count: organisation.memberCount })}</span>
          </li>
        ))}
      </ul>
      <LoadMoreButton
        pageInfo={query.data?.organisations.pageInfo}
        label={t('organisations.more')}
        onLoadMore={(after) => query.fetchMore({ variables: { after }, updateQuery: appendPage('organisations') })}
      />
    </>
  );
}
