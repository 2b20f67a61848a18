import { useTranslation } from 'react-i18next';
import { DOCUMENT_LIMITS } from '@ratusz/shared';
import { ACCEPT_ATTRIBUTE, formatBytes } from '../../documents/files';
import { useZonedFormat } from '../../meetings/hooks/useZonedFormat';
import type { AttachmentProblem } from '../attachments';

interface AttachmentPickerProps {
  id: string;
  files: readonly File[];
  onChange: (files: File[]) => void;
  /** How many more files the proposal can take. */
  room: number;
  problem: AttachmentProblem | null;
}

/** The sentence for a problem with the chosen files, in the reader's language. */
function useAttachmentProblemMessage(): (problem: AttachmentProblem, room: number) => string {
  const { t } = useTranslation();
  const { locale } = useZonedFormat();
  return (problem, room) => {
    switch (problem.code) {
      case 'FILE_TOO_LARGE':
        return t('proposals.attachments.tooLarge', {
          name: problem.name,
          max: formatBytes(DOCUMENT_LIMITS.maxBytes, locale),
        });
      case 'FILE_TYPE_NOT_ALLOWED':
        return t('proposals.attachments.wrongType', { name: problem.name });
      case 'TOO_MANY':
        return t('proposals.attachments.tooMany', { count: room });
      case 'PHASE_CLOSED':
        return t('proposals.attachments.phaseClosed');
    }
  };
}

/**
 * Choosing files for a proposal: a labelled file input (several at a time),
 * the files chosen so far, each of which can be taken out again, and the
 * problem with them, tied to the input for screen readers.
 */
export function AttachmentPicker({ id, files, onChange, room, problem }: AttachmentPickerProps) {
  const { t } = useTranslation();
  const { locale } = useZonedFormat();
  const describe = useAttachmentProblemMessage();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field attachment-picker${problem ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {t('proposals.attachments.label')}
      </label>
      <p className="field__hint" id={hintId}>
        {t('proposals.attachments.hint', { max: formatBytes(DOCUMENT_LIMITS.maxBytes, locale), count: room })}
      </p>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        className="field__input"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []);
          // Cleared, so choosing the same file again (after taking it out) is noticed.
          event.target.value = '';
          if (chosen.length) onChange([...files, ...chosen]);
        }}
      />
      {problem && (
        <p className="field__error" id={errorId}>
          {describe(problem, room)}
        </p>
      )}
      {files.length > 0 && (
        <ul className="attachment-picker__chosen" aria-label={t('proposals.attachments.chosen')}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              {file.name} <span className="muted">({formatBytes(file.size, locale)})</span>{' '}
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => onChange(files.filter((_, other) => other !== index))}
              >
                {t('proposals.attachments.unselect', { name: file.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
