import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PostRevisionsDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useFormatters } from '../../i18n/hooks/useFormatters';

/** Earlier versions of an edited post, newest first. */
export function RevisionHistory({ postId, number }: { postId: string; number: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useQuery(PostRevisionsDocument, { variables: { id: postId }, fetchPolicy: 'cache-and-network' });
  const revisions = query.data?.postRevisions ?? [];
  const headingId = `revisions-${postId}`;
  return (
    <section className="post-revisions" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('forum.post.historyHeading', { number })}</h4>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && <ProblemCallout error={query.error} />}
      {query.data && revisions.length === 0 && <p>{t('forum.post.noRevisions')}</p>}
      <ol className="plain-list">
        {revisions.map((revision) => (
          <li key={revision.id} className="post-revision">
            <p className="muted">{t('forum.post.revisionFrom', { date: format.dateTime(revision.editedAt) })}</p>
            {/* Safe: previousHtml is sanitised by the server like bodyHtml (this config has no react/no-danger rule). */}
            <div className="post__body" dangerouslySetInnerHTML={{ __html: revision.previousHtml }} />
          </li>
        ))}
      </ol>
    </section>
  );
}
