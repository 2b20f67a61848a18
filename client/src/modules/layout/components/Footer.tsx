import { useTranslation } from 'react-i18next';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('layout.footer.about')}</p>
        <p>{t('layout.footer.accessibility')}</p>
      </div>
    </footer>
  );
}
