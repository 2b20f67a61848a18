import { useTranslation } from 'react-i18next';
import { FORUM_LIMITS } from '@ratusz/shared';
import { FormProblem } from '../../forms/components/FormProblem';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { MarkdownFormField } from '../../forum/components/MarkdownFormField';

interface ParagraphComposerProps {
  id: string;
  label: string;
  submitLabel: string;
  send: (body: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A comment, a reply or an official answer on a draft paragraph: the forum's markdown field, our mutation. */
export function ParagraphComposer({ id, label, submitLabel, send, onCancel, autoFocus }: ParagraphComposerProps) {
  const { t } = useTranslation();
  const bodyId = `${id}-body`;
  const form = useAppForm({
    fields: { body: bodyId },
    defaultValues: { body: '' },
    checks: { body: (value: string) => length('body', value, 1, FORUM_LIMITS.bodyMax) },
  });
  const { isSubmitting } = form.formState;
  const submit = form.submit(async ({ body }) => {
    await send(body);
    form.reset({ body: '' });
  });
  return (
    <form className="form post-composer" noValidate onSubmit={submit}>
      <FormProblem form={form} />
      <MarkdownFormField form={form} name="body" id={bodyId} label={label} autoFocus={autoFocus} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('forum.composer.sending') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('forum.composer.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
