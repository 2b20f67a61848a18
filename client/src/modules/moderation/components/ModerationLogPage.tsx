import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ModerationLogDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { PageHeading } from '../../layout/components/PageHeading';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { AUTO_HIDDEN_REASON } from '@ratusz/shared';

const PAGE = 30;

/** Everything moderators did, and why, for everyone to read: roles, never names. */
export function ModerationLogPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  useDocumentTitle(t('moderation.log.heading'));
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationLogDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const log = data?.moderationLog;
  return (
    <div className="page">
      <PageHeading>{t('moderation.log.heading')}</PageHeading>
      <p>{t('moderation.log.intro')}</p>
      {loading && !log && <p className="muted">{t('common.loading')}</p>}
      <ProblemCallout error={error} onRetry={() => void refetch()} />
      {log && log.nodes.length === 0 && <p>{t('moderation.log.empty')}</p>}
      {log && log.nodes.length > 0 && (
        <table className="moderation-log" data-testid="moderation-log">
          <caption className="visually-hidden">{t('moderation.log.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('moderation.log.time')}</th>
              <th scope="col">{t('moderation.log.action')}</th>
              <th scope="col">{t('moderation.log.role')}</th>
              <th scope="col">{t('moderation.log.item')}</th>
              <th scope="col">{t('moderation.log.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {log.nodes.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
                </td>
                <td>{t(`moderation.actions.${entry.action}`)}</td>
                <td>{t(`moderation.roles.${entry.actorRole}`)}</td>
                <td>{entry.itemKind ? t(`moderation.kinds.${entry.itemKind}`) : t('moderation.log.user')}</td>
                <td>{entry.reason === AUTO_HIDDEN_REASON ? t('moderation.hiddenPending') : (entry.reason ?? '—')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMoreButton
        pageInfo={log?.pageInfo}
        label={t('moderation.more')}
        onLoadMore={(after) =>
          fetchMore({ variables: { first: PAGE, after }, updateQuery: appendPage('moderationLog') })
        }
      />
    </div>
  );
}
