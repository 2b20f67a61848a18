import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_LIMITS } from '@ratusz/shared';
import {
  ConsultationDocumentsDocument,
  DeleteDocumentDocument,
  DocumentsConsultationDocument,
  RenameDocumentDocument,
  type DocumentFieldsFragment,
} from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { useZonedFormat } from '../../meetings/hooks/useZonedFormat';
import { documentTypeLabel, formatBytes } from '../files';
import { useDocumentEvents } from '../hooks/useDocumentEvents';
import { DocumentUploadForm } from './DocumentUploadForm';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';

function RenameForm({ document, onDone }: { document: DocumentFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [rename, { loading }] = useMutation(RenameDocumentDocument);
  const form = useAppForm({
    fields: { title: `document-${document.id}-title` },
    defaultValues: { title: document.title },
    checks: { title: (value: string) => length('title', value, 1, DOCUMENT_LIMITS.titleMax) },
  });
  const submit = form.submit(async ({ title }) => {
    await rename({ variables: { input: { documentId: document.id, title } } });
    onDone();
  });
  return (
    <form className="form form--inline" noValidate onSubmit={submit}>
      <FormProblem form={form} />
      <TextField
        {...form.field('title')}
        label={t('documents.rename.label', { name: document.fileName })}
        maxLength={DOCUMENT_LIMITS.titleMax}
        autoFocus
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={loading}>
          {t('documents.rename.save')}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onDone}>
          {t('documents.rename.cancel')}
        </button>
      </div>
    </form>
  );
}

function DocumentRow({ document, canManage }: { document: DocumentFieldsFragment; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  const [renaming, setRenaming] = useState(false);
  const [remove, removeState] = useMutation(DeleteDocumentDocument);
  const type = documentTypeLabel(document.mimeType, document.fileName);
  const confirmDelete = () => {
    if (!window.confirm(t('documents.delete.confirm', { title: document.title }))) return;
    void remove({
      variables: { id: document.id },
      update(cache) {
        cache.evict({ id: cache.identify({ __typename: 'Document', id: document.id }) });
        cache.gc();
      },
    }).catch(() => undefined);
  };
  return (
    <tr data-testid="document-row">
      <th scope="row">
        {renaming ? (
          <RenameForm document={document} onDone={() => setRenaming(false)} />
        ) : (
          <span className="document__title">{document.title}</span>
        )}
        <ProblemCallout inline error={removeState.error} />
      </th>
      <td className="document__file">{document.fileName}</td>
      <td>
        <abbr title={document.mimeType}>{type}</abbr>
      </td>
      <td>{formatBytes(document.sizeBytes, format.locale)}</td>
      <td>{document.uploader?.displayName ?? t('documents.unknownUploader')}</td>
      <td>
        <time dateTime={document.uploadedAt}>{format.dateTime(document.uploadedAt)}</time>
      </td>
      <td className="document__actions">
        <a className="button button--small" href={document.url} download={document.fileName}>
          {t('documents.download')}
          <span className="visually-hidden">
            {': '}
            {document.title} ({type}, {formatBytes(document.sizeBytes, format.locale)})
          </span>
        </a>
        {canManage && !renaming && (
          <>
            <button type="button" className="button button--small" onClick={() => setRenaming(true)}>
              {t('documents.rename.action')}
              <span className="visually-hidden">: {document.title}</span>
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              disabled={removeState.loading}
              onClick={confirmDelete}
            >
              {t('documents.delete.action')}
              <span className="visually-hidden">: {document.title}</span>
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

/** Files with download links and, for those who manage them, rename and remove (a consultation's or a network's). */
export function DocumentTable({
  documents,
  canManage,
  caption,
}: {
  documents: readonly DocumentFieldsFragment[];
  canManage: boolean;
  caption: string;
}) {
  const { t } = useTranslation();
  if (documents.length === 0) return null;
  return (
    <div className="table-wrapper">
      <table className="table documents-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.columns.title')}</th>
            <th scope="col">{t('documents.columns.file')}</th>
            <th scope="col">{t('documents.columns.type')}</th>
            <th scope="col">{t('documents.columns.size')}</th>
            <th scope="col">{t('documents.columns.uploader')}</th>
            <th scope="col">{t('documents.columns.date')}</th>
            <th scope="col">{t('documents.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <DocumentRow key={document.id} document={document} canManage={canManage} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A consultation's attached files, newest first, with the upload form for those who manage it. */
export function DocumentsTab({ consultation: { id: consultationId } }: { consultation: { id: string } }) {
  const { t } = useTranslation();
  useDocumentEvents(consultationId);
  const consultation = useQuery(DocumentsConsultationDocument, { variables: { id: consultationId } });
  const query = useQuery(ConsultationDocumentsDocument, {
    variables: { consultationId },
    fetchPolicy: 'cache-and-network',
  });
  const canManage = consultation.data?.consultation?.viewerCanManage ?? false;
  const documents = query.data?.consultationDocuments.nodes ?? [];
  const pageInfo = query.data?.consultationDocuments.pageInfo;
  return (
    <div className="documents-tab" data-testid="documents-tab">
      <h2>{t('documents.heading')}</h2>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && documents.length === 0 && <p>{t('documents.empty')}</p>}
      <DocumentTable documents={documents} canManage={canManage} caption={t('documents.caption')} />
      <LoadMoreButton
        pageInfo={pageInfo}
        label={t('documents.loadMore')}
        onLoadMore={(after) =>
          query.fetchMore({ variables: { after }, updateQuery: appendPage('consultationDocuments') })
        }
      />
      {canManage && <DocumentUploadForm scope={{ consultationId }} />}
    </div>
  );
}
