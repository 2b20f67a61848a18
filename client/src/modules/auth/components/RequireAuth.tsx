import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../hooks/useMe';
import { routes } from '../../../app/routes';

interface LoginRedirectState {
  from: string;
}

/**
 * Renders `children` for a logged-in user; sends visitors to the login page,
 * which brings them back here afterwards. Pages keep their h1 outside, so it
 * is there (and focusable) while `me` is still loading.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const location = useLocation();
  if (loading) {
    return <p className="muted">{t('common.loading')}</p>;
  }
  if (!me) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to={routes.login()} replace state={state} />;
  }
  return children;
}
