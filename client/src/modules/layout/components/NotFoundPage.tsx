import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from './PageHeading';
import { routes } from '../../../app/routes';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useDocumentTitle(t('pages.notFound'));
  return (
    <div className="page page--narrow">
      <PageHeading>{t('notFound.heading')}</PageHeading>
      <p>{t('notFound.body', { path: pathname })}</p>
      <p>
        <Link to={routes.home()}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
