import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage';

/**
 * One button that switches between Polish and English. The target language's
 * name is shown in that language (lang attribute), the rest is read in the
 * current one: "Zmień język na English" / "Change language to Polski".
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const target = language === 'pl' ? 'en' : 'pl';
  return (
    <button
      type="button"
      className="button button--ghost language-switch"
      data-testid="language-switch"
      onClick={() => setLanguage(target)}
    >
      <span className="visually-hidden">{t('layout.language.changeTo')} </span>
      <span lang={t('layout.language.targetCode')}>{t('layout.language.target')}</span>
    </button>
  );
}
