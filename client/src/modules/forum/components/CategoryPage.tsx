import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FORUM_LIMITS } from '@ratusz/shared';
import { CreateThreadDocument, ForumCategoryHeadingDocument, ForumCategoryThreadsDocument } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { useMe } from '../../auth/hooks/useMe';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { PageHeading } from '../../layout/components/PageHeading';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';
import { useRoomPresence } from '../../realtime/hooks/useRoomPresence';
import { useMunicipalityName } from '../hooks/useMunicipalityName';
import { MarkdownFormField } from './MarkdownFormField';
import { routes } from '../../../app/routes';
import { useShownTitle } from '../../moderation/components/HiddenNotice';
import { CategoryPremoderation } from '../../moderation/components/CategoryPremoderation';
import { OnBehalfSelect } from '../../organisations/components/OnBehalfSelect';

const NEW_THREAD_FIELDS = { title: 'new-thread-title', body: 'new-thread-body' };
const NEW_THREAD_CHECKS = {
  title: (value: string) => length('title', value, 1, FORUM_LIMITS.titleMax),
  body: (value: string) => length('body', value, 1, FORUM_LIMITS.bodyMax),
};

function NewThreadForm({ categoryId }: { categoryId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useAppForm({
    fields: NEW_THREAD_FIELDS,
    defaultValues: { title: '', body: '' },
    checks: NEW_THREAD_CHECKS,
  });
  const [createThread, { loading }] = useMutation(CreateThreadDocument);
  const [organisationId, setOrganisationId] = useState<string | null>(null);

  const submit = form.submit(async ({ title, body }) => {
    const { data } = await createThread({
      variables: { input: { categoryId, title: title.trim(), body, organisationId } },
      refetchQueries: [ForumCategoryThreadsDocument],
    });
    if (data) await navigate(routes.thread(data.createThread.id));
  });

  return (
    <section className="section" aria-labelledby="new-thread-heading">
      <h2 id="new-thread-heading">{t('forum.newThread.heading')}</h2>
      <form className="form" noValidate onSubmit={submit}>
        <FormProblem form={form} />
        <TextField {...form.field('title')} label={t('forum.newThread.title')} maxLength={FORUM_LIMITS.titleMax} />
        <MarkdownFormField form={form} name="body" id={NEW_THREAD_FIELDS.body} label={t('forum.newThread.body')} />
        <OnBehalfSelect id="new-thread-on-behalf" value={organisationId} onChange={setOrganisationId} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? t('forum.newThread.submitting') : t('forum.newThread.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A category's threads, pinned first, kept fresh by the category room; global and municipal categories alike. */
export function CategoryPage() {
  const { categoryId = '' } = useParams();
  const { t } = useTranslation();
  const shownTitle = useShownTitle();
  const format = useFormatters();
  const { me } = useMe();
  const query = useQuery(ForumCategoryThreadsDocument, {
    variables: { categoryId },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  useRoomPresence(categoryId ? `category:${categoryId}` : null);
  useSocketEvent('category.thread', (payload) => {
    if (payload.categoryId === categoryId) void query.refetch({ categoryId, after: null }).catch(() => undefined);
  });
  // Answered from the cache when a category list has been seen (see forumCategoryById in apollo.ts).
  const heading = useQuery(ForumCategoryHeadingDocument, {
    variables: { id: categoryId ?? '' },
    skip: !categoryId,
    fetchPolicy: 'cache-first',
  });
  const category = heading.data?.forumCategoryById ?? null;
  const threads = query.data?.forumThreads.nodes ?? [];
  const pageInfo = query.data?.forumThreads.pageInfo;
  const categoryName = category?.name;
  const description = category?.description;
  const municipalityId = category?.municipalityId ?? null;
  const municipalityName = useMunicipalityName(municipalityId);
  useDocumentTitle(categoryName ?? t('pages.forum'));

  return (
    <div className="page">
      <p>
        {category?.networkId ? (
          <Link to={routes.networkForum(category.networkId)}>{t('forum.networkForum.backLink')}</Link>
        ) : municipalityId ? (
          <Link to={routes.municipalityForum(municipalityId)}>
            {municipalityName
              ? t('forum.municipalityForum.backLink', { name: municipalityName })
              : t('forum.municipalityForum.backLinkUnknown')}
          </Link>
        ) : (
          <Link to={routes.forum()}>{t('forum.backToForum')}</Link>
        )}
      </p>
      <PageHeading>{categoryName ?? t('forum.heading')}</PageHeading>
      {description && <p className="lead">{description}</p>}
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && <ProblemCallout error={query.error} />}
      {query.data && (
        <section className="section" aria-labelledby="threads-heading">
          <h2 id="threads-heading">{t('forum.threadsHeading')}</h2>
          {threads.length === 0 ? (
            <p>{t('forum.noThreads')}</p>
          ) : (
            <ul className="forum-list">
              {threads.map((thread) => (
                <li key={thread.id} className={`forum-list__item${thread.pinned ? ' forum-list__item--pinned' : ''}`}>
                  <h3 className="forum-list__title">
                    {thread.pinned && <span className="badge badge--pinned">{t('forum.pinned')}</span>}{' '}
                    {thread.locked && <span className="badge badge--locked">{t('forum.locked')}</span>}{' '}
                    <Link to={routes.thread(thread.id)}>{shownTitle(thread)}</Link>
                    {me && thread.unreadCount ? (
                      <>
                        {' '}
                        <span className="badge badge--unread">{t('forum.unread', { count: thread.unreadCount })}</span>
                      </>
                    ) : null}
                  </h3>
                  <p className="muted">
                    {thread.author?.displayName ?? t('forum.post.unknownAuthor')} ·{' '}
                    {t('forum.replyCount', { count: thread.replyCount })} ·{' '}
                    {t('forum.lastActivity', { date: format.dateTime(thread.lastActivityAt) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {pageInfo?.hasNextPage && (
            <button
              type="button"
              className="button"
              onClick={() => void query.fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}
            >
              {t('forum.loadMoreThreads')}
            </button>
          )}
        </section>
      )}
      {me ? <NewThreadForm categoryId={categoryId} /> : <p>{t('forum.newThread.loginToPost')}</p>}
      {me && categoryId && <CategoryPremoderation categoryId={categoryId} />}
    </div>
  );
}
