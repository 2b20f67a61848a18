import { useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewMarkdownDocument } from '../../../gql/graphql';
import { useDebouncedValue } from '../../forms/hooks/useDebouncedValue';
import { useMentionCombobox } from '../hooks/useMentionCombobox';
import { MentionSuggestions } from './MentionSuggestions';

export interface MarkdownFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoFocus?: boolean;
}

/**
 * A labelled markdown textarea, how to mention someone (with people offered
 * while an @mention is typed), and the server's rendering of it as a live preview.
 */
export function MarkdownField({ id, label, value, onChange, error, autoFocus }: MarkdownFieldProps) {
  const { t } = useTranslation();
  const debounced = useDebouncedValue(value, 400);
  const preview = useQuery(PreviewMarkdownDocument, {
    variables: { body: debounced },
    skip: debounced.trim() === '',
  });
  const errorId = error ? `${id}-error` : undefined;
  const hintId = `${id}-hint`;
  const html = debounced.trim() === '' ? null : preview.data?.previewMarkdown;
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const mentions = useMentionCombobox({ listId: `${id}-mentions`, value, onChange, fieldRef });
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="mention-anchor">
        <textarea
          id={id}
          ref={fieldRef}
          className="field__input field__textarea"
          rows={5}
          value={value}
          // Focus moves here only when the reader opens a composer on purpose.
          autoFocus={autoFocus}
          {...mentions.fieldProps}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        />
        {mentions.list && <MentionSuggestions {...mentions.list} />}
      </div>
      <p className="visually-hidden" role="status" data-testid="mention-status">
        {mentions.status}
      </p>
      <p className="field__hint composer-hint" id={hintId}>
        {t('forum.composer.mentionHint')} {t('forum.mentions.hint')}
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="markdown-preview" role="region" aria-label={t('forum.composer.preview')}>
        <p className="markdown-preview__label" aria-hidden="true">
          {t('forum.composer.preview')}
        </p>
        {html ? (
          // Safe: the server sanitises previewMarkdown's HTML exactly as it does posts' bodyHtml.
          // (No eslint-disable needed: this config has no react/no-danger rule.)
          <div className="post__body" dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p className="muted">{t('forum.composer.previewEmpty')}</p>
        )}
      </div>
    </div>
  );
}
