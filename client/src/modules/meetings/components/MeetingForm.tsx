import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  FieldErrorCode,
  isMeetingUrl,
  MEETING_ADDRESS_LIMITS,
  MEETING_CAPACITY_LIMITS,
  MEETING_TITLE_LIMITS,
  MEETING_URL_LIMITS,
  MeetingKind,
  type FieldError,
} from '@ratusz/shared';
import {
  CreateMeetingDocument,
  MeetingsDocument,
  UpdateMeetingDocument,
  type MeetingDetailFieldsFragment,
} from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length, optionalLength } from '../../forms/validation';
import { MarkdownFormField } from '../../forum/components/MarkdownFormField';
import { fromZonedInput, toZonedInput } from '../zonedTime';

export interface MeetingFormValues {
  kind: MeetingKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  address: string;
  onlineUrl: string;
  capacity: string;
}

const KINDS = Object.values(MeetingKind);

function instant(field: string, value: string): FieldError | null {
  if (value.trim() === '') return { field, code: FieldErrorCode.REQUIRED };
  return fromZonedInput(value) ? null : { field, code: FieldErrorCode.INVALID };
}

const CHECKS = {
  title: (value: string) => length('title', value, MEETING_TITLE_LIMITS),
  startsAt: (value: string) => instant('startsAt', value),
  endsAt: (value: string, values: MeetingFormValues) => {
    const problem = instant('endsAt', value);
    if (problem) return problem;
    const start = fromZonedInput(values.startsAt);
    const end = fromZonedInput(value);
    return start && end && end <= start ? { field: 'endsAt', code: FieldErrorCode.BEFORE_START } : null;
  },
  address: (value: string, values: MeetingFormValues) =>
    value.trim() === '' && values.onlineUrl.trim() === ''
      ? { field: 'address', code: FieldErrorCode.REQUIRED }
      : optionalLength('address', value, MEETING_ADDRESS_LIMITS),
  onlineUrl: (value: string) => {
    if (value.trim() === '') return null;
    if (value.trim().length > MEETING_URL_LIMITS.max)
      return { field: 'onlineUrl', code: FieldErrorCode.TOO_LONG, params: { max: MEETING_URL_LIMITS.max } };
    return isMeetingUrl(value.trim()) ? null : { field: 'onlineUrl', code: FieldErrorCode.URL_INVALID };
  },
  capacity: (value: string) => {
    if (value.trim() === '') return null;
    const seats = Number(value);
    return Number.isInteger(seats) && seats >= MEETING_CAPACITY_LIMITS.min && seats <= MEETING_CAPACITY_LIMITS.max
      ? null
      : { field: 'capacity', code: FieldErrorCode.INVALID };
  },
};

function initialValues(meeting: MeetingDetailFieldsFragment | null): MeetingFormValues {
  return {
    kind: meeting?.kind ?? MeetingKind.WORKSHOP,
    title: meeting?.title ?? '',
    description: meeting?.descriptionSource ?? '',
    startsAt: meeting ? toZonedInput(meeting.startsAt) : '',
    endsAt: meeting ? toZonedInput(meeting.endsAt) : '',
    address: meeting?.address ?? '',
    onlineUrl: meeting?.onlineUrl ?? '',
    capacity: meeting?.capacity === null || meeting?.capacity === undefined ? '' : String(meeting.capacity),
  };
}

interface MeetingFormProps {
  /** Where a new meeting goes; ignored when editing. */
  scope?: { consultationId: string } | { municipalityId: string };
  /** The meeting edited; a new one when absent. */
  meeting?: MeetingDetailFieldsFragment;
  onDone: (meeting: MeetingDetailFieldsFragment | null) => void;
}

/** Scheduling or changing a meeting; times are Warsaw time whatever the computer's zone. */
export function MeetingForm({ scope, meeting, onDone }: MeetingFormProps) {
  const { t } = useTranslation();
  const base = meeting ? `meeting-edit-${meeting.id}` : 'meeting-new';
  const id = (name: string) => `${base}-${name}`;
  const form = useAppForm<MeetingFormValues>({
    fields: {
      kind: id('kind'),
      title: id('title'),
      startsAt: id('startsAt'),
      endsAt: id('endsAt'),
      address: id('address'),
      onlineUrl: id('onlineUrl'),
      capacity: id('capacity'),
      description: id('description'),
    },
    defaultValues: initialValues(meeting ?? null),
    checks: CHECKS,
    messages: {
      endsAt: { [FieldErrorCode.BEFORE_START]: t('meetings.form.endBeforeStart') },
      address: { [FieldErrorCode.REQUIRED]: t('meetings.form.placeRequired') },
      capacity: { [FieldErrorCode.INVALID]: t('meetings.form.capacityInvalid', MEETING_CAPACITY_LIMITS) },
    },
  });
  const [create, createState] = useMutation(CreateMeetingDocument);
  const [update, updateState] = useMutation(UpdateMeetingDocument);
  const busy = createState.loading || updateState.loading;

  const submit = form.submit(async (values) => {
    const common = {
      kind: values.kind,
      title: values.title.trim(),
      description: values.description,
      startsAt: fromZonedInput(values.startsAt)!.toISOString(),
      endsAt: fromZonedInput(values.endsAt)!.toISOString(),
      address: values.address.trim() || null,
      onlineUrl: values.onlineUrl.trim() || null,
    };
    const capacity = values.capacity.trim() === '' ? null : Number(values.capacity);
    if (meeting) {
      const result = await update({
        variables: {
          input: {
            id: meeting.id,
            ...common,
            ...(capacity === null ? { unlimitedCapacity: true } : { capacity }),
          },
        },
      });
      onDone(result.data?.updateMeeting ?? null);
    } else {
      const result = await create({
        variables: { input: { ...scope, ...common, capacity } },
        refetchQueries: [MeetingsDocument],
      });
      onDone(result.data?.createMeeting ?? null);
    }
  });

  return (
    <form className="form meeting-form" noValidate onSubmit={submit} data-testid="meeting-form">
      <FormProblem form={form} />
      <div className={`field${form.message('kind') ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={id('kind')}>
          {t('meetings.form.kind')}
        </label>
        <select id={id('kind')} className="field__input" {...form.register('kind')}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`meetings.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField {...form.field('title')} label={t('meetings.form.title')} maxLength={MEETING_TITLE_LIMITS.max} />
      <TextField
        {...form.field('startsAt')}
        type="datetime-local"
        label={t('meetings.form.startsAt')}
        hint={t('meetings.form.timeHint')}
      />
      <TextField {...form.field('endsAt')} type="datetime-local" label={t('meetings.form.endsAt')} />
      <TextField
        {...form.field('address')}
        label={t('meetings.form.address')}
        hint={t('meetings.form.placeHint')}
        optional
        maxLength={MEETING_ADDRESS_LIMITS.max}
      />
      <TextField
        {...form.field('onlineUrl')}
        type="url"
        label={t('meetings.form.onlineUrl')}
        optional
        placeholder="https://"
      />
      <TextField
        {...form.field('capacity')}
        type="number"
        inputMode="numeric"
        min={MEETING_CAPACITY_LIMITS.min}
        max={MEETING_CAPACITY_LIMITS.max}
        label={t('meetings.form.capacity')}
        hint={t('meetings.form.capacityHint')}
        optional
      />
      <MarkdownFormField form={form} name="description" id={id('description')} label={t('meetings.form.description')} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {meeting ? t('meetings.form.save') : t('meetings.form.create')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onDone(null)}>
          {t('meetings.form.cancel')}
        </button>
      </div>
    </form>
  );
}
