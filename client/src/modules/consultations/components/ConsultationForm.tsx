import { useMutation } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  CONSULTATION_LIMITS,
  FieldErrorCode,
  SLUG_LIMITS,
  TIMELINE_PHASE_KINDS,
  type ServiceAreaCode,
} from '@ratusz/shared';
import {
  ConsultationServiceAreasDocument,
  CreateConsultationDocument,
  PublishConsultationDocument,
  SetConsultationPhasesDocument,
  UpdateConsultationDocument,
  type ConsultationDetailsFragment,
  type ConsultationPhaseKind,
} from '../../../gql/graphql';
import { useQuery } from '@apollo/client/react';
import type { CurrentAccount } from '../../auth/hooks/useMe';
import { toApiProblem } from '../../forms/apiProblem';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm, type AppFormOptions } from '../../forms/hooks/useAppForm';
import { useSuggestedSlug } from '../../forms/hooks/useSuggestedSlug';
import { length, slug as slugCheck } from '../../forms/validation';
import { MarkdownFormField } from '../../forum/components/MarkdownFormField';
import { MunicipalityPicker, type PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { useNotices } from '../../layout/notices';
import { useConsultationFormat } from '../hooks/useConsultationFormat';
import {
  canAddPhase,
  nextPhase,
  parsePhaseField,
  phaseErrors,
  phaseFieldId,
  phaseFieldName,
  phasesChanged,
  toPhaseInputs,
  toRows,
  type PhaseField,
  type PhaseRow,
} from '../phaseForm';
import { consultationToday } from '../timeline';
import { routes } from '../../../app/routes';

interface ConsultationValues {
  /** Named like the input field, so the server's errors about it land here. */
  municipalityId: PickedMunicipality | null;
  title: string;
  slug: string;
  serviceAreas: ServiceAreaCode[];
  summary: string;
  goal: string;
  phases: PhaseRow[];
}

type Options = AppFormOptions<ConsultationValues>;

const STEPS = ['basics', 'phases', 'review'] as const;
const PHASE_FIELDS: readonly PhaseField[] = ['kind', 'startsOn', 'endsOn'];
const MUNICIPALITY_ID = 'consultation-municipality-search';

const FIELDS: Options['fields'] = (() => {
  const fields: Record<string, string | null> = {
    municipalityId: MUNICIPALITY_ID,
    title: 'consultation-title',
    slug: 'consultation-slug',
    serviceAreas: 'consultation-area-0',
    summary: 'consultation-summary',
    goal: 'consultation-goal',
    phases: 'consultation-add-phase',
  };
  for (let index = 0; index < CONSULTATION_LIMITS.phasesMax; index += 1) {
    for (const field of PHASE_FIELDS) fields[phaseFieldName(index, field)] = phaseFieldId(index, field);
  }
  return fields as Options['fields'];
})();

const CHECKS: Options['checks'] = (() => {
  const checks: Record<string, (value: never, values: ConsultationValues) => ReturnType<typeof length>> = {
    municipalityId: (value: PickedMunicipality | null) =>
      value ? null : { field: 'municipalityId', code: FieldErrorCode.REQUIRED },
    title: (value: string) => length('title', value, 1, CONSULTATION_LIMITS.titleMax),
    slug: (value: string) => slugCheck('slug', value),
    serviceAreas: (value: ServiceAreaCode[]) =>
      value.length >= CONSULTATION_LIMITS.serviceAreasMin
        ? null
        : { field: 'serviceAreas', code: FieldErrorCode.REQUIRED },
    summary: (value: string) => length('summary', value, 1, CONSULTATION_LIMITS.summaryMax),
    goal: (value: string) => length('goal', value, 1, CONSULTATION_LIMITS.goalMax),
  };
  for (let index = 0; index < CONSULTATION_LIMITS.phasesMax; index += 1) {
    for (const field of PHASE_FIELDS) {
      const name = phaseFieldName(index, field);
      checks[name] = (_value: never, values: ConsultationValues) =>
        phaseErrors(values.phases).find((error) => error.field === name) ?? null;
    }
  }
  return checks as Options['checks'];
})();

/** Which step shows a field, so a server error about it opens that step. */
function stepOf(field: string): number {
  return field === 'phases' || parsePhaseField(field) ? 1 : 0;
}

interface ConsultationFormProps {
  me: CurrentAccount;
  /** The consultation edited; a new one when absent. */
  consultation?: ConsultationDetailsFragment;
}

/**
 * Creating or editing a consultation in three steps: basics, the timeline,
 * then a review with save (as a draft) or publish. Values live in one form for
 * all steps, so going back and forth or a server error loses nothing; a server
 * error on a field opens the step that shows it.
 */
export function ConsultationForm({ me, consultation }: ConsultationFormProps) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const navigate = useNavigate();
  const { showNotice } = useNotices();
  const areas = useQuery(ConsultationServiceAreasDocument);
  const [step, setStep] = useState(0);
  // After a create that succeeded but whose publish failed, later saves update what was created.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [phaseStatus, setPhaseStatus] = useState('');
  const stepHeading = useRef<HTMLHeadingElement>(null);
  // Counts step changes made by the user; each moves focus to the new step's heading.
  const [stepMoves, setStepMoves] = useState(0);

  const officialOf = useMemo(
    () =>
      me.roles
        .filter((grant) => grant.role === 'OFFICIAL')
        .map((grant) => ({ id: grant.municipality.id, name: grant.municipality.name })),
    [me.roles],
  );

  const form = useAppForm<ConsultationValues>({
    fields: FIELDS,
    defaultValues: consultation
      ? {
          municipalityId: { id: consultation.municipality.id, name: consultation.municipality.name },
          title: consultation.title,
          slug: consultation.slug,
          serviceAreas: consultation.serviceAreas.map((area) => area.code as ServiceAreaCode),
          summary: consultation.summarySource,
          goal: consultation.goalSource,
          phases: toRows(consultation.phases),
        }
      : {
          municipalityId: !me.isAdmin && officialOf.length === 1 ? officialOf[0] : null,
          title: '',
          slug: '',
          serviceAreas: [],
          summary: '',
          goal: '',
          phases: [],
        },
    checks: CHECKS,
    messages: { slug: { [FieldErrorCode.INVALID]: t('consultations.form.slugFormat') } },
  });
  const phases = useFieldArray({ control: form.control, name: 'phases' });
  const [createConsultation] = useMutation(CreateConsultationDocument);
  const [updateConsultation] = useMutation(UpdateConsultationDocument);
  const [setPhases] = useMutation(SetConsultationPhasesDocument);
  const [publish] = useMutation(PublishConsultationDocument);

  // A new step is announced by moving focus to its heading (not on the first render).
  useEffect(() => {
    if (stepMoves > 0) stepHeading.current?.focus();
  }, [stepMoves]);
  const goTo = (next: number) => {
    setStep(next);
    setStepMoves((moves) => moves + 1);
  };

  const save = async (values: ConsultationValues, publishToo: boolean) => {
    setSaving(true);
    try {
      const fields = {
        title: values.title.trim(),
        slug: values.slug.trim(),
        serviceAreas: values.serviceAreas,
        summary: values.summary,
        goal: values.goal,
      };
      let id = consultation?.id ?? createdId;
      if (!id) {
        const created = await createConsultation({
          variables: {
            input: { ...fields, municipalityId: values.municipalityId?.id ?? '', phases: toPhaseInputs(values.phases) },
          },
        });
        id = created.data?.createConsultation.id ?? null;
        if (!id) return;
        setCreatedId(id);
      } else {
        await updateConsultation({ variables: { input: { id, ...fields } } });
        if (!consultation || phasesChanged(values.phases, consultation.phases) || createdId) {
          await setPhases({ variables: { input: { id, phases: toPhaseInputs(values.phases) } } });
        }
      }
      if (publishToo) await publish({ variables: { id } });
      showNotice((translate) => translate('consultations.form.saved'), { tone: 'success' });
      void navigate(routes.consultation(id));
    } catch (error) {
      const first = toApiProblem(error).fieldErrors[0];
      if (first && FIELDS[first.field as keyof typeof FIELDS] !== undefined) goTo(stepOf(first.field));
      else if (first?.field.startsWith('phases')) goTo(1);
      throw error;
    } finally {
      setSaving(false);
    }
  };

  const fieldName = (field: string): string | undefined => {
    const phase = parsePhaseField(field);
    if (!phase) return undefined;
    const number = phase.index + 1;
    return phase.field
      ? t('consultations.form.phaseField', { number, field: t(`consultations.form.${phase.field}`) })
      : t('consultations.form.phase', { number });
  };

  const values = form.watch();
  const published = consultation?.status === 'PUBLISHED';
  const stepName = t(`consultations.form.steps.${STEPS[step]}`);
  const { source: title, slug } = useSuggestedSlug(form, 'title', 'slug', !!consultation);

  return (
    <form
      className="form consultation-form"
      noValidate
      aria-labelledby="consultation-step-heading"
      onSubmit={form.submit(() => goTo(Math.min(step + 1, STEPS.length - 1)))}
    >
      <ol className="steps" aria-label={t('consultations.form.stepsLabel')}>
        {STEPS.map((name, index) => (
          <li
            key={name}
            className={`steps__step${index === step ? ' steps__step--current' : ''}`}
            aria-current={index === step ? 'step' : undefined}
          >
            {index + 1}. {t(`consultations.form.steps.${name}`)}
            {index < step && <span className="steps__done"> ({t('consultations.form.done')})</span>}
          </li>
        ))}
      </ol>
      <h2 id="consultation-step-heading" ref={stepHeading} tabIndex={-1}>
        {t('consultations.form.stepOf', { step: step + 1, count: STEPS.length, name: stepName })}
      </h2>
      <FormProblem form={form} fieldName={fieldName} />

      {step === 0 && (
        <>
          {consultation ? (
            <p>
              <strong>{t('consultations.form.municipality')}:</strong> {consultation.municipality.name}
            </p>
          ) : (
            <Controller
              control={form.control}
              name="municipalityId"
              rules={form.rules('municipalityId')}
              render={({ field }) =>
                me.isAdmin ? (
                  <MunicipalityPicker
                    idPrefix="consultation-municipality"
                    legend={t('consultations.form.municipality')}
                    value={field.value}
                    onChange={field.onChange}
                    error={form.message('municipalityId')}
                  />
                ) : (
                  <div className={`field${form.message('municipalityId') ? ' field--invalid' : ''}`}>
                    <label className="field__label" htmlFor={MUNICIPALITY_ID}>
                      {t('consultations.form.municipality')}
                    </label>
                    <p className="field__hint" id={`${MUNICIPALITY_ID}-hint`}>
                      {t('consultations.form.municipalityHint')}
                    </p>
                    <select
                      id={MUNICIPALITY_ID}
                      className="field__input"
                      value={field.value?.id ?? ''}
                      onChange={(event) =>
                        field.onChange(officialOf.find((option) => option.id === event.target.value) ?? null)
                      }
                      aria-invalid={form.message('municipalityId') ? true : undefined}
                      aria-describedby={[
                        `${MUNICIPALITY_ID}-hint`,
                        form.message('municipalityId') ? `${MUNICIPALITY_ID}-error` : null,
                      ]
                        .filter(Boolean)
                        .join(' ')}
                    >
                      <option value="">{t('consultations.form.chooseMunicipality')}</option>
                      {officialOf.map((option) => (
                        <option key={option.id} value={option.id}>
                          {option.name}
                        </option>
                      ))}
                    </select>
                    {form.message('municipalityId') && (
                      <p className="field__error" id={`${MUNICIPALITY_ID}-error`}>
                        {form.message('municipalityId')}
                      </p>
                    )}
                  </div>
                )
              }
            />
          )}
          <TextField
            {...title}
            label={t('consultations.form.title')}
            maxLength={CONSULTATION_LIMITS.titleMax}
            autoComplete="off"
          />
          <TextField
            {...slug}
            label={t('consultations.form.slug')}
            hint={t('consultations.form.slugHint')}
            maxLength={SLUG_LIMITS.max}
            autoComplete="off"
            spellCheck={false}
          />
          <Controller
            control={form.control}
            name="serviceAreas"
            rules={form.rules('serviceAreas')}
            render={({ field }) => {
              const error = form.message('serviceAreas');
              return (
                <fieldset
                  className={`picker${error ? ' picker--invalid' : ''}`}
                  aria-describedby={['consultation-areas-hint', error ? 'consultation-areas-error' : null]
                    .filter(Boolean)
                    .join(' ')}
                >
                  <legend className="picker__legend">{t('consultations.form.serviceAreas')}</legend>
                  <p className="field__hint" id="consultation-areas-hint">
                    {t('consultations.form.serviceAreasHint')}
                  </p>
                  <ul className="checkbox-list">
                    {(areas.data?.serviceAreas ?? []).map((area, index) => {
                      const code = area.code as ServiceAreaCode;
                      const checked = field.value.includes(code);
                      return (
                        <li key={code}>
                          <input
                            type="checkbox"
                            id={`consultation-area-${index}`}
                            checked={checked}
                            aria-invalid={error ? true : undefined}
                            onChange={() =>
                              field.onChange(
                                checked ? field.value.filter((value) => value !== code) : [...field.value, code],
                              )
                            }
                          />{' '}
                          <label htmlFor={`consultation-area-${index}`}>{format.serviceArea(area)}</label>
                        </li>
                      );
                    })}
                  </ul>
                  {error && (
                    <p className="field__error" id="consultation-areas-error">
                      {error}
                    </p>
                  )}
                </fieldset>
              );
            }}
          />
          <MarkdownFormField
            form={form}
            name="summary"
            id="consultation-summary"
            label={t('consultations.form.summary')}
          />
          <MarkdownFormField form={form} name="goal" id="consultation-goal" label={t('consultations.form.goal')} />
        </>
      )}

      {step === 1 && (
        <>
          <p className="field__hint">{t('consultations.form.phasesHint')}</p>
          {phases.fields.length === 0 && <p>{t('consultations.form.noPhases')}</p>}
          <ol className="phase-rows">
            {phases.fields.map((row, index) => {
              const number = index + 1;
              const kindName = phaseFieldName(index, 'kind');
              const kindError = form.message(kindName);
              const kind = form.field(kindName);
              return (
                <li key={row.id} className="phase-row">
                  <fieldset className="phase-row__fieldset">
                    <legend>
                      {t('consultations.form.phase', { number })}: {format.phase(values.phases[index]?.kind)}
                    </legend>
                    <div className={`field${kindError ? ' field--invalid' : ''}`}>
                      <label className="field__label" htmlFor={phaseFieldId(index, 'kind')}>
                        {t('consultations.form.kind')}
                      </label>
                      <select
                        {...kind}
                        id={phaseFieldId(index, 'kind')}
                        className="field__input"
                        aria-invalid={kindError ? true : undefined}
                        aria-describedby={kindError ? `${phaseFieldId(index, 'kind')}-error` : undefined}
                      >
                        {TIMELINE_PHASE_KINDS.map((option) => (
                          <option key={option} value={option}>
                            {format.phase(option)}
                          </option>
                        ))}
                      </select>
                      {kindError && (
                        <p className="field__error" id={`${phaseFieldId(index, 'kind')}-error`}>
                          {kindError}
                        </p>
                      )}
                    </div>
                    <div className="phase-row__dates">
                      <TextField
                        {...form.field(phaseFieldName(index, 'startsOn'))}
                        id={phaseFieldId(index, 'startsOn')}
                        type="date"
                        label={t('consultations.form.startsOn')}
                      />
                      <TextField
                        {...form.field(phaseFieldName(index, 'endsOn'))}
                        id={phaseFieldId(index, 'endsOn')}
                        type="date"
                        label={t('consultations.form.endsOn')}
                      />
                    </div>
                    <div className="phase-row__actions">
                      <button
                        type="button"
                        className="button button--small"
                        disabled={index === 0}
                        onClick={() => {
                          phases.swap(index, index - 1);
                          setPhaseStatus(t('consultations.form.phaseMoved', { number: index }));
                        }}
                      >
                        {t('consultations.form.moveUp', { number })}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={index === phases.fields.length - 1}
                        onClick={() => {
                          phases.swap(index, index + 1);
                          setPhaseStatus(t('consultations.form.phaseMoved', { number: index + 2 }));
                        }}
                      >
                        {t('consultations.form.moveDown', { number })}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        onClick={() => {
                          phases.remove(index);
                          setPhaseStatus(t('consultations.form.phaseRemoved'));
                          document.getElementById(FIELDS.phases ?? '')?.focus();
                        }}
                      >
                        {t('consultations.form.removePhase', { number })}
                      </button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <p className="visually-hidden" role="status">
            {phaseStatus}
          </p>
          {form.message('phases') && (
            <p className="field__error" id="consultation-phases-error">
              {form.message('phases')}
            </p>
          )}
          {canAddPhase(values.phases) ? (
            <button
              type="button"
              id={FIELDS.phases ?? undefined}
              className="button"
              aria-describedby={form.message('phases') ? 'consultation-phases-error' : undefined}
              onClick={() => {
                phases.append(nextPhase(form.getValues('phases'), consultationToday()), { shouldFocus: false });
                setPhaseStatus(t('consultations.form.phaseAdded', { number: phases.fields.length + 1 }));
              }}
            >
              {t('consultations.form.addPhase')}
            </button>
          ) : (
            <p id={FIELDS.phases ?? undefined} tabIndex={-1}>
              {t('consultations.form.allPhasesAdded')}
            </p>
          )}
        </>
      )}

      {step === 2 && (
        <>
          <p>{t('consultations.form.reviewIntro')}</p>
          <dl className="consultation-review">
            <dt>{t('consultations.form.municipality')}</dt>
            <dd>{values.municipalityId?.name ?? '—'}</dd>
            <dt>{t('consultations.form.title')}</dt>
            <dd>{values.title}</dd>
            <dt>{t('consultations.form.slug')}</dt>
            <dd>{values.slug}</dd>
            <dt>{t('consultations.form.serviceAreas')}</dt>
            <dd>
              {values.serviceAreas.length === 0
                ? t('consultations.form.noServiceAreas')
                : (areas.data?.serviceAreas ?? [])
                    .filter((area) => values.serviceAreas.includes(area.code as ServiceAreaCode))
                    .map((area) => format.serviceArea(area))
                    .join(', ')}
            </dd>
            <dt>{t('consultations.timeline.heading')}</dt>
            <dd>
              {values.phases.length === 0 ? (
                t('consultations.timeline.empty')
              ) : (
                <ol>
                  {values.phases.map((phase, index) => (
                    <li key={`${phase.kind}-${index}`}>
                      {format.phase(phase.kind as ConsultationPhaseKind)}:{' '}
                      {t('consultations.timeline.dates', {
                        start: phase.startsOn ? format.day(phase.startsOn) : '—',
                        end: phase.endsOn ? format.day(phase.endsOn) : '—',
                      })}
                    </li>
                  ))}
                </ol>
              )}
            </dd>
          </dl>
        </>
      )}

      <div className="form__actions">
        {step > 0 && (
          <button type="button" className="button" onClick={() => goTo(step - 1)}>
            {t('consultations.form.back')}
          </button>
        )}
        {step < STEPS.length - 1 ? (
          <button type="submit" className="button button--primary">
            {t('consultations.form.next')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className={`button${published ? ' button--primary' : ''}`}
              aria-disabled={saving || undefined}
              onClick={form.submit((submitted) => save(submitted, false))}
            >
              {saving
                ? t('consultations.form.saving')
                : published
                  ? t('consultations.form.saveChanges')
                  : t('consultations.form.saveDraft')}
            </button>
            {!published && (
              <button
                type="button"
                className="button button--primary"
                aria-disabled={saving || undefined}
                onClick={form.submit((submitted) => save(submitted, true))}
              >
                {t('consultations.form.saveAndPublish')}
              </button>
            )}
          </>
        )}
        <button
          type="button"
          className="button button--ghost"
          onClick={() => void navigate(consultation ? routes.consultation(consultation.id) : routes.consultations())}
        >
          {t('consultations.form.cancel')}
        </button>
      </div>
    </form>
  );
}
