import { useTranslation } from 'react-i18next';
import { useProblemMessage, type ProblemMessages } from '../hooks/useProblemMessage';

interface ProblemCalloutProps {
  /** What a query or mutation rejected with; nothing is shown while it is null or undefined. */
  error: unknown;
  /** Sentences replacing the generic one for some codes (e.g. a category that still has threads). */
  messages?: ProblemMessages;
  /** Offers to try again (a failed load). */
  onRetry?: () => void;
  /**
   * A short line under the buttons whose action failed, instead of a callout.
   * Its live region is always rendered, so a failure that appears is announced.
   */
  inline?: boolean;
}

/** The one way to show a problem that belongs to no field: translated from its code, announced, with a retry. */
export function ProblemCallout({ error, messages, onRetry, inline }: ProblemCalloutProps) {
  const { t } = useTranslation();
  const describe = useProblemMessage();
  const failed = error !== null && error !== undefined;
  if (inline) {
    return <div role="alert">{failed && <p className="field__error">{describe(error, messages)}</p>}</div>;
  }
  if (!failed) return null;
  return (
    <div className="callout callout--error" role="alert">
      <p>{describe(error, messages)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
