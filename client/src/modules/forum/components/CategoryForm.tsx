import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LIMITS, FieldErrorCode, SLUG_LIMITS, SLUG_PATTERN, slugify, type FieldError } from '@ratusz/shared';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useFormProblem } from '../../forms/hooks/useFormProblem';
import { translateFieldError } from '../../forms/translate';
import { collect, length } from '../../forms/validation';

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

const FIELDS = ['name', 'slug', 'description', 'position'] as const;
type Field = (typeof FIELDS)[number];

function isField(field: string): field is Field {
  return (FIELDS as readonly string[]).includes(field);
}

function validate(values: CategoryValues, positionRequired: boolean): FieldError[] {
  const slug = values.slug.trim();
  const position = values.position.trim();
  const positionNumber = Number(position);
  return collect(
    length('name', values.name, CATEGORY_LIMITS.nameMin, CATEGORY_LIMITS.nameMax),
    length('slug', slug, SLUG_LIMITS.min, SLUG_LIMITS.max) ??
      (SLUG_PATTERN.test(slug) ? null : { field: 'slug', code: FieldErrorCode.INVALID }),
    values.description.trim().length > CATEGORY_LIMITS.descriptionMax
      ? { field: 'description', code: FieldErrorCode.TOO_LONG, params: { max: CATEGORY_LIMITS.descriptionMax } }
      : null,
    position === ''
      ? positionRequired
        ? { field: 'position', code: FieldErrorCode.REQUIRED }
        : null
      : Number.isInteger(positionNumber) && positionNumber >= 0 && positionNumber <= CATEGORY_LIMITS.positionMax
        ? null
        : { field: 'position', code: FieldErrorCode.INVALID },
  );
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
  const fieldId = (field: string) => `${idPrefix}-${field}`;
  const [values, setValues] = useState<CategoryValues>(initial);
  const [slugTyped, setSlugTyped] = useState(mode === 'edit');
  const [saving, setSaving] = useState(false);
  const form = useFormProblem(FIELDS, fieldId);

  const message = (field: Field): string | undefined => {
    const error = form.fieldError(field);
    if (!error) return undefined;
    if (field === 'slug' && error.code === FieldErrorCode.INVALID) return t('forum.categories.slugFormat');
    if (field === 'position' && error.code === FieldErrorCode.INVALID)
      return t('forum.categories.positionInvalid', { max: CATEGORY_LIMITS.positionMax });
    return translateFieldError(t, error);
  };

  const setName = (name: string) =>
    setValues((current) => ({ ...current, name, slug: slugTyped ? current.slug : slugify(name) }));
  const setSlug = (slug: string) => {
    // Emptying the address hands it back to the suggestion, from the next change of the name.
    setSlugTyped(slug !== '');
    setValues((current) => ({ ...current, slug }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!form.validate(validate(values, mode === 'edit'))) return;
    const position = values.position.trim();
    setSaving(true);
    try {
      await onSubmit({
        name: values.name.trim(),
        slug: values.slug.trim(),
        description: values.description.trim(),
        position: position === '' ? null : Number(position),
      });
      form.clear();
      if (mode === 'add') {
        setValues(initial);
        setSlugTyped(false);
      }
    } catch (error) {
      form.fail(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="form category-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormProblem state={form} fieldId={(field) => (isField(field) ? fieldId(field) : null)} />
      <TextField
        id={fieldId('name')}
        label={t('forum.categories.name')}
        value={values.name}
        maxLength={CATEGORY_LIMITS.nameMax}
        autoComplete="off"
        onChange={(event) => setName(event.target.value)}
        error={message('name')}
      />
      <TextField
        id={fieldId('slug')}
        label={t('forum.categories.slug')}
        hint={t('forum.categories.slugHint')}
        value={values.slug}
        maxLength={SLUG_LIMITS.max}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setSlug(event.target.value)}
        error={message('slug')}
      />
      <TextField
        id={fieldId('description')}
        label={t('forum.categories.description')}
        optional
        value={values.description}
        maxLength={CATEGORY_LIMITS.descriptionMax}
        onChange={(event) => setValues((current) => ({ ...current, description: event.target.value }))}
        error={message('description')}
      />
      <TextField
        id={fieldId('position')}
        label={t('forum.categories.position')}
        hint={mode === 'add' ? t('forum.categories.positionHint') : undefined}
        optional={mode === 'add'}
        inputMode="numeric"
        value={values.position}
        onChange={(event) => setValues((current) => ({ ...current, position: event.target.value }))}
        error={message('position')}
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
