import { useMutation, useQuery } from '@apollo/client/react';
import { FlagReason, MODERATION_LIMITS } from '@ratusz/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ApproveContentDocument,
  DismissFlagsDocument,
  HideContentDocument,
  ModerationQueueDocument,
  RestoreContentDocument,
  type ModerationQueueQuery,
} from '../../../gql/graphql';
import { routes } from '../../../app/routes';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { PageHeading } from '../../layout/components/PageHeading';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { useModerationLive } from '../hooks/useModerationLive';
import { HiddenNotice } from './HiddenNotice';
import { ModerationDialog } from './ModerationDialog';
import { HideForm, SanctionForm } from './ModerationForms';
import { ModerationSettingsPanel } from './ModerationSettingsPanel';

const PAGE = 20;
type QueueItem = ModerationQueueQuery['moderationQueue']['nodes'][number];

function QueueEntry({ item, onDone }: { item: QueueItem; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const [hide, hiding] = useMutation(HideContentDocument);
  const [restore, restoring] = useMutation(RestoreContentDocument);
  const [dismiss, dismissing] = useMutation(DismissFlagsDocument);
  const [approve, approving] = useMutation(ApproveContentDocument);
  const busy = hiding.loading || restoring.loading || dismissing.loading || approving.loading;
  const target = { kind: item.kind, itemId: item.itemId };
  const reasonValid = reason.trim().length >= MODERATION_LIMITS.reason.min;
  const [status, setStatus] = useState('');
  const sanctions =
    item.authorId && item.municipalityId ? { userId: item.authorId, municipalityId: item.municipalityId } : null;
  // Permanent removal is for personal data only; the server refuses it otherwise.
  const personalData = item.flags.some((f) => f.reason === FlagReason.PERSONAL_DATA);

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      onDone();
    } catch (error) {
      setProblem(error);
    }
  };

  const headingId = `queue-${item.itemId}`;
  return (
    <li className="moderation-item" data-testid="queue-item" aria-labelledby={headingId}>
      <h2 id={headingId} className="moderation-item__heading">
        {t(`moderation.kinds.${item.kind}`)} · {t(`moderation.states.${item.state}`)}
      </h2>
      <blockquote className="moderation-item__excerpt">{item.excerpt}</blockquote>
      {item.hiddenReason && <HiddenNotice reason={item.hiddenReason} />}
      {item.flags.length > 0 && (
        <>
          <h3>{t('moderation.queue.flags', { count: item.flags.length })}</h3>
          <ul>
            {item.flags.map((f) => (
              <li key={f.id}>
                {t(`moderation.reasons.${f.reason}`)}
                {f.note ? `: ${f.note}` : ''} <span className="muted">({format.dateTime(f.createdAt)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {item.authorHistory && (
        <p className="muted">
          {t('moderation.queue.history', {
            hidden: item.authorHistory.hiddenCount,
            warnings: item.authorHistory.warningCount,
            blocks: item.authorHistory.blockCount,
          })}
        </p>
      )}
      <div className="field">
        <label htmlFor={reasonId}>{t('moderation.queue.reason')}</label>
        <input
          id={reasonId}
          value={reason}
          maxLength={MODERATION_LIMITS.reason.max}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--danger"
          disabled={busy || !reasonValid}
          onClick={() => void run(() => hide({ variables: { input: { ...target, reason: reason.trim() } } }))}
        >
          {t('moderation.queue.hide')}
        </button>
        {item.state === 'HELD' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => approve({ variables: { input: target } }))}
          >
            {t('moderation.queue.approve')}
          </button>
        ) : item.hiddenReason ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => restore({ variables: { input: target } }))}
          >
            {t('moderation.queue.restore')}
          </button>
        ) : null}
        {item.state !== 'HELD' && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => dismiss({ variables: { input: target } }))}
          >
            {t('moderation.queue.dismiss')}
          </button>
        )}
      </div>
      {(sanctions || personalData) && (
        <div className="form-actions">
          {personalData && (
            <ModerationDialog label={t('moderation.remove.button')} heading={t('moderation.remove.heading')} danger>
              {(close) => <HideForm kind={item.kind} itemId={item.itemId} remove close={close} onDone={setStatus} />}
            </ModerationDialog>
          )}
          {sanctions && (
            <>
              <ModerationDialog label={t('moderation.warn.authorButton')} heading={t('moderation.warn.heading')}>
                {(close) => <SanctionForm mode="warn" {...sanctions} close={close} onDone={setStatus} />}
              </ModerationDialog>
              <ModerationDialog
                label={t('moderation.block.authorButton')}
                heading={t('moderation.block.heading')}
                danger
              >
                {(close) => <SanctionForm mode="block" {...sanctions} close={close} onDone={setStatus} />}
              </ModerationDialog>
              {item.authorHistory?.blockedUntil && (
                <ModerationDialog label={t('moderation.unblock.button')} heading={t('moderation.unblock.heading')}>
                  {(close) => <SanctionForm mode="unblock" {...sanctions} close={close} onDone={setStatus} />}
                </ModerationDialog>
              )}
            </>
          )}
        </div>
      )}
      <p role="status">{status}</p>
      <ProblemCallout error={problem} inline />
    </li>
  );
}

function Queue() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationQueueDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const municipalityIds = [...new Set((me?.roles ?? []).flatMap((r) => (r.municipality ? [r.municipality.id] : [])))];
  const [announcement, setAnnouncement] = useState('');
  useModerationLive(municipalityIds, () => {
    setAnnouncement(t('moderation.queue.updated'));
    void refetch();
  });
  const queue = data?.moderationQueue;
  return (
    <section aria-labelledby="moderation-queue-heading" className="section">
      <h2 id="moderation-queue-heading" className="visually-hidden">
        {t('moderation.queue.list')}
      </h2>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {loading && !queue && <p className="muted">{t('common.loading')}</p>}
      <ProblemCallout error={error} onRetry={() => void refetch()} />
      {queue && queue.nodes.length === 0 && <p>{t('moderation.queue.empty')}</p>}
      {queue && queue.nodes.length > 0 && (
        <ul className="moderation-list" data-testid="moderation-queue">
          {queue.nodes.map((item) => (
            <QueueEntry key={`${item.kind}:${item.itemId}`} item={item} onDone={() => void refetch()} />
          ))}
        </ul>
      )}
      <LoadMoreButton
        pageInfo={queue?.pageInfo}
        label={t('moderation.more')}
        onLoadMore={(after) =>
          fetchMore({ variables: { first: PAGE, after }, updateQuery: appendPage('moderationQueue') })
        }
      />
    </section>
  );
}

export function ModerationQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('moderation.queue.heading'));
  return (
    <div className="page">
      <PageHeading>{t('moderation.queue.heading')}</PageHeading>
      <p>
        <Link to={routes.moderationLog()}>{t('moderation.log.link')}</Link>
      </p>
      <RequireAuth>
        <Queue />
        <ModerationSettingsPanel />
      </RequireAuth>
    </div>
  );
}
