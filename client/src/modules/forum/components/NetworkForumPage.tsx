import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ForumNetworksDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ScopeForum } from './ScopeForum';

/** A network's forum: where its member municipalities compare services. Administrators manage its categories. */
export function NetworkForumPage() {
  const { networkId = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useMe();
  const networks = useQuery(ForumNetworksDocument, { fetchPolicy: 'cache-first' });
  const name = networks.data?.networks.nodes.find((network) => network.id === networkId)?.name;
  return (
    <ScopeForum
      heading={name ? t('forum.networkForum.heading', { name }) : t('forum.networkForum.headingUnknown')}
      networkId={networkId}
      categoriesHeading={t('forum.networkForum.categoriesHeading')}
      emptyText={t('forum.networkForum.noCategories')}
      canAdd={!!me?.isAdmin}
    />
  );
}
