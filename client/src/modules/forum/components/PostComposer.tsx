import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FORUM_LIMITS } from '@ratusz/shared';
import { EditPostDocument, ReplyToPostDocument, type ForumPostFieldsFragment } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { useFormProblem } from '../../forms/hooks/useFormProblem';
import { translateFieldError } from '../../forms/translate';
import { length } from '../../forms/validation';
import { insertPosts } from '../cache';
import { MarkdownField } from './MarkdownField';

const FIELDS = ['body'] as const;

interface ComposerProps {
  post: ForumPostFieldsFragment;
  onDone: () => void;
}

function Composer({ post, onDone, mode }: ComposerProps & { mode: 'reply' | 'edit' }) {
  const { t } = useTranslation();
  const fieldId = (field: string) => `${mode}-${post.id}-${field}`;
  const [body, setBody] = useState(mode === 'edit' ? (post.bodySource ?? '') : '');
  const form = useFormProblem(FIELDS, fieldId);
  const [reply, replyState] = useMutation(ReplyToPostDocument);
  const [edit, editState] = useMutation(EditPostDocument);
  const loading = replyState.loading || editState.loading;
  const bodyError = form.fieldError('body');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const error = length('body', body, 1, FORUM_LIMITS.bodyMax);
    if (!form.validate(error ? [error] : [])) return;
    try {
      if (mode === 'reply') {
        await reply({
          variables: { input: { threadId: post.threadId, parentId: post.id, body } },
          update(cache, { data }) {
            if (data) insertPosts(cache, post.threadId, [data.replyToPost]);
          },
        });
      } else {
        await edit({ variables: { input: { postId: post.id, body } } });
      }
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
        label={mode === 'reply' ? t('forum.composer.replyLabel') : t('forum.composer.editLabel')}
        value={body}
        onChange={setBody}
        autoFocus
        error={bodyError && translateFieldError(t, bodyError)}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading
            ? t('forum.composer.sending')
            : mode === 'reply'
              ? t('forum.composer.send')
              : t('forum.composer.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('forum.composer.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ReplyComposer(props: ComposerProps) {
  return <Composer {...props} mode="reply" />;
}

export function EditComposer(props: ComposerProps) {
  return <Composer {...props} mode="edit" />;
}
