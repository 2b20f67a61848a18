import { AUTO_HIDDEN_REASON } from '@ratusz/shared';
import { useTranslation } from 'react-i18next';

/** What readers see instead of content a moderator (or the flag threshold) hid; replies stay around it. */
export function HiddenNotice({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <p className="moderation-notice" data-testid="hidden-notice">
      {reason === AUTO_HIDDEN_REASON ? t('moderation.hiddenPending') : t('moderation.hiddenBy', { reason })}
    </p>
  );
}

/** Shown to the author of a reply held for pre-moderation (nobody else sees the reply). */
export function AwaitingNotice() {
  const { t } = useTranslation();
  return (
    <p className="moderation-notice" data-testid="awaiting-notice">
      {t('moderation.awaiting')}
    </p>
  );
}
