import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';

export function AlreadySignedIn({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <p className="callout">
      {t('auth.alreadySignedIn', { name })} <Link to={routes.profile()}>{t('auth.goToProfile')}</Link>
    </p>
  );
}
