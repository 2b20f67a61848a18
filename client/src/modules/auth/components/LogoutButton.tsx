import { useTranslation } from 'react-i18next';
import { useLogout } from '../hooks/useLogout';
import { routes } from '../../../app/routes';

export function LogoutButton() {
  const { t } = useTranslation();
  const { logout, loggingOut } = useLogout();
  return (
    <button
      type="button"
      className="button button--ghost"
      aria-disabled={loggingOut || undefined}
      onClick={() => {
        if (loggingOut) return;
        void logout(routes.home());
      }}
    >
      {loggingOut ? t('layout.user.loggingOut') : t('layout.user.logout')}
    </button>
  );
}
