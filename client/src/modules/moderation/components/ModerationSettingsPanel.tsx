import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ModeratedMunicipalitiesDocument,
  ModerationSettingsDocument,
  SetModerationSettingsDocument,
  type ModerationSettingsFieldsFragment,
} from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { useModerationFieldName } from './ModerationForms';
import { SettingNumberField, settingInRange, useOutOfRangeMessages } from './SettingNumberField';

interface SettingsValues {
  flagThreshold: string;
  premoderation: boolean;
  premoderationAccountDays: string;
  premoderationApprovedPosts: string;
}

/** The numeric fields in on-screen order; the pre-moderation switch follows the threshold. */
const NUMBER_FIELDS = ['flagThreshold', 'premoderationAccountDays', 'premoderationApprovedPosts'] as const;

function toValues(settings: ModerationSettingsFieldsFragment): SettingsValues {
  return {
    flagThreshold: String(settings.flagThreshold),
    premoderation: settings.premoderation,
    premoderationAccountDays: String(settings.premoderationAccountDays),
    premoderationApprovedPosts: String(settings.premoderationApprovedPosts),
  };
}

function SettingsForm({ name, settings }: { name: string; settings: ModerationSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldName = useModerationFieldName();
  const [save, { loading }] = useMutation(SetModerationSettingsDocument);
  const [status, setStatus] = useState('');
  const messages = useOutOfRangeMessages(NUMBER_FIELDS);
  const form = useAppForm<SettingsValues>({
    fields: {
      flagThreshold: `${id}-threshold`,
      premoderation: `${id}-premoderation`,
      premoderationAccountDays: `${id}-days`,
      premoderationApprovedPosts: `${id}-posts`,
    },
    defaultValues: toValues(settings),
    checks: {
      flagThreshold: settingInRange('flagThreshold'),
      premoderationAccountDays: settingInRange('premoderationAccountDays'),
      premoderationApprovedPosts: settingInRange('premoderationApprovedPosts'),
    },
    messages,
  });
  const submit = form.submit(async (values) => {
    setStatus('');
    const { data } = await save({
      variables: {
        input: {
          municipalityId: settings.municipalityId,
          flagThreshold: Number(values.flagThreshold.trim()),
          premoderation: values.premoderation,
          premoderationAccountDays: Number(values.premoderationAccountDays.trim()),
          premoderationApprovedPosts: Number(values.premoderationApprovedPosts.trim()),
        },
      },
    });
    if (data) form.reset(toValues(data.setModerationSettings));
    setStatus(t('moderation.settings.saved', { name }));
  });
  const headingId = `${id}-heading`;
  return (
    <section className="section" aria-labelledby={headingId} data-testid="moderation-settings">
      <h3 id={headingId}>{t('moderation.settings.for', { name })}</h3>
      <form className="form" noValidate onSubmit={submit}>
        <FormProblem form={form} fieldName={fieldName} />
        {NUMBER_FIELDS.map((field) => (
          <Fragment key={field}>
            <SettingNumberField field={field} input={form.field(field)} />
            {field === 'flagThreshold' && (
              <div className="field">
                <label className="choice" htmlFor={`${id}-premoderation`}>
                  <input type="checkbox" {...form.register('premoderation')} id={`${id}-premoderation`} />{' '}
                  {t('moderation.settings.premoderation')}
                </label>
              </div>
            )}
          </Fragment>
        ))}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={loading || undefined}>
            {t('moderation.settings.save')}
          </button>
        </div>
        <p role="status">{status}</p>
      </form>
    </section>
  );
}

function MunicipalitySettings({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ModerationSettingsDocument, { variables: { id } });
  if (!data) {
    return error ? (
      <ProblemCallout error={error} onRetry={() => void refetch()} />
    ) : (
      <p className="muted">{t('common.loading')}</p>
    );
  }
  return <SettingsForm name={name} settings={data.moderationSettings} />;
}

/** The flag threshold and pre-moderation of each municipality the viewer is an official of. */
export function ModerationSettingsPanel() {
  const { t } = useTranslation();
  const { data } = useQuery(ModeratedMunicipalitiesDocument);
  const municipalities = new Map<string, string>();
  for (const role of data?.me?.roles ?? []) {
    if (role.municipality.viewerCanConfigureModeration)
      municipalities.set(role.municipality.id, role.municipality.name);
  }
  if (municipalities.size === 0) return null;
  return (
    <section className="section" aria-labelledby="moderation-settings-heading">
      <h2 id="moderation-settings-heading">{t('moderation.settings.heading')}</h2>
      {[...municipalities].map(([id, name]) => (
        <MunicipalitySettings key={id} id={id} name={name} />
      ))}
    </section>
  );
}
