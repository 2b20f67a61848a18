import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FORUM_LIMITS, FieldErrorCode } from '@ratusz/shared';
import { EditPostDocument, ReplyToPostDocument, type ForumPostFieldsFragment, type Stance } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { insertPosts } from '../cache';
import { withoutLeadingQuote } from '../quote';
import { MarkdownField } from './MarkdownField';
import { MarkdownFormField } from './MarkdownFormField';
import { OnBehalfSelect } from '../../organisations/components/OnBehalfSelect';

const STANCES: readonly Stance[] = ['FOR', 'AGAINST', 'NEUTRAL'];

/** A reply being written; kept by the post it answers, so closing the composer or a lock does not lose it. */
export interface ReplyDraft {
  body: string;
  quotedPostId: string | null;
  stance: Stance | null;
}

export const EMPTY_DRAFT: ReplyDraft = { body: '', quotedPostId: null, stance: null };

const BODY_CHECK = { body: (value: string) => length('body', value, 1, FORUM_LIMITS.bodyMax) };

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
  const bodyId = `${base}-body`;
  // The draft stays the parent's (it outlives the composer); the form follows it.
  const form = useAppForm<ReplyDraft>({
    fields: { body: bodyId, stance: consultation ? `${base}-stance-${STANCES[0]}` : null, quotedPostId: null },
    defaultValues: draft,
    values: draft,
    checks: BODY_CHECK,
    messages: { stance: { [FieldErrorCode.INVALID]: t('forum.stance.invalid') } },
  });
  const [reply, { loading }] = useMutation(ReplyToPostDocument);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const stanceMessage = form.message('stance');
  const quoteMessage = form.message('quotedPostId');

  useEffect(() => {
    if (!focusRequest) return;
    const field = document.getElementById(bodyId);
    if (!(field instanceof HTMLTextAreaElement)) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, [focusRequest, bodyId]);

  const submit = form.submit(async (values) => {
    await reply({
      variables: {
        input: {
          threadId: post.threadId,
          parentId: post.id,
          body: values.body,
          quotedPostId: values.quotedPostId,
          stance: consultation ? values.stance : null,
          organisationId,
        },
      },
      update(cache, { data }) {
        if (data) insertPosts(cache, post.threadId, [data.replyToPost]);
      },
    });
    onSent();
  });

  const stanceOptions: { value: Stance | null; key: string; label: string }[] = [
    ...STANCES.map((value) => ({ value, key: value, label: t(`forum.stance.${value}`) })),
    { value: null, key: 'none', label: t('forum.stance.none') },
  ];

  return (
    <form className="form post-composer" noValidate onSubmit={submit}>
      <FormProblem form={form} />
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
          {quoteMessage && <p className="field__error">{quoteMessage}</p>}
        </div>
      )}
      <Controller
        control={form.control}
        name="body"
        rules={form.rules('body')}
        render={({ field }) => (
          <MarkdownField
            id={bodyId}
            label={t('forum.composer.replyLabel')}
            value={draft.body}
            onChange={(body) => {
              field.onChange(body);
              setDraft((current) => ({ ...current, body }));
            }}
            autoFocus
            error={form.message('body')}
          />
        )}
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
      <OnBehalfSelect id={`${base}-on-behalf`} value={organisationId} onChange={setOrganisationId} />
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
  const bodyId = `edit-${post.id}-body`;
  const form = useAppForm({
    fields: { body: bodyId },
    defaultValues: { body: post.bodySource ?? '' },
    checks: BODY_CHECK,
  });
  const [edit, { loading }] = useMutation(EditPostDocument);

  const submit = form.submit(async ({ body }) => {
    await edit({ variables: { input: { postId: post.id, body } } });
    onDone();
  });

  return (
    <form className="form post-composer" noValidate onSubmit={submit}>
      <FormProblem form={form} />
      <MarkdownFormField form={form} name="body" id={bodyId} label={t('forum.composer.editLabel')} autoFocus />
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
