import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DRAFT_LIMITS } from '@ratusz/shared';
import { ConsultationDraftsDocument, PublishDraftDocument } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { MarkdownFormField } from '../../forum/components/MarkdownFormField';

interface PublishDraftFormProps {
  consultationId: string;
  /** The current version, to start the next one from. */
  current: { title: string; source: string } | null;
  onPublished: (draftId: string) => void;
  onCancel: () => void;
}

/** A new version of the draft, written in markdown with the server's preview; each top-level block becomes a paragraph. */
export function PublishDraftForm({ consultationId, current, onPublished, onCancel }: PublishDraftFormProps) {
  const { t } = useTranslation();
  const [publish, { loading }] = useMutation(PublishDraftDocument);
  const form = useAppForm({
    fields: { title: 'draft-publish-title', source: 'draft-publish-source' },
    defaultValues: { title: current?.title ?? '', source: current?.source ?? '' },
    checks: {
      title: (value: string) => length('title', value, 1, DRAFT_LIMITS.titleMax),
      source: (value: string) => length('source', value, 1, DRAFT_LIMITS.sourceMax),
    },
  });
  const submit = form.submit(async ({ title, source }) => {
    const result = await publish({
      variables: { input: { consultationId, title, source } },
      refetchQueries: [{ query: ConsultationDraftsDocument, variables: { consultationId } }],
      awaitRefetchQueries: true,
    });
    if (result.data) onPublished(result.data.publishDraft.id);
  });
  return (
    <section className="section draft-publish" aria-labelledby="draft-publish-heading">
      <h3 id="draft-publish-heading">{t('drafts.publish.heading')}</h3>
      <form className="form" noValidate onSubmit={submit}>
        <FormProblem form={form} />
        <TextField {...form.field('title')} label={t('drafts.publish.title')} maxLength={DRAFT_LIMITS.titleMax} />
        <MarkdownFormField form={form} name="source" id="draft-publish-source" label={t('drafts.publish.source')} />
        <p className="field__hint">{t('drafts.publish.hint')}</p>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? t('drafts.publish.sending') : t('drafts.publish.submit')}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('drafts.publish.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
