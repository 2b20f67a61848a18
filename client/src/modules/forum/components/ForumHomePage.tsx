import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForumCategoriesDocument } from '../../../gql/graphql';
import { toApiProblem } from '../../forms/apiProblem';
import { translateProblem } from '../../forms/translate';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';

/** The global forum categories. */
export function ForumHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.forum'));
  const query = useQuery(ForumCategoriesDocument, { fetchPolicy: 'cache-and-network' });
  const categories = query.data?.forumCategories.nodes ?? [];
  return (
    <div className="page">
      <PageHeading>{t('forum.heading')}</PageHeading>
      <p>
        <Link to="/forum/szukaj">{t('forum.searchLink')}</Link>
      </p>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {query.error && !query.data && (
        <div className="callout callout--error">
          <p>{translateProblem(t, toApiProblem(query.error))}</p>
        </div>
      )}
      {query.data && (
        <section className="section" aria-labelledby="forum-categories-heading">
          <h2 id="forum-categories-heading">{t('forum.categoriesHeading')}</h2>
          {categories.length === 0 ? (
            <p>{t('forum.noCategories')}</p>
          ) : (
            <ul className="forum-list">
              {categories.map((category) => (
                <li key={category.id} className="forum-list__item">
                  <h3 className="forum-list__title">
                    <Link to={`/forum/${category.id}`}>{category.name}</Link>
                  </h3>
                  {category.description && <p>{category.description}</p>}
                  <p className="muted">{t('forum.threadCount', { count: category.threadCount })}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
