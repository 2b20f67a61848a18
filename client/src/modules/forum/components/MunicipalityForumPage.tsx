import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ForumCategoriesDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { MunicipalityConsultations } from '../../consultations/components/MunicipalityConsultations';
import { useMunicipalityName } from '../hooks/useMunicipalityName';
import { ScopeForum } from './ScopeForum';

/** One municipality's forum categories; its officials (and administrators) manage them here. */
export function MunicipalityForumPage() {
  const { municipalityId = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useMe();
  // The category list (fetched by ScopeForum) brings the name too; here it is only read from the cache.
  const categories = useQuery(ForumCategoriesDocument, {
    variables: { municipalityId, networkId: null },
    fetchPolicy: 'cache-only',
  });
  const cachedName = useMunicipalityName(municipalityId);
  const name =
    categories.data?.forumCategories.nodes.find((category) => category.municipality)?.municipality?.name ?? cachedName;
  const canAdd =
    !!me &&
    (me.isAdmin || me.roles.some((grant) => grant.role === 'OFFICIAL' && grant.municipality.id === municipalityId));
  return (
    <ScopeForum
      heading={name ? t('forum.municipalityForum.heading', { name }) : t('forum.municipalityForum.headingUnknown')}
      municipalityId={municipalityId}
      categoriesHeading={t('forum.municipalityForum.categoriesHeading')}
      emptyText={t('forum.municipalityForum.noCategories')}
      canAdd={canAdd}
    >
      <MunicipalityConsultations municipalityId={municipalityId} />
    </ScopeForum>
  );
}
