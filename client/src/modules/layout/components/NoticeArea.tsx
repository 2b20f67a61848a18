import { useTranslation } from 'react-i18next';
import { useNotices } from '../notices';

/**
 * The polite live region for site-wide notices. It is always in the page so
 * screen readers register it before anything is announced into it.
 */
export function NoticeArea() {
  const { t } = useTranslation();
  const { notice, dismissNotice } = useNotices();
  return (
    <div className="notice-area" role="status" aria-live="polite" aria-atomic="true">
      {notice && (
        <div className={`notice notice--${notice.tone}`} key={notice.id}>
          <p className="notice__text">{notice.message(t)}</p>
          <button type="button" className="button button--small button--ghost" onClick={dismissNotice}>
            {t('layout.notices.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
