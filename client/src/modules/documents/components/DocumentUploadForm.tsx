import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_LIMITS, FieldErrorCode } from '@ratusz/shared';
import { ConsultationDocumentsDocument, NetworkDocumentsDocument } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { optionalLength } from '../../forms/validation';
import { ACCEPT_ATTRIBUTE, checkDocumentFile, formatBytes } from '../files';
import { uploadDocument, type UploadScope } from '../upload';
import { useZonedFormat } from '../../meetings/hooks/useZonedFormat';

interface UploadValues {
  title: string;
  file: FileList | null;
}

/**
 * Attaching a file: checked here against the server's limits before a byte
 * is sent, then streamed with a progress bar. When the server refuses it,
 * the title and the chosen file stay, so trying again costs one click.
 * A consultation's documents and a network's share it (`scope`).
 */
export function DocumentUploadForm({ scope }: { scope: UploadScope }) {
  const { t } = useTranslation();
  const { locale } = useZonedFormat();
  const client = useApolloClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const maxSize = formatBytes(DOCUMENT_LIMITS.maxBytes, locale);
  const form = useAppForm<UploadValues>({
    fields: { file: 'document-upload-file', title: 'document-upload-title' },
    defaultValues: { title: '', file: null },
    checks: {
      title: (value) => optionalLength('title', value, { max: DOCUMENT_LIMITS.titleMax }),
      file: (files) => {
        const problem = checkDocumentFile(files?.item(0));
        if (!problem) return null;
        if (problem.code === 'FILE_TOO_LARGE') return { code: FieldErrorCode.TOO_LONG };
        if (problem.code === 'FILE_TYPE_NOT_ALLOWED') return { code: FieldErrorCode.INVALID };
        return { code: FieldErrorCode.REQUIRED };
      },
    },
    messages: {
      file: {
        [FieldErrorCode.REQUIRED]: t('documents.upload.fileRequired'),
        [FieldErrorCode.TOO_LONG]: t('documents.upload.tooLarge', { max: maxSize }),
        [FieldErrorCode.INVALID]: t('documents.upload.typeNotAllowed'),
      },
    },
  });

  const submit = form.submit(async (values) => {
    const file = values.file?.item(0);
    if (!file) return;
    setDone(null);
    setProgress(0);
    try {
      const document = await uploadDocument({ ...scope, title: values.title, file, onProgress: setProgress });
      // Only the list on screen is active, so only it is fetched again.
      await client.refetchQueries({ include: [ConsultationDocumentsDocument, NetworkDocumentsDocument] });
      form.reset({ title: '', file: null });
      formRef.current?.reset();
      setDone(t('documents.upload.done', { title: document.title }));
    } finally {
      setProgress(null);
    }
  });

  const { error: fileError, ...fileInput } = form.field('file');
  return (
    <section className="section document-upload" aria-labelledby="document-upload-heading">
      <h3 id="document-upload-heading">{t('documents.upload.heading')}</h3>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <FormProblem form={form} />
        <div className={`field${fileError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={fileInput.id}>
            {t('documents.upload.file')}
          </label>
          <p className="field__hint" id="document-upload-file-hint">
            {t('documents.upload.fileHint', { max: maxSize })}
          </p>
          <input
            {...fileInput}
            type="file"
            className="field__input"
            accept={ACCEPT_ATTRIBUTE}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`document-upload-file-hint${fileError ? ' document-upload-file-error' : ''}`}
          />
          {fileError && (
            <p className="field__error" id="document-upload-file-error">
              {fileError}
            </p>
          )}
        </div>
        <TextField
          {...form.field('title')}
          label={t('documents.upload.title')}
          hint={t('documents.upload.titleHint')}
          optional
          maxLength={DOCUMENT_LIMITS.titleMax}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={progress !== null}>
            {progress !== null ? t('documents.upload.sending') : t('documents.upload.submit')}
          </button>
        </div>
        {progress !== null && (
          <div className="upload-progress">
            <label htmlFor="document-upload-progress">{t('documents.upload.progress')}</label>{' '}
            <progress id="document-upload-progress" max={1} value={progress}>
              {Math.round(progress * 100)}%
            </progress>{' '}
            <span aria-hidden="true">{Math.round(progress * 100)}%</span>
          </div>
        )}
        <p role="status" className="form__status">
          {done}
        </p>
      </form>
    </section>
  );
}
