import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function AlreadySignedIn({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <p className="callout">
      {t('auth.alreadySignedIn', { name })} <Link to="/profil">{t('auth.goToProfile')}</Link>
    </p>
  );
}
