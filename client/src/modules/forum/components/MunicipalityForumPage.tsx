import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ForumCategoriesDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useMunicipalityName } from '../hooks/useMunicipalityName';
import { CategoriesSection } from './CategoryList';

/** One municipality's forum categories; its officials (and administrators) manage them here. */
export function MunicipalityForumPage() {
  const { municipalityId = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useMe();
  // CategoriesSection fetches the list; here it only lends the municipality's name once it is in.
  const categories = useQuery(ForumCategoriesDocument, { variables: { municipalityId }, fetchPolicy: 'cache-only' });
  const cachedName = useMunicipalityName(municipalityId);
  const name =
    categories.data?.forumCategories.nodes.find((category) => category.municipality)?.municipality?.name ?? cachedName;
  const heading = name ? t('forum.municipalityForum.heading', { name }) : t('forum.municipalityForum.headingUnknown');
  useDocumentTitle(heading);
  const canAdd =
    !!me &&
    (me.isAdmin || me.roles.some((grant) => grant.role === 'OFFICIAL' && grant.municipality.id === municipalityId));

  return (
    <div className="page">
      <p>
        <Link to="/forum">{t('forum.backToForum')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <p>
        <Link to="/forum/szukaj">{t('forum.searchLink')}</Link>
      </p>
      <CategoriesSection
        key={municipalityId}
        municipalityId={municipalityId}
        heading={t('forum.municipalityForum.categoriesHeading')}
        emptyText={t('forum.municipalityForum.noCategories')}
        canAdd={canAdd}
      />
    </div>
  );
}
