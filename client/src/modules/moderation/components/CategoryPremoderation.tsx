import { useMutation, useQuery } from '@apollo/client/react';
import type { FieldError } from '@ratusz/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CategoryModerationSettingsDocument,
  SetCategoryModerationSettingsDocument,
  type CategoryModerationSettingsFieldsFragment,
} from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { useModerationFieldName } from './ModerationForms';
import { SettingNumberField, settingInRange, useOutOfRangeMessages } from './SettingNumberField';

type Mode = 'INHERIT' | 'ON' | 'OFF';
const MODES: readonly Mode[] = ['INHERIT', 'ON', 'OFF'];
const THRESHOLDS = ['premoderationAccountDays', 'premoderationApprovedPosts'] as const;

interface Values {
  premoderation: Mode;
  premoderationAccountDays: string;
  premoderationApprovedPosts: string;
}

function toValues(settings: CategoryModerationSettingsFieldsFragment): Values {
  return {
    premoderation: settings.inherited ? 'INHERIT' : settings.premoderation ? 'ON' : 'OFF',
    premoderationAccountDays: String(settings.premoderationAccountDays),
    premoderationApprovedPosts: String(settings.premoderationApprovedPosts),
  };
}

/** Thresholds count only when the category turns pre-moderation on; hidden, they must not block the form. */
const whenOn =
  (field: (typeof THRESHOLDS)[number]) =>
  (value: string, values: Values): FieldError | null =>
    values.premoderation === 'ON' ? settingInRange(field)(value) : null;

function CategoryPremoderationForm({ settings }: { settings: CategoryModerationSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const id = useId();
  const fieldName = useModerationFieldName();
  const messages = useOutOfRangeMessages(THRESHOLDS);
  const [status, setStatus] = useState('');
  const [save, { loading }] = useMutation(SetCategoryModerationSettingsDocument);
  const form = useAppForm<Values>({
    fields: {
      premoderation: `${id}-INHERIT`,
      premoderationAccountDays: `${id}-days`,
      premoderationApprovedPosts: `${id}-posts`,
    },
    defaultValues: toValues(settings),
    checks: {
      premoderationAccountDays: whenOn('premoderationAccountDays'),
      premoderationApprovedPosts: whenOn('premoderationApprovedPosts'),
    },
    messages,
  });
  const mode = form.watch('premoderation');
  const submit = form.submit(async (values) => {
    setStatus('');
    const on = values.premoderation === 'ON';
    const { data } = await save({
      variables: {
        input: {
          categoryId: settings.categoryId,
          premoderation: values.premoderation === 'INHERIT' ? null : on,
          premoderationAccountDays: on
            ? Number(values.premoderationAccountDays.trim())
            : settings.premoderationAccountDays,
          premoderationApprovedPosts: on
            ? Number(values.premoderationApprovedPosts.trim())
            : settings.premoderationApprovedPosts,
        },
      },
      update(cache, { data: saved }) {
        if (!saved) return;
        cache.writeQuery({
          query: CategoryModerationSettingsDocument,
          variables: { id: settings.categoryId },
          data: {
            forumCategoryById: {
              __typename: 'ForumCategory',
              id: settings.categoryId,
              moderationSettings: saved.setCategoryModerationSettings,
            },
          },
        });
      },
    });
    if (data) form.reset(toValues(data.setCategoryModerationSettings));
    setStatus(t('moderation.categorySettings.saved'));
  });
  const headingId = `${id}-heading`;
  const source = t(
    settings.inherited
      ? 'moderation.categorySettings.sourceMunicipality'
      : 'moderation.categorySettings.sourceCategory',
  );
  return (
    <section className="section" aria-labelledby={headingId} data-testid="category-premoderation">
      <h2 id={headingId}>{t('moderation.categorySettings.heading')}</h2>
      <p className="muted">
        {settings.premoderation
          ? t('moderation.categorySettings.currentOn', {
              days: settings.premoderationAccountDays,
              posts: settings.premoderationApprovedPosts,
              source,
            })
          : t('moderation.categorySettings.currentOff', { source })}
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <FormProblem form={form} fieldName={fieldName} />
        <fieldset className="field">
          <legend>{t('moderation.categorySettings.legend')}</legend>
          {MODES.map((value) => (
            <label key={value} className="choice" htmlFor={`${id}-${value}`}>
              <input type="radio" value={value} {...form.register('premoderation')} id={`${id}-${value}`} />{' '}
              {t(`moderation.categorySettings.modes.${value}`)}
            </label>
          ))}
        </fieldset>
        {mode === 'ON' &&
          THRESHOLDS.map((field) => <SettingNumberField key={field} field={field} input={form.field(field)} />)}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={loading || undefined}>
            {t('moderation.categorySettings.save')}
          </button>
        </div>
        <p role="status">{status}</p>
      </form>
    </section>
  );
}

/**
 * A category's own pre-moderation, for those who moderate it: follow the
 * municipality, on with its thresholds, or off. Nothing for anyone else.
 */
export function CategoryPremoderation({ categoryId }: { categoryId: string }) {
  const { data } = useQuery(CategoryModerationSettingsDocument, { variables: { id: categoryId } });
  const settings = data?.forumCategoryById?.moderationSettings;
  return settings ? <CategoryPremoderationForm key={categoryId} settings={settings} /> : null;
}
