import { useId, useState, type ReactNode, type TextareaHTMLAttributes, type Ref } from 'react';

interface ModerationDialogProps {
  /** The opener's visible text. */
  label: string;
  /** Names the opener for assistive technology when its text alone is ambiguous (e.g. "Hide post 3"). */
  ariaLabel?: string;
  heading: string;
  danger?: boolean;
  /** The form; `close` returns focus to the opener. */
  children: (close: () => void) => ReactNode;
}

/**
 * A button opening a modal native <dialog> (focus stays inside, Escape closes,
 * focus returns to the button). The form stays mounted while closed, so what a
 * moderator typed survives closing it by mistake or a refused save.
 */
export function ModerationDialog({ label, ariaLabel, heading, danger, children }: ModerationDialogProps) {
  // Kept in state, not a ref: the forms get `close` while rendering.
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  const headingId = useId();
  const close = () => dialog?.close();
  return (
    <>
      <button
        type="button"
        className={`button button--small${danger ? ' button--danger' : ''}`}
        aria-haspopup="dialog"
        aria-label={ariaLabel}
        onClick={() => dialog?.showModal()}
      >
        {label}
      </button>
      <dialog ref={setDialog} className="moderation-dialog" aria-labelledby={headingId}>
        <h2 id={headingId}>{heading}</h2>
        {children(close)}
      </dialog>
    </>
  );
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'children'> {
  id: string;
  ref?: Ref<HTMLTextAreaElement>;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled textarea with its hint and error tied to it, as <TextField> does for inputs. */
export function TextAreaField({ id, label, hint, error, ...input }: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        {...input}
        id={id}
        className="field__textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
