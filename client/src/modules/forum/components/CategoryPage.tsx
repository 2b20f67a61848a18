import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FORUM_LIMITS } from '@ratusz/shared';
import { CreateThreadDocument, ForumCategoryHeadingDocument, ForumCategoryThreadsDocument } from '../../../gql/graphql';
import { toApiProblem } from '../../forms/apiProblem';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useFormProblem } from '../../forms/hooks/useFormProblem';
import { translateFieldError, translateProblem } from '../../forms/translate';
import { length } from '../../forms/validation';
import { useMe } from '../../auth/hooks/useMe';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { PageHeading } from '../../layout/components/PageHeading';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';
import { useRoomPresence } from '../../realtime/hooks/useRoomPresence';
import { useMunicipalityName } from '../hooks/useMunicipalityName';
import { MarkdownField } from './MarkdownField';

const NEW_THREAD_FIELDS = ['title', 'body'] as const;
const newThreadFieldId = (field: string) => `new-thread-${field}`;

function NewThreadForm({ categoryId }: { categoryId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const form = useFormProblem(NEW_THREAD_FIELDS, newThreadFieldId);
  const [createThread, { loading }] = useMutation(CreateThreadDocument);
  const titleError = form.fieldError('title');
  const bodyError = form.fieldError('body');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = [length('title', title, 1, FORUM_LIMITS.titleMax), length('body', body, 1, FORUM_LIMITS.bodyMax)];
    if (!form.validate(errors.filter((error) => error !== null))) return;
    try {
      const { data } = await createThread({
        variables: { input: { categoryId, title: title.trim(), body } },
        refetchQueries: [ForumCategoryThreadsDocument],
      });
      if (data) await navigate(`/forum/watek/${data.createThread.id}`);
    } catch (error) {
      form.fail(error);
    }
  };

  return (
    <section className="section" aria-labelledby="new-thread-heading">
      <h2 id="new-thread-heading">{t('forum.newThread.heading')}</h2>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <FormProblem state={form} fieldId={newThreadFieldId} />
        <TextField
          id={newThreadFieldId('title')}
          label={t('forum.newThread.title')}
          value={title}
          maxLength={FORUM_LIMITS.titleMax}
          onChange={(event) => setTitle(event.target.value)}
          error={titleError && translateFieldError(t, titleError)}
        />
        <MarkdownField
          id={newThreadFieldId('body')}
          label={t('forum.newThread.body')}
          value={body}
          onChange={setBody}
          error={bodyError && translateFieldError(t, bodyError)}
        />
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
          <Link to={`/forum/siec/${category.networkId}`}>{t('forum.networkForum.backLink')}</Link>
        ) : municipalityId ? (
          <Link to={`/forum/gmina/${municipalityId}`}>
            {municipalityName
              ? t('forum.municipalityForum.backLink', { name: municipalityName })
              : t('forum.municipalityForum.backLinkUnknown')}
          </Link>
        ) : (
          <Link to="/forum">{t('forum.backToForum')}</Link>
        )}
      </p>
      <PageHeading>{categoryName ?? t('forum.heading')}</PageHeading>
      {description && <p className="lead">{description}</p>}
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {query.error && !query.data && (
        <div className="callout callout--error">
          <p>{translateProblem(t, toApiProblem(query.error))}</p>
        </div>
      )}
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
                    <Link to={`/forum/watek/${thread.id}`}>{thread.title}</Link>
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
    </div>
  );
}
