import { useTranslation } from 'react-i18next';

/**
 * Replies that arrived live wait here until the reader asks for them, so the
 * text being read does not move. Always rendered: the live region must exist
 * before its content changes for screen readers to announce it.
 */
export function PendingReplies({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="live-replies" aria-live="polite">
      {count > 0 && (
        <button type="button" className="button button--primary" onClick={onShow}>
          {t('forum.thread.newReplies', { count })}
        </button>
      )}
    </div>
  );
}
