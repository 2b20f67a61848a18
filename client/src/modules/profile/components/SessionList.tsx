import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@ratusz/shared';
import { useSignedOut } from '../../auth/hooks/useSignedOut';
import { holdRevocationEvents } from '../../auth/session';
import { toApiProblem } from '../../forms/apiProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useProblemNotice } from '../../forms/hooks/useProblemMessage';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useNotices } from '../../layout/notices';
import { useSessions } from '../hooks/useSessions';
import { describeUserAgent } from '../userAgent';
import { routes } from '../../../app/routes';

export function SessionList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { showNotice } = useNotices();
  const showProblem = useProblemNotice();
  const signedOut = useSignedOut();
  const sessions = useSessions();

  const deviceName = (userAgent: string | null | undefined) => {
    const device = describeUserAgent(userAgent);
    return device ? t('profile.sessions.device', device) : t('profile.sessions.unknownDevice');
  };

  const revoke = async (id: string, device: string) => {
    if (sessions.revoking) return;
    try {
      await sessions.revoke(id);
      showNotice((tr) => tr('profile.sessions.revoked', { device }), { tone: 'success' });
    } catch (error) {
      showProblem(error);
    }
  };

  const logoutEverywhere = async () => {
    if (sessions.loggingOutEverywhere) return;
    const release = holdRevocationEvents();
    try {
      try {
        await sessions.logoutEverywhere();
      } catch (error) {
        if (toApiProblem(error).code !== ErrorCode.UNAUTHENTICATED) {
          showProblem(error);
          return;
        }
      }
      await signedOut('LOGOUT_EVERYWHERE', routes.home());
    } finally {
      release();
    }
  };

  return (
    <section className="section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('profile.sessions.heading')}</h2>
      <p>{t('profile.sessions.intro')}</p>
      {sessions.loading && <p className="muted">{t('common.loading')}</p>}
      <ProblemCallout error={sessions.error} onRetry={sessions.refetch} />
      {!sessions.loading && !sessions.error && sessions.sessions.length === 0 && <p>{t('profile.sessions.empty')}</p>}
      <ul className="session-list">
        {sessions.sessions.map((session) => {
          const device = deviceName(session.userAgent);
          const lastSeen = format.dateTime(session.lastSeenAt);
          return (
            <li className={`session${session.current ? ' session--current' : ''}`} key={session.id}>
              <p className="session__device">
                <strong>{device}</strong>
                {session.current && <span className="badge">{t('profile.sessions.current')}</span>}
              </p>
              <dl className="session__details">
                <div>
                  <dt>{t('profile.sessions.lastSeen')}</dt>
                  <dd>{lastSeen}</dd>
                </div>
                <div>
                  <dt>{t('profile.sessions.created')}</dt>
                  <dd>{format.dateTime(session.createdAt)}</dd>
                </div>
                <div>
                  <dt>{t('profile.sessions.expires')}</dt>
                  <dd>{format.dateTime(session.expiresAt)}</dd>
                </div>
                <div>
                  <dt>{t('profile.sessions.ip')}</dt>
                  <dd>{session.ip ?? t('profile.sessions.unknownIp')}</dd>
                </div>
              </dl>
              {!session.current && (
                <button
                  type="button"
                  className="button button--small"
                  aria-disabled={sessions.revoking || undefined}
                  onClick={() => void revoke(session.id, device)}
                >
                  {t('profile.sessions.revoke')}
                  <span className="visually-hidden">
                    {' '}
                    ({t('profile.sessions.revokeContext', { device, date: lastSeen })})
                  </span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="danger-zone">
        <p id="logout-everywhere-hint">{t('profile.sessions.logoutEverywhereHint')}</p>
        <button
          type="button"
          className="button button--danger"
          aria-describedby="logout-everywhere-hint"
          aria-disabled={sessions.loggingOutEverywhere || undefined}
          onClick={() => void logoutEverywhere()}
        >
          {sessions.loggingOutEverywhere ? t('profile.sessions.working') : t('profile.sessions.logoutEverywhere')}
        </button>
      </div>
    </section>
  );
}
