import { AUTO_HIDDEN_REASON } from '@ratusz/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The words shown instead of hidden content: for a body, and for a title or a
 * tree node's text the server withheld (null) from this reader.
 */
export function useHiddenText(): (reason: string | null | undefined) => string {
  const { t } = useTranslation();
  return useCallback(
    (reason) =>
      !reason || reason === AUTO_HIDDEN_REASON ? t('moderation.hiddenPending') : t('moderation.hiddenBy', { reason }),
    [t],
  );
}

/** A title as shown: the one the server withheld (null) from this reader reads as why it was hidden. */
export function useShownTitle(): (item: { title: string | null; hiddenReason?: string | null }) => string {
  const hiddenText = useHiddenText();
  return useCallback((item) => item.title ?? hiddenText(item.hiddenReason), [hiddenText]);
}

/** What readers see instead of content a moderator (or the flag threshold) hid; replies stay around it. */
export function HiddenNotice({ reason }: { reason: string }) {
  const hiddenText = useHiddenText();
  return (
    <p className="moderation-notice" data-testid="hidden-notice">
      {hiddenText(reason)}
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
