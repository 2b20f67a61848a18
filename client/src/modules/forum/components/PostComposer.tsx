import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { FORUM_LIMITS, FieldErrorCode } from '@ratusz/shared';
import { EditPostDocument, ReplyToPostDocument, type ForumPostFieldsFragment, type Stance } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { useFormProblem } from '../../forms/hooks/useFormProblem';
import { translateFieldError } from '../../forms/translate';
import { length } from '../../forms/validation';
import { insertPosts } from '../cache';
import { withoutLeadingQuote } from '../quote';
import { MarkdownField } from './MarkdownField';

export const STANCES: readonly Stance[] = ['FOR', 'AGAINST', 'NEUTRAL'];

/** A reply being written; kept by the post it answers, so closing the composer or a lock does not lose it. */
export interface ReplyDraft {
  body: string;
  quotedPostId: string | null;
  stance: Stance | null;
}

export const EMPTY_DRAFT: ReplyDraft = { body: '', quotedPostId: null, stance: null };

const REPLY_FIELDS = ['body', 'stance', 'quotedPostId'] as const;
const EDIT_FIELDS = ['body'] as const;

interface ReplyComposerProps {
  post: ForumPostFieldsFragment;
  draft: ReplyDraft;
  setDraft: Dispatch<SetStateAction<ReplyDraft>>;
  /** Replies in threads about a consultation may say where they stand. */
  consultation: boolean;
  /** Changes each time the reader asks to quote, to bring them back to the text. */
  focusRequest: number;
  onSent: () => void;
  onCancel: () => void;
}

export function ReplyComposer({
  post,
  draft,
  setDraft,
  consultation,
  focusRequest,
  onSent,
  onCancel,
}: ReplyComposerProps) {
  const { t } = useTranslation();
  const base = `reply-${post.id}`;
  const fieldId = (field: string) => (field === 'stance' ? `${base}-stance-${STANCES[0]}` : `${base}-${field}`);
  const form = useFormProblem(REPLY_FIELDS, fieldId);
  const [reply, { loading }] = useMutation(ReplyToPostDocument);
  const bodyError = form.fieldError('body');
  const stanceError = form.fieldError('stance');
  const quoteError = form.fieldError('quotedPostId');
  const bodyId = fieldId('body');

  useEffect(() => {
    if (!focusRequest) return;
    const field = document.getElementById(bodyId);
    if (!(field instanceof HTMLTextAreaElement)) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, [focusRequest, bodyId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const error = length('body', draft.body, 1, FORUM_LIMITS.bodyMax);
    if (!form.validate(error ? [error] : [])) return;
    try {
      await reply({
        variables: {
          input: {
            threadId: post.threadId,
            parentId: post.id,
            body: draft.body,
            quotedPostId: draft.quotedPostId,
            stance: consultation ? draft.stance : null,
          },
        },
        update(cache, { data }) {
          if (data) insertPosts(cache, post.threadId, [data.replyToPost]);
        },
      });
      onSent();
    } catch (failure) {
      form.fail(failure);
    }
  };

  const stanceMessage =
    stanceError &&
    (stanceError.code === FieldErrorCode.INVALID ? t('forum.stance.invalid') : translateFieldError(t, stanceError));
  const stanceOptions: { value: Stance | null; key: string; label: string }[] = [
    ...STANCES.map((value) => ({ value, key: value, label: t(`forum.stance.${value}`) })),
    { value: null, key: 'none', label: t('forum.stance.none') },
  ];

  return (
    <form className="form post-composer" noValidate onSubmit={(event) => void submit(event)}>
      <FormProblem
        state={form}
        fieldId={(field) => (field === 'body' || (field === 'stance' && consultation) ? fieldId(field) : null)}
      />
      {draft.quotedPostId && (
        <div className="post-composer__quote">
          <p className="muted">{t('forum.composer.quoting', { number: post.number })}</p>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() =>
              setDraft((current) => ({ ...current, quotedPostId: null, body: withoutLeadingQuote(current.body) }))
            }
          >
            {t('forum.composer.removeQuote')}
          </button>
          {quoteError && <p className="field__error">{translateFieldError(t, quoteError)}</p>}
        </div>
      )}
      <MarkdownField
        id={bodyId}
        label={t('forum.composer.replyLabel')}
        value={draft.body}
        onChange={(body) => setDraft((current) => ({ ...current, body }))}
        autoFocus
        error={bodyError && translateFieldError(t, bodyError)}
      />
      {consultation && (
        <fieldset
          className={`picker stance-picker${stanceMessage ? ' picker--invalid' : ''}`}
          aria-describedby={stanceMessage ? `${base}-stance-error` : undefined}
        >
          <legend className="picker__legend">
            {t('forum.stance.legend')} <span className="field__optional">({t('common.optional')})</span>
          </legend>
          {stanceMessage && (
            <p className="field__error" id={`${base}-stance-error`}>
              {stanceMessage}
            </p>
          )}
          <ul className="picker__options stance-picker__options">
            {stanceOptions.map((option) => (
              <li className="picker__option" key={option.key}>
                <input
                  type="radio"
                  id={`${base}-stance-${option.key}`}
                  name={`${base}-stance`}
                  checked={draft.stance === option.value}
                  onChange={() => setDraft((current) => ({ ...current, stance: option.value }))}
                  aria-invalid={stanceMessage ? true : undefined}
                />
                <label htmlFor={`${base}-stance-${option.key}`}>{option.label}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('forum.composer.sending') : t('forum.composer.send')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('forum.composer.cancel')}
        </button>
      </div>
    </form>
  );
}

interface EditComposerProps {
  post: ForumPostFieldsFragment;
  onDone: () => void;
}

export function EditComposer({ post, onDone }: EditComposerProps) {
  const { t } = useTranslation();
  const fieldId = (field: string) => `edit-${post.id}-${field}`;
  const [body, setBody] = useState(post.bodySource ?? '');
  const form = useFormProblem(EDIT_FIELDS, fieldId);
  const [edit, { loading }] = useMutation(EditPostDocument);
  const bodyError = form.fieldError('body');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const error = length('body', body, 1, FORUM_LIMITS.bodyMax);
    if (!form.validate(error ? [error] : [])) return;
    try {
      await edit({ variables: { input: { postId: post.id, body } } });
      onDone();
    } catch (failure) {
      form.fail(failure);
    }
  };

  return (
    <form className="form post-composer" noValidate onSubmit={(event) => void submit(event)}>
      <FormProblem state={form} fieldId={(field) => (field === 'body' ? fieldId('body') : null)} />
      <MarkdownField
        id={fieldId('body')}
        label={t('forum.composer.editLabel')}
        value={body}
        onChange={setBody}
        autoFocus
        error={bodyError && translateFieldError(t, bodyError)}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('forum.composer.sending') : t('forum.composer.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('forum.composer.cancel')}
        </button>
      </div>
    </form>
  );
}
