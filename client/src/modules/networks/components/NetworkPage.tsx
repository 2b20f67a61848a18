import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { routes } from '../../../app/routes';
import { NetworkDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { MeetingPlan } from './MeetingPlan';
import { NetworkDocuments } from './NetworkDocuments';
import { CoordinatorsManager, IndicatorsPublicControl, MembersManager } from './NetworkManagement';

/** A network's page (`/networks/:networkId`): what it is, its members and coordinators, its meeting plan, its documents. */
export function NetworkPage() {
  const { t } = useTranslation();
  const { networkId = '' } = useParams();
  const query = useQuery(NetworkDocument, { variables: { id: networkId } });
  const network = query.data?.network;
  useDocumentTitle(network?.name ?? t('networks.listHeading'));

  if (query.error) return <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <p>{t('common.loading')}</p>;
  if (!network) {
    return (
      <>
        <PageHeading>{t('networks.notFound')}</PageHeading>
        <p>
          <Link to={routes.networks()}>{t('networks.listHeading')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading>{network.name}</PageHeading>
      <p className="muted" data-testid="network-facts">
        {[
          t(`networks.kind.${network.kind}`),
          network.serviceAreaCode ? t(`networks.serviceArea.${network.serviceAreaCode}`) : null,
          network.municipalityKind ? t(`municipalityKind.${network.municipalityKind}`) : null,
          t('networks.memberCount', { count: network.memberCount }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {network.note && <p>{network.note}</p>}
      <ul>
        <li>
          <Link to={routes.networkForum(network.id)}>{t('networks.forum')}</Link>
        </li>
        <li>
          <Link to={routes.goodPractices()}>{t('networks.goodPractices')}</Link>
        </li>
        {network.viewerCanManage && (
          <li>
            <Link to={routes.goodPracticeNew(network.id)}>{t('goodPractices.create.link')}</Link>
          </li>
        )}
      </ul>

      <section className="section" aria-labelledby="network-members-heading">
        <h2 id="network-members-heading">{t('networks.members')}</h2>
        {network.members.length === 0 ? (
          <p>{t('networks.noMembers')}</p>
        ) : (
          <>
            <p className="field__hint">{t('networks.membersIntro')}</p>
            <ol data-testid="network-members">
              {network.members.map((member) => (
                <li key={member.municipality.id}>
                  {member.municipality.name}{' '}
                  <span className="muted">({t(`municipalityKind.${member.municipality.kind}`)})</span>
                </li>
              ))}
            </ol>
          </>
        )}
        {network.viewerCanManage && <MembersManager network={network} />}
      </section>

      <section className="section" aria-labelledby="network-coordinators-heading">
        <h2 id="network-coordinators-heading">{t('networks.coordinators')}</h2>
        {network.coordinators.length === 0 ? (
          <p>{t('networks.noCoordinators')}</p>
        ) : (
          <ul>
            {network.coordinators.map((coordinator) => (
              <li key={coordinator.user.id}>{coordinator.user.displayName}</li>
            ))}
          </ul>
        )}
        {network.viewerCanManageCoordinators && <CoordinatorsManager network={network} />}
      </section>

      <IndicatorsPublicControl network={network} />

      <MeetingPlan network={network} />

      <NetworkDocuments network={network} />
    </>
  );
}
