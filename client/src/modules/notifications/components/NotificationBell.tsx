import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { routes } from '../../../app/routes';
import { useUnreadCount } from '../hooks/useUnreadCount';

/** The header's link to the notifications, with the live unread count spelled out for screen readers. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true);
  return (
    <NavLink
      to={routes.notifications()}
      className="notification-bell"
      data-testid="notification-bell"
      aria-label={t('notifications.bell', { count: unread })}
    >
      <span aria-hidden="true">🔔</span>
      <span aria-hidden="true" className="notification-bell__label">
        {t('notifications.nav')}
      </span>
      {unread > 0 && (
        <span className="notification-bell__count" aria-hidden="true" data-testid="notification-count">
          {unread}
        </span>
      )}
    </NavLink>
  );
}
