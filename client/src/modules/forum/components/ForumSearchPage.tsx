import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ForumSearchDocument } from '../../../gql/graphql';
import { TextField } from '../../forms/components/TextField';
import { useDebouncedValue } from '../../forms/hooks/useDebouncedValue';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { routeParams, routes } from '../../../app/routes';

const MIN_QUERY = 2;

/** Full-text search over thread titles and posts. */
export function ForumSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.forumSearch'));
  const [searchParams, setSearchParams] = useSearchParams();
  const [text, setText] = useState(searchParams.get(routeParams.searchQuery) ?? '');
  const debounced = useDebouncedValue(text.trim(), 300);
  const active = debounced.length >= MIN_QUERY;
  const query = useQuery(ForumSearchDocument, {
    variables: { query: debounced },
    skip: !active,
    notifyOnNetworkStatusChange: true,
  });
  const hits = active ? (query.data?.forumSearch.nodes ?? []) : [];
  const pageInfo = active ? query.data?.forumSearch.pageInfo : undefined;

  return (
    <div className="page">
      <p>
        <Link to={routes.forum()}>{t('forum.backToForum')}</Link>
      </p>
      <PageHeading>{t('forum.search.heading')}</PageHeading>
      <form
        role="search"
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          setSearchParams(text.trim() ? { q: text.trim() } : {});
        }}
      >
        <TextField
          id="forum-search"
          type="search"
          label={t('forum.search.label')}
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
          hint={t('forum.search.tooShort')}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('forum.search.submit')}
          </button>
        </div>
      </form>
      <section className="section" aria-labelledby="search-results-heading" aria-busy={query.loading}>
        <h2 id="search-results-heading">{t('forum.search.results')}</h2>
        {active && <ProblemCallout error={query.error} />}
        <div role="status">{active && query.data && hits.length === 0 && <p>{t('forum.search.noResults')}</p>}</div>
        <ol className="forum-list">
          {hits.map((hit) => (
            <li key={`${hit.thread.id}-${hit.postId ?? 'title'}`} className="forum-list__item">
              <h3 className="forum-list__title">
                <Link to={routes.thread(hit.thread.id)}>{hit.thread.title}</Link>
                {hit.postNumber !== null && (
                  <span className="muted"> · {t('forum.search.postNumber', { number: hit.postNumber })}</span>
                )}
              </h3>
              {/* Safe: snippetHtml is HTML-escaped by the server, only <mark> is added (no react/no-danger rule here). */}
              <p className="search-snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
            </li>
          ))}
        </ol>
        {pageInfo?.hasNextPage && (
          <button
            type="button"
            className="button"
            onClick={() => void query.fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}
          >
            {t('forum.search.loadMore')}
          </button>
        )}
      </section>
    </div>
  );
}
