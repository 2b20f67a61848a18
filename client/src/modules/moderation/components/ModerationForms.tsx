import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  ErrorCode,
  FieldErrorCode,
  MODERATION_LIMITS,
  POST_BODY_LIMITS,
  type FieldError,
  type ModeratableKind,
  type TextLimits,
} from '@ratusz/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BlockUserDocument,
  EditContentDocument,
  UnblockUserDocument,
  ForumCategoriesDocument,
  HideContentDocument,
  MoveThreadDocument,
  RemoveContentDocument,
  WarnUserDocument,
} from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length, required } from '../../forms/validation';
import { TextAreaField } from './ModerationDialog';

const FIELD_NAMES = [
  'reason',
  'note',
  'body',
  'days',
  'categoryId',
  'flagThreshold',
  'premoderationAccountDays',
  'premoderationApprovedPosts',
] as const;
type ModerationField = (typeof FIELD_NAMES)[number];

function isModerationField(field: string): field is ModerationField {
  return (FIELD_NAMES as readonly string[]).includes(field);
}

/** Names the fields of the moderation forms in the error summary. */
export function useModerationFieldName(): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => (isModerationField(field) ? t(`moderation.fields.${field}`) : undefined);
}

/** A whole number in [min, max], typed as text. */
export function wholeNumber(field: string, value: string, min: number, max: number): FieldError | null {
  const text = value.trim();
  if (text === '') return { field, code: FieldErrorCode.REQUIRED };
  const number = Number(text);
  return Number.isInteger(number) && number >= min && number <= max ? null : { field, code: FieldErrorCode.INVALID };
}

const reasonCheck = (value: string) => length('reason', value, MODERATION_LIMITS.reason);

/**
 * What every moderation form does after the server agreed: the page's queries
 * read the item again (its text, its notice, its category), the form empties
 * and the dialog closes with a sentence for the status region.
 */
function useFinish<Values>(reset: (values: Values) => void, close: () => void, onDone: (message: string) => void) {
  const client = useApolloClient();
  return async (message: string, values: Values) => {
    reset(values);
    close();
    onDone(message);
    await client.refetchQueries({ include: 'active' }).catch(() => undefined);
  };
}

interface FormProps {
  close: () => void;
  onDone: (message: string) => void;
}

function Actions({ submit, busy, close }: { submit: string; busy: boolean; close: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
        {submit}
      </button>
      <button type="button" className="button" onClick={close}>
        {t('moderation.cancel')}
      </button>
    </div>
  );
}

/** Hide with a public reason, or (personal data someone flagged) remove for good. */
export function HideForm({
  kind,
  itemId,
  remove,
  close,
  onDone,
}: FormProps & { kind: ModeratableKind; itemId: string; remove?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldName = useModerationFieldName();
  const [hide, hiding] = useMutation(HideContentDocument);
  const [removeContent, removing] = useMutation(RemoveContentDocument);
  const form = useAppForm<{ reason: string }>({
    fields: { reason: `${id}-reason` },
    defaultValues: { reason: '' },
    checks: { reason: reasonCheck },
  });
  const finish = useFinish<null>(() => form.reset(), close, onDone);
  const submit = form.submit(async ({ reason }) => {
    const input = { kind, itemId, reason: reason.trim() };
    if (remove) await removeContent({ variables: { input } });
    else await hide({ variables: { input } });
    await finish(remove ? t('moderation.remove.done') : t('moderation.hide.done'), null);
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormProblem form={form} fieldName={fieldName} />
      <TextField
        {...form.field('reason')}
        label={t('moderation.hide.reason')}
        hint={t('moderation.hide.reasonHint', { min: MODERATION_LIMITS.reason.min })}
        maxLength={MODERATION_LIMITS.reason.max}
        autoComplete="off"
      />
      <Actions
        submit={remove ? t('moderation.remove.submit') : t('moderation.hide.submit')}
        busy={hiding.loading || removing.loading}
        close={close}
      />
    </form>
  );
}

/** A moderator's correction of the text, with a public note saying what changed and why. */
export function EditForm({
  kind,
  itemId,
  body,
  limits = POST_BODY_LIMITS,
  close,
  onDone,
}: FormProps & { kind: ModeratableKind; itemId: string; body: string; limits?: TextLimits }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldName = useModerationFieldName();
  const [edit, { loading }] = useMutation(EditContentDocument);
  const form = useAppForm<{ body: string; note: string }>({
    fields: { body: `${id}-body`, note: `${id}-note` },
    defaultValues: { body, note: '' },
    checks: {
      body: (value) => length('body', value, limits),
      note: (value) => length('note', value, MODERATION_LIMITS.reason),
    },
  });
  // The next correction starts from the text as corrected.
  const finish = useFinish<{ body: string; note: string }>(
    (values) => form.reset({ body: values.body, note: '' }),
    close,
    onDone,
  );
  const submit = form.submit(async (values) => {
    await edit({ variables: { input: { kind, itemId, body: values.body, note: values.note.trim() } } });
    await finish(t('moderation.edit.done'), values);
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormProblem form={form} fieldName={fieldName} />
      <TextAreaField {...form.field('body')} label={t('moderation.edit.body')} rows={8} maxLength={limits.max} />
      <TextField
        {...form.field('note')}
        label={t('moderation.edit.note')}
        hint={t('moderation.edit.noteHint')}
        maxLength={MODERATION_LIMITS.reason.max}
        autoComplete="off"
      />
      <Actions submit={t('moderation.edit.submit')} busy={loading} close={close} />
    </form>
  );
}

/** A warning, a block in the municipality for a number of days, or lifting a running block early. */
export function SanctionForm({
  mode,
  userId,
  municipalityId,
  close,
  onDone,
}: FormProps & { mode: 'warn' | 'block' | 'unblock'; userId: string; municipalityId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldName = useModerationFieldName();
  const [warn, warning] = useMutation(WarnUserDocument);
  const [block, blocking] = useMutation(BlockUserDocument);
  const [unblock, unblocking] = useMutation(UnblockUserDocument);
  const blocks = mode === 'block';
  const form = useAppForm<{ reason: string; days: string }>({
    fields: blocks ? { reason: `${id}-reason`, days: `${id}-days` } : { reason: `${id}-reason` },
    defaultValues: { reason: '', days: '7' },
    checks: {
      reason: reasonCheck,
      days: (value) => (blocks ? wholeNumber('days', value, 1, MODERATION_LIMITS.maxBlockDays) : null),
    },
    messages: {
      days: { [FieldErrorCode.INVALID]: t('moderation.block.daysInvalid', { max: MODERATION_LIMITS.maxBlockDays }) },
    },
  });
  const finish = useFinish<null>(() => form.reset(), close, onDone);
  const submit = form.submit(async ({ reason, days }) => {
    const input = { userId, municipalityId, reason: reason.trim() };
    if (blocks) {
      const count = Number(days.trim());
      await block({ variables: { input: { ...input, days: count } } });
      await finish(t('moderation.block.done', { count }), null);
    } else if (mode === 'unblock') {
      await unblock({ variables: { input } });
      await finish(t('moderation.unblock.done'), null);
    } else {
      await warn({ variables: { input } });
      await finish(t('moderation.warn.done'), null);
    }
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormProblem
        form={form}
        fieldName={fieldName}
        // The server's CONFLICT here means there was no running block in this municipality.
        message={
          mode === 'unblock' && form.problem?.code === ErrorCode.CONFLICT ? t('moderation.unblock.notBlocked') : null
        }
      />
      <TextField
        {...form.field('reason')}
        label={t('moderation.warn.reason')}
        hint={t('moderation.warn.reasonHint')}
        maxLength={MODERATION_LIMITS.reason.max}
        autoComplete="off"
      />
      {blocks && (
        <TextField
          {...form.field('days')}
          label={t('moderation.block.days')}
          hint={t('moderation.block.daysHint', { max: MODERATION_LIMITS.maxBlockDays })}
          type="number"
          inputMode="numeric"
          min={1}
          max={MODERATION_LIMITS.maxBlockDays}
        />
      )}
      <Actions
        submit={t(`moderation.${mode}.submit`)}
        busy={warning.loading || blocking.loading || unblocking.loading}
        close={close}
      />
    </form>
  );
}

/** Moves a thread to another category of the same municipality (the server checks both ends). */
export function MoveThreadForm({
  threadId,
  municipalityId,
  categoryId,
  close,
  onDone,
}: FormProps & { threadId: string; municipalityId: string; categoryId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldName = useModerationFieldName();
  const categories = useQuery(ForumCategoriesDocument, { variables: { municipalityId } });
  const others = (categories.data?.forumCategories.nodes ?? []).filter((category) => category.id !== categoryId);
  const [move, { loading }] = useMutation(MoveThreadDocument);
  const form = useAppForm<{ categoryId: string; reason: string }>({
    fields: { categoryId: `${id}-category`, reason: `${id}-reason` },
    defaultValues: { categoryId: '', reason: '' },
    checks: { categoryId: (value) => required('categoryId', value), reason: reasonCheck },
  });
  const finish = useFinish<null>(() => form.reset(), close, onDone);
  const submit = form.submit(async (values) => {
    await move({ variables: { input: { threadId, categoryId: values.categoryId, reason: values.reason.trim() } } });
    const target = others.find((category) => category.id === values.categoryId);
    await finish(t('moderation.move.done', { name: target?.name ?? '' }), null);
  });
  const category = form.field('categoryId');
  const { error: categoryError, ...categorySelect } = category;
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormProblem form={form} fieldName={fieldName} />
      <div className={`field${categoryError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={category.id}>
          {t('moderation.move.category')}
        </label>
        <select
          {...categorySelect}
          className="field__input"
          aria-invalid={categoryError ? true : undefined}
          aria-describedby={categoryError ? `${category.id}-error` : undefined}
        >
          <option value="">{t('moderation.move.choose')}</option>
          {others.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
        {categoryError && (
          <p className="field__error" id={`${category.id}-error`}>
            {categoryError}
          </p>
        )}
      </div>
      <TextField
        {...form.field('reason')}
        label={t('moderation.move.reason')}
        hint={t('moderation.hide.reasonHint', { min: MODERATION_LIMITS.reason.min })}
        maxLength={MODERATION_LIMITS.reason.max}
        autoComplete="off"
      />
      <Actions submit={t('moderation.move.submit')} busy={loading} close={close} />
    </form>
  );
}
