import { useMutation } from '@apollo/client/react';
import { FlagReason, MODERATION_LIMITS, type ModeratableKind } from '@ratusz/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagContentDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';

const REASONS = Object.values(FlagReason);

/**
 * "Report": a modal dialog (the native <dialog>, which keeps focus inside and
 * closes on Escape) asking why; OTHER needs the reporter's words.
 */
export function FlagButton({ kind, itemId, label }: { kind: ModeratableKind; itemId: string; label: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const noteId = useId();
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [flag, { loading }] = useMutation(FlagContentDocument);
  const noteMissing = reason === FlagReason.OTHER && !note.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason || noteMissing) return;
    setProblem(null);
    try {
      await flag({ variables: { input: { kind, itemId, reason, note: note.trim() || null } } });
      setSent(true);
      dialog.current?.close();
    } catch (error) {
      setProblem(error);
    }
  };

  if (sent) {
    return (
      <span className="muted" role="status">
        {t('moderation.flag.sent')}
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        aria-label={label}
        onClick={() => dialog.current?.showModal()}
      >
        {t('moderation.flag.button')}
      </button>
      <dialog ref={dialog} className="moderation-dialog" aria-labelledby={headingId}>
        <form onSubmit={(event) => void submit(event)}>
          <h2 id={headingId}>{t('moderation.flag.heading')}</h2>
          <fieldset>
            <legend>{t('moderation.flag.reason')}</legend>
            {REASONS.map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="reason"
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />{' '}
                {t(`moderation.reasons.${value}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={noteId}>
              {t('moderation.flag.note')}
              {reason === FlagReason.OTHER ? ` (${t('moderation.flag.required')})` : ''}
            </label>
            <textarea
              id={noteId}
              value={note}
              maxLength={MODERATION_LIMITS.flagNote.max}
              required={reason === FlagReason.OTHER}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <ProblemCallout error={problem} inline />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={!reason || noteMissing || loading}>
              {t('moderation.flag.submit')}
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {t('moderation.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
