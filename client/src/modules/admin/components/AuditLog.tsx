import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import { AuditEventsDocument, type AuditEventKind } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';

const PAGE_SIZE = 50;

const KINDS: readonly AuditEventKind[] = [
  'LOGIN',
  'LOGIN_FAILED',
  'LOGOUT_EVERYWHERE',
  'SESSION_REVOKED',
  'ROLE_GRANTED',
  'ROLE_REVOKED',
  'ADMIN_GRANTED',
  'PASSWORD_RESET_REQUESTED',
  'PASSWORD_RESET_COMPLETED',
  'ACCOUNT_DELETED',
  'EXPORT',
  'DATA_DOWNLOAD',
  'ORGANISATION_VERIFIED',
];

/** The facts of an event as "key: value" pairs (the server keeps secrets out of them). */
function details(json: string): string {
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    return Object.entries(parsed)
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join(', ');
  } catch {
    return '';
  }
}

/** Security-relevant events, newest first, filtered by kind and day range. */
export function AuditLog() {
  const { t } = useTranslation();
  const format = useFormatters();
  const kindId = useId();
  const fromId = useId();
  const toId = useId();
  const [kind, setKind] = useState<AuditEventKind | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = useQuery(AuditEventsDocument, {
    variables: {
      first: PAGE_SIZE,
      kinds: kind ? [kind] : null,
      // Days in the reader's time zone: from the start of `from` to the end of `to`.
      from: from ? new Date(`${from}T00:00:00`).toISOString() : null,
      to: to ? new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString() : null,
    },
  });
  const events = query.data?.auditEvents.nodes ?? [];
  return (
    <section className="section" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('admin.audit.heading')}</h2>
      <p>{t('admin.audit.intro')}</p>
      <p>
        <Link to={routes.moderationLog()}>{t('admin.audit.moderationLog')}</Link>
      </p>
      <div className="form">
        <div className="field">
          <label className="field__label" htmlFor={kindId}>
            {t('admin.audit.kind')}
          </label>
          <select
            id={kindId}
            className="field__input"
            value={kind}
            onChange={(event) => setKind(event.target.value as AuditEventKind | '')}
          >
            <option value="">{t('admin.audit.allKinds')}</option>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`admin.audit.kinds.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={fromId}>
            {t('admin.audit.from')}
          </label>
          <input
            id={fromId}
            type="date"
            className="field__input"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={toId}>
            {t('admin.audit.to')}
          </label>
          <input id={toId} type="date" className="field__input" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />
      {query.loading && !query.data && <p>{t('common.loading')}</p>}
      {query.data && events.length === 0 && <p>{t('admin.audit.none')}</p>}
      {events.length > 0 && (
        <div>
          <table data-testid="audit-log">
            <caption className="visually-hidden">{t('admin.audit.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.when')}</th>
                <th scope="col">{t('admin.audit.kind')}</th>
                <th scope="col">{t('admin.audit.actor')}</th>
                <th scope="col">{t('admin.audit.ip')}</th>
                <th scope="col">{t('admin.audit.target')}</th>
                <th scope="col">{t('admin.audit.details')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                  </td>
                  <td>{t(`admin.audit.kinds.${event.kind}`)}</td>
                  <td>{event.actorDisplayName ? `${event.actorDisplayName} (${event.actorEmail})` : '—'}</td>
                  <td>{event.ip ?? '—'}</td>
                  <td>{event.targetType ? `${event.targetType} ${event.targetId ?? ''}` : '—'}</td>
                  <td>{details(event.detailsJson)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMoreButton
        pageInfo={query.data?.auditEvents.pageInfo}
        label={t('admin.audit.more')}
        onLoadMore={(after) => query.fetchMore({ variables: { after }, updateQuery: appendPage('auditEvents') })}
      />
    </section>
  );
}
