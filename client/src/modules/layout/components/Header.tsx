import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LogoutButton } from '../../auth/components/LogoutButton';
import { useMe } from '../../auth/hooks/useMe';
import { LanguageSwitch } from '../../i18n/components/LanguageSwitch';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { routes } from '../../../app/routes';

const navClass = ({ isActive }: { isActive: boolean }) => `site-nav__link${isActive ? ' site-nav__link--active' : ''}`;

export function Header() {
  const { t } = useTranslation();
  // Until `me` is known, neither the visitor's nor the user's links are shown, so nothing flickers.
  const { me, loading } = useMe();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="brand">
          <Link to={routes.home()} className="brand__name">
            {t('common.siteName')}
          </Link>
          <span className="brand__tagline">{t('layout.tagline')}</span>
        </div>
        <nav className="site-nav" aria-label={t('layout.nav.label')}>
          <ul className="site-nav__list">
            <li>
              <NavLink to={routes.home()} end className={navClass}>
                {t('layout.nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={routes.forum()} className={navClass}>
                {t('layout.nav.forum')}
              </NavLink>
            </li>
            <li>
              <NavLink to={routes.consultations()} className={navClass}>
                {t('layout.nav.consultations')}
              </NavLink>
            </li>
            <li>
              <NavLink to={routes.networks()} className={navClass}>
                {t('networks.nav')}
              </NavLink>
            </li>
            <li>
              <NavLink to={routes.comparisons()} className={navClass}>
                {t('indicators.nav')}
              </NavLink>
            </li>
            <li>
              <NavLink to={routes.organisations()} className={navClass}>
                {t('organisations.nav')}
              </NavLink>
            </li>
            {loading ? null : me ? (
              <>
                <li>
                  <NavLink to={routes.profile()} className={navClass}>
                    {t('layout.nav.profile')}
                  </NavLink>
                </li>
                {me.isAdmin && (
                  <li>
                    <NavLink to={routes.admin()} className={navClass}>
                      {t('layout.nav.admin')}
                    </NavLink>
                  </li>
                )}
              </>
            ) : (
              <>
                <li>
                  <NavLink to={routes.login()} className={navClass}>
                    {t('layout.nav.login')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={routes.register()} className={navClass}>
                    {t('layout.nav.register')}
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <div className="site-header__tools">
          {me && (
            <>
              <NotificationBell />
              <p className="current-user">
                <span className="current-user__label">{t('layout.user.signedInAs')} </span>
                <strong data-testid="current-user">{me.displayName}</strong>
              </p>
              <LogoutButton />
            </>
          )}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
