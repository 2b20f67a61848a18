import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BALLOT_LIMITS, FieldErrorCode, validateBallotConfig, type BallotConfigProblem } from '@ratusz/shared';
import {
  BallotDocument,
  ConfigureBallotDocument,
  type BallotEligibility,
  type BallotFieldsFragment,
  type BallotMethod,
  type BallotOptionSource,
  type BallotResultsVisibility,
} from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm, type AppForm } from '../../forms/hooks/useAppForm';
import { SubmitButton } from '../../ui/components/SubmitButton';

const METHODS: readonly BallotMethod[] = ['POINTS', 'APPROVAL', 'RANKED'];
const SOURCES: readonly BallotOptionSource[] = ['SERVICE_AREAS', 'ACCEPTED_PROPOSALS'];
const VISIBILITIES: readonly BallotResultsVisibility[] = ['AFTER_CLOSE', 'LIVE'];
const ELIGIBILITIES: readonly BallotEligibility[] = ['RESIDENTS', 'ANY_REGISTERED'];

interface ConfigValues {
  method: BallotMethod;
  maxChoices: string;
  pointsTotal: string;
  pointsPerOptionMax: string;
  optionSource: BallotOptionSource;
  resultsVisibility: BallotResultsVisibility;
  eligibility: BallotEligibility;
}

type LimitField = BallotConfigProblem['field'];

/** A limit as typed: blank is none; anything but a whole number is kept as NaN for the shared check to refuse. */
function limit(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The limits that apply to a method; the others are sent as null. */
function limitsFor(values: ConfigValues) {
  const points = values.method === 'POINTS';
  return {
    method: values.method,
    maxChoices: points ? null : limit(values.maxChoices),
    pointsTotal: points ? limit(values.pointsTotal) : null,
    pointsPerOptionMax: points ? limit(values.pointsPerOptionMax) : null,
  };
}

/** The shared configuration rule (`validateBallotConfig`), as one field's check. */
function limitCheck(field: LimitField) {
  return (_value: string, values: ConfigValues) => {
    const problem = validateBallotConfig(limitsFor(values)).find((p) => p.field === field);
    return problem ? { code: problem.code, params: problem.params } : null;
  };
}

function Choice<K extends 'method' | 'optionSource' | 'resultsVisibility' | 'eligibility'>({
  form,
  name,
  values,
  legend,
  label,
}: {
  form: AppForm<ConfigValues>;
  name: K;
  values: readonly ConfigValues[K][];
  legend: string;
  label: (value: ConfigValues[K]) => string;
}) {
  return (
    <fieldset className="field radio-group">
      <legend className="field__label">{legend}</legend>
      {values.map((value) => {
        const id = `ballot-config-${name}-${value}`;
        return (
          <div key={value} className="radio-group__option">
            <input type="radio" id={id} value={value} {...form.register(name)} />{' '}
            <label htmlFor={id}>{label(value)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * The organisers' settings of the consultation's ballot: method and limits,
 * options, when results show and who may vote. Checked by the shared rule
 * before sending; once the first ballot is cast the whole form is disabled
 * and says why, so nobody changes the rules of a running vote.
 */
export function BallotConfigForm({
  consultationId,
  ballot,
}: {
  consultationId: string;
  ballot: BallotFieldsFragment | null;
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const [configure] = useMutation(ConfigureBallotDocument, { refetchQueries: [BallotDocument] });
  const frozen = ballot?.frozen ?? false;
  const form = useAppForm<ConfigValues>({
    fields: {
      method: `ballot-config-method-${METHODS[0]}`,
      maxChoices: 'ballot-config-maxChoices',
      pointsTotal: 'ballot-config-pointsTotal',
      pointsPerOptionMax: 'ballot-config-pointsPerOptionMax',
      optionSource: `ballot-config-optionSource-${SOURCES[0]}`,
      resultsVisibility: `ballot-config-resultsVisibility-${VISIBILITIES[0]}`,
      eligibility: `ballot-config-eligibility-${ELIGIBILITIES[0]}`,
    },
    defaultValues: {
      method: ballot?.method ?? 'POINTS',
      maxChoices: ballot?.maxChoices?.toString() ?? '',
      pointsTotal: ballot?.pointsTotal?.toString() ?? '10',
      pointsPerOptionMax: ballot?.pointsPerOptionMax?.toString() ?? '',
      optionSource: ballot?.optionSource ?? 'SERVICE_AREAS',
      resultsVisibility: ballot?.resultsVisibility ?? 'AFTER_CLOSE',
      eligibility: ballot?.eligibility ?? 'RESIDENTS',
    },
    checks: {
      maxChoices: limitCheck('maxChoices'),
      pointsTotal: limitCheck('pointsTotal'),
      pointsPerOptionMax: limitCheck('pointsPerOptionMax'),
    },
    messages: {
      maxChoices: {
        [FieldErrorCode.INVALID]: t('ballots.configure.numberInvalid', { min: 1, max: BALLOT_LIMITS.maxChoicesMax }),
      },
      pointsTotal: {
        [FieldErrorCode.INVALID]: t('ballots.configure.numberInvalid', { min: 1, max: BALLOT_LIMITS.pointsTotalMax }),
      },
      pointsPerOptionMax: {
        [FieldErrorCode.INVALID]: t('ballots.configure.perOptionInvalid'),
      },
    },
  });
  const method = form.watch('method');
  const submit = form.submit(async (values) => {
    setSaved(null);
    await configure({
      variables: {
        input: {
          consultationId,
          ...limitsFor(values),
          optionSource: values.optionSource,
          resultsVisibility: values.resultsVisibility,
          eligibility: values.eligibility,
        },
      },
    });
    setSaved(t('ballots.configure.saved'));
  });

  return (
    <section className="section ballot-config" aria-labelledby="ballot-config-heading">
      <h3 id="ballot-config-heading">{t('ballots.configure.heading')}</h3>
      {frozen && (
        <p className="callout" id="ballot-config-frozen" data-testid="ballot-frozen">
          {t('ballots.configure.frozen')}
        </p>
      )}
      <form className="form" noValidate onSubmit={submit}>
        <FormProblem form={form} />
        <fieldset
          className="ballot-config__fields"
          disabled={frozen}
          aria-describedby={frozen ? 'ballot-config-frozen' : undefined}
        >
          <legend className="visually-hidden">{t('ballots.configure.heading')}</legend>
          <Choice
            form={form}
            name="method"
            values={METHODS}
            legend={t('ballots.configure.method')}
            label={(value) => t(`ballots.method.${value}`)}
          />
          {method === 'POINTS' ? (
            <>
              <TextField
                {...form.field('pointsTotal')}
                label={t('ballots.configure.pointsTotal')}
                type="number"
                inputMode="numeric"
                min={1}
                max={BALLOT_LIMITS.pointsTotalMax}
              />
              <TextField
                {...form.field('pointsPerOptionMax')}
                label={t('ballots.configure.pointsPerOptionMax')}
                hint={t('ballots.configure.pointsPerOptionMaxHint')}
                optional
                type="number"
                inputMode="numeric"
                min={1}
              />
            </>
          ) : (
            <TextField
              {...form.field('maxChoices')}
              label={t('ballots.configure.maxChoices')}
              hint={t('ballots.configure.maxChoicesHint')}
              optional
              type="number"
              inputMode="numeric"
              min={1}
              max={BALLOT_LIMITS.maxChoicesMax}
            />
          )}
          <Choice
            form={form}
            name="optionSource"
            values={SOURCES}
            legend={t('ballots.configure.optionSource')}
            label={(value) => t(`ballots.source.${value}`)}
          />
          <Choice
            form={form}
            name="resultsVisibility"
            values={VISIBILITIES}
            legend={t('ballots.configure.resultsVisibility')}
            label={(value) => t(`ballots.visibility.${value}`)}
          />
          <Choice
            form={form}
            name="eligibility"
            values={ELIGIBILITIES}
            legend={t('ballots.configure.eligibility')}
            label={(value) => t(`ballots.eligibility.${value}`)}
          />
          <div className="form__actions">
            <SubmitButton
              busy={form.formState.isSubmitting}
              label={ballot ? t('ballots.configure.save') : t('ballots.configure.create')}
              busyLabel={t('ballots.configure.saving')}
            />
          </div>
        </fieldset>
        <p role="status" className="form__status" data-testid="ballot-config-saved">
          {saved}
        </p>
      </form>
    </section>
  );
}
