import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  FieldErrorCode,
  parsePlnToGrosze,
  PROPOSAL_BODY_LIMITS,
  PROPOSAL_TITLE_LIMITS,
  type ServiceAreaCode,
} from '@ratusz/shared';
import { ConsultationServiceAreasDocument } from '../../../gql/graphql';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { MarkdownFormField } from '../../forum/components/MarkdownFormField';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { useState, type ReactNode } from 'react';
import { attachmentProblemOf, checkAttachments, type AttachmentProblem } from '../attachments';
import { AttachmentPicker } from './AttachmentPicker';

export interface ProposalValues {
  title: string;
  body: string;
  serviceArea: ServiceAreaCode | '';
  costEstimatePln: string;
}

export const EMPTY_PROPOSAL: ProposalValues = { title: '', body: '', serviceArea: '', costEstimatePln: '' };

/** What the API takes: the area chosen, the cost as typed (the server reads it with the same shared parser), or null. */
export function proposalInput(values: ProposalValues) {
  return {
    title: values.title.trim(),
    body: values.body,
    serviceArea: values.serviceArea as ServiceAreaCode,
    costEstimatePln: values.costEstimatePln.trim() === '' ? null : values.costEstimatePln.trim(),
  };
}

interface ProposalFormProps {
  /** Makes the fields' ids unique (the edit form and the submit form are on different pages, but say which). */
  idPrefix: string;
  initial: ProposalValues;
  submitLabel: string;
  busyLabel: string;
  /**
   * Sends the values (and the files chosen, when `attachmentRoom` offers the
   * picker); rejects with the server's error, which lands on the fields (or
   * the picker), the values kept as typed.
   */
  send: (values: ProposalValues, files: File[]) => Promise<unknown>;
  /** How many files may still be attached; the picker is offered when given. */
  attachmentRoom?: number;
  /** Whether the form empties after a successful send (a new proposal) or keeps what was saved (an edit). */
  resetOnSuccess?: boolean;
  onCancel?: () => void;
  cancelLabel?: string;
  /** More fields before the buttons (e.g. "on behalf of" when submitting). */
  extra?: ReactNode;
}

/**
 * A proposal's title, description, area and optional cost, checked before
 * sending with the shared limits and the shared PLN parser; per-field errors
 * in the reader's language, nothing typed lost when the server refuses.
 */
export function ProposalForm({
  idPrefix,
  initial,
  submitLabel,
  busyLabel,
  send,
  resetOnSuccess,
  onCancel,
  cancelLabel,
  extra,
  attachmentRoom,
}: ProposalFormProps) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [fileProblem, setFileProblem] = useState<AttachmentProblem | null>(null);
  const pickerId = `${idPrefix}-attachments`;
  const format = useConsultationFormat();
  const areas = useQuery(ConsultationServiceAreasDocument);
  const form = useAppForm<ProposalValues>({
    fields: {
      title: `${idPrefix}-title`,
      body: `${idPrefix}-body`,
      serviceArea: `${idPrefix}-serviceArea`,
      costEstimatePln: `${idPrefix}-costEstimatePln`,
    },
    defaultValues: initial,
    checks: {
      title: (value) => length('title', value, PROPOSAL_TITLE_LIMITS),
      body: (value) => length('body', value, PROPOSAL_BODY_LIMITS),
      serviceArea: (value) => (value === '' ? { code: FieldErrorCode.REQUIRED } : null),
      costEstimatePln: (value) =>
        value.trim() === '' || parsePlnToGrosze(value) !== null ? null : { code: FieldErrorCode.INVALID },
    },
    messages: { costEstimatePln: { [FieldErrorCode.INVALID]: t('proposals.submit.costInvalid') } },
  });
  const submit = form.submit(async (values) => {
    const room = attachmentRoom ?? 0;
    const problem = checkAttachments(files, room);
    setFileProblem(problem);
    if (problem) {
      document.getElementById(pickerId)?.focus();
      return;
    }
    try {
      await send(values, files);
    } catch (error) {
      // The files' own refusals are said at the picker; the rest goes to the form's summary.
      const refused = attachmentProblemOf(error, files);
      if (!refused) throw error;
      setFileProblem(refused);
      document.getElementById(pickerId)?.focus();
      return;
    }
    setFiles([]);
    if (resetOnSuccess) form.reset(EMPTY_PROPOSAL);
  });
  const area = form.field('serviceArea');
  const { error: areaError, id: areaId, ...areaSelect } = area;
  return (
    <form className="form proposal-form" noValidate onSubmit={submit}>
      <FormProblem form={form} />
      <TextField {...form.field('title')} label={t('proposals.submit.title')} maxLength={PROPOSAL_TITLE_LIMITS.max} />
      <MarkdownFormField form={form} name="body" id={`${idPrefix}-body`} label={t('proposals.submit.body')} />
      <div className={`field${areaError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={areaId}>
          {t('proposals.submit.serviceArea')}
        </label>
        <select
          {...areaSelect}
          id={areaId}
          className="field__input"
          aria-invalid={areaError ? true : undefined}
          aria-describedby={areaError ? `${areaId}-error` : undefined}
        >
          <option value="">{t('proposals.submit.chooseServiceArea')}</option>
          {(areas.data?.serviceAreas ?? []).map((serviceArea) => (
            <option key={serviceArea.code} value={serviceArea.code}>
              {format.serviceArea(serviceArea)}
            </option>
          ))}
        </select>
        {areaError && (
          <p className="field__error" id={`${areaId}-error`}>
            {areaError}
          </p>
        )}
      </div>
      <TextField
        {...form.field('costEstimatePln')}
        label={t('proposals.submit.cost')}
        hint={t('proposals.submit.costHint')}
        optional
        inputMode="decimal"
        autoComplete="off"
      />
      {attachmentRoom !== undefined && (
        <AttachmentPicker
          id={pickerId}
          files={files}
          onChange={(chosen) => {
            setFiles(chosen);
            setFileProblem(null);
          }}
          room={attachmentRoom}
          problem={fileProblem}
        />
      )}
      {extra}
      <div className="form__actions">
        <SubmitButton busy={form.formState.isSubmitting} label={submitLabel} busyLabel={busyLabel} />
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {cancelLabel}
          </button>
        )}
      </div>
    </form>
  );
}
