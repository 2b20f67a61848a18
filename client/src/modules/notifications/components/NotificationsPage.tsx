import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationUnreadCountDocument,
  NotificationsDocument,
} from '../../../gql/graphql';
import { routes } from '../../../app/routes';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useProblemNotice } from '../../forms/hooks/useProblemMessage';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { PageHeading } from '../../layout/components/PageHeading';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';

const PAGE = 20;

function NotificationList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const showProblem = useProblemNotice();
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const refresh = { refetchQueries: [NotificationsDocument, NotificationUnreadCountDocument] };
  const [markRead] = useMutation(MarkNotificationsReadDocument, refresh);
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadDocument, refresh);
  const list = data?.notifications;

  const open = async (id: string, path: string, read: boolean) => {
    try {
      if (!read) await markRead({ variables: { ids: [id] } });
    } catch (problem) {
      showProblem(problem);
    }
    void navigate(path);
  };

  return (
    <section className="section" aria-labelledby="notifications-list-heading">
      <h2 id="notifications-list-heading">{t('notifications.list.heading')}</h2>
      <p>
        {t('notifications.list.unread', { count: list?.unreadCount ?? 0 })}{' '}
        {list && list.unreadCount > 0 && (
          <button
            type="button"
            className="button"
            aria-disabled={markingAll || undefined}
            onClick={() => void markAll().catch(showProblem)}
          >
            {t('notifications.list.markAll')}
          </button>
        )}
      </p>
      {loading && !list && <p className="muted">{t('common.loading')}</p>}
      <ProblemCallout error={error} onRetry={() => void refetch()} />
      {list && list.nodes.length === 0 && <p>{t('notifications.list.empty')}</p>}
      {list && list.nodes.length > 0 && (
        <ul className="notification-list" data-testid="notification-list">
          {list.nodes.map((n) => (
            <li key={n.id} className={`notification${n.readAt ? '' : ' notification--unread'}`}>
              <a
                href={n.path}
                onClick={(event) => {
                  event.preventDefault();
                  void open(n.id, n.path, Boolean(n.readAt));
                }}
              >
                <strong>{t(`notifications.types.${n.type}`)}</strong>
                {n.actor ? ` · ${n.actor.displayName}` : ''}: {n.title}
              </a>{' '}
              <span className="muted">
                {format.dateTime(n.createdAt)}
                {n.readAt ? '' : ` · ${t('notifications.list.new')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton
        pageInfo={list?.pageInfo}
        label={t('notifications.list.more')}
        onLoadMore={(after) =>
          fetchMore({ variables: { first: PAGE, after }, updateQuery: appendPage('notifications') })
        }
      />
      <p>
        <Link to={routes.notificationSettings()}>{t('notifications.settings.link')}</Link>
      </p>
    </section>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.heading'));
  return (
    <div className="page">
      <PageHeading>{t('notifications.heading')}</PageHeading>
      <RequireAuth>
        <NotificationList />
      </RequireAuth>
    </div>
  );
}
