import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LIMITS, FieldErrorCode, SLUG_LIMITS, SLUG_PATTERN } from '@ratusz/shared';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { useSuggestedSlug } from '../../forms/hooks/useSuggestedSlug';
import { length } from '../../forms/validation';

export interface CategoryValues {
  name: string;
  slug: string;
  description: string;
  /** As typed; empty means "at the end" when adding. */
  position: string;
}

export interface CategoryInputValues {
  name: string;
  slug: string;
  description: string;
  position: number | null;
}

function checks(positionRequired: boolean) {
  return {
    name: (value: string) => length('name', value, CATEGORY_LIMITS.nameMin, CATEGORY_LIMITS.nameMax),
    slug: (value: string) => {
      const slug = value.trim();
      return (
        length('slug', slug, SLUG_LIMITS.min, SLUG_LIMITS.max) ??
        (SLUG_PATTERN.test(slug) ? null : { field: 'slug', code: FieldErrorCode.INVALID })
      );
    },
    description: (value: string) =>
      value.trim().length > CATEGORY_LIMITS.descriptionMax
        ? { field: 'description', code: FieldErrorCode.TOO_LONG, params: { max: CATEGORY_LIMITS.descriptionMax } }
        : null,
    position: (value: string) => {
      const position = value.trim();
      const positionNumber = Number(position);
      if (position === '') return positionRequired ? { field: 'position', code: FieldErrorCode.REQUIRED } : null;
      return Number.isInteger(positionNumber) && positionNumber >= 0 && positionNumber <= CATEGORY_LIMITS.positionMax
        ? null
        : { field: 'position', code: FieldErrorCode.INVALID };
    },
  };
}

interface CategoryFormProps {
  idPrefix: string;
  initial: CategoryValues;
  /** Adding suggests the address from the name until the user types one. */
  mode: 'add' | 'edit';
  submitLabel: string;
  submittingLabel: string;
  /** Saves; rejects with the server's error, which the form shows while keeping what was typed. */
  onSubmit: (values: CategoryInputValues) => Promise<void>;
  onCancel?: () => void;
}

export function CategoryForm({
  idPrefix,
  initial,
  mode,
  submitLabel,
  submittingLabel,
  onSubmit,
  onCancel,
}: CategoryFormProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const form = useAppForm<CategoryValues>({
    fields: {
      name: `${idPrefix}-name`,
      slug: `${idPrefix}-slug`,
      description: `${idPrefix}-description`,
      position: `${idPrefix}-position`,
    },
    defaultValues: initial,
    checks: checks(mode === 'edit'),
    messages: {
      slug: { [FieldErrorCode.INVALID]: t('forum.categories.slugFormat') },
      position: {
        [FieldErrorCode.INVALID]: t('forum.categories.positionInvalid', { max: CATEGORY_LIMITS.positionMax }),
      },
    },
  });

  const { source: name, slug, resetSuggestion } = useSuggestedSlug(form, 'name', 'slug', mode === 'edit');

  const submit = form.submit(async (values) => {
    const position = values.position.trim();
    setSaving(true);
    try {
      await onSubmit({
        name: values.name.trim(),
        slug: values.slug.trim(),
        description: values.description.trim(),
        position: position === '' ? null : Number(position),
      });
    } finally {
      setSaving(false);
    }
    if (mode === 'add') {
      form.reset(initial);
      resetSuggestion();
    }
  });

  return (
    <form className="form category-form" noValidate onSubmit={submit}>
      <FormProblem form={form} />
      <TextField {...name} label={t('forum.categories.name')} maxLength={CATEGORY_LIMITS.nameMax} autoComplete="off" />
      <TextField
        {...slug}
        label={t('forum.categories.slug')}
        hint={t('forum.categories.slugHint')}
        maxLength={SLUG_LIMITS.max}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        {...form.field('description')}
        label={t('forum.categories.description')}
        optional
        maxLength={CATEGORY_LIMITS.descriptionMax}
      />
      <TextField
        {...form.field('position')}
        label={t('forum.categories.position')}
        hint={mode === 'add' ? t('forum.categories.positionHint') : undefined}
        optional={mode === 'add'}
        inputMode="numeric"
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
          {saving ? submittingLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('forum.categories.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
