import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "<page> – Ratusz" in the current language. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('pages.titleTemplate', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
