import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  ModerationLogDocument,
  type LoggedModerationSettingsFragment,
  type ModerationLogQuery,
} from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { PageHeading } from '../../layout/components/PageHeading';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { AUTO_HIDDEN_REASON } from '@ratusz/shared';

const PAGE = 30;

type LogEntry = ModerationLogQuery['moderationLog']['nodes'][number];
type SettingsField = Exclude<keyof LoggedModerationSettingsFragment, '__typename'>;
const SETTINGS_FIELDS: readonly SettingsField[] = [
  'flagThreshold',
  'premoderation',
  'premoderationAccountDays',
  'premoderationApprovedPosts',
];
const THRESHOLDS: readonly SettingsField[] = ['premoderationAccountDays', 'premoderationApprovedPosts'];

/** What an entry concerns: the kind of content, a user, or whose settings. */
function Concerning({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  if (entry.itemKind) return <>{t(`moderation.kinds.${entry.itemKind}`)}</>;
  if (entry.action === 'CHANGE_SETTINGS') return <>{t('moderation.log.municipalitySettings')}</>;
  if (entry.action === 'CHANGE_CATEGORY_SETTINGS') {
    return (
      <>
        {entry.categoryName
          ? t('moderation.log.categorySettings', { name: entry.categoryName })
          : t('moderation.log.deletedCategorySettings')}
      </>
    );
  }
  return <>{t('moderation.log.user')}</>;
}

/** A settings change: each value that changed, before → after. */
function SettingsChange({
  before,
  after,
}: {
  before: LoggedModerationSettingsFragment;
  after: LoggedModerationSettingsFragment;
}) {
  const { t } = useTranslation();
  const shown = (field: SettingsField, value: number | boolean | null) => {
    // A category's pre-moderation without a value of its own is its municipality's.
    if (value === null) return field === 'premoderation' ? t('moderation.log.settings.inherited') : '—';
    if (typeof value === 'number') return String(value);
    return value ? t('moderation.log.settings.on') : t('moderation.log.settings.off');
  };
  // Following the municipality again drops the category's thresholds: "as in the municipality" says it all.
  const inherits = after.premoderation === null;
  const changed = SETTINGS_FIELDS.filter(
    (field) => before[field] !== after[field] && !(inherits && THRESHOLDS.includes(field)),
  );
  return (
    <ul className="plain-list">
      {changed.map((field) => (
        <li key={field}>
          {t('moderation.log.settings.change', {
            field: t(`moderation.log.settings.fields.${field}`),
            before: shown(field, before[field]),
            after: shown(field, after[field]),
          })}
        </li>
      ))}
    </ul>
  );
}

/** The reason a moderator gave, or what a settings change changed. */
function Details({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  if (entry.settingsBefore && entry.settingsAfter) {
    return <SettingsChange before={entry.settingsBefore} after={entry.settingsAfter} />;
  }
  return <>{entry.reason === AUTO_HIDDEN_REASON ? t('moderation.hiddenPending') : (entry.reason ?? '—')}</>;
}

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
                <td>
                  <Concerning entry={entry} />
                </td>
                <td>
                  <Details entry={entry} />
                </td>
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
