import { Controller, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import type { AppForm } from '../../forms/hooks/useAppForm';
import { MarkdownField, type MarkdownFieldProps } from './MarkdownField';

interface MarkdownFormFieldProps<Values extends FieldValues> extends Omit<
  MarkdownFieldProps,
  'value' | 'onChange' | 'error'
> {
  form: AppForm<Values>;
  name: FieldPathByValue<Values, string>;
}

/** A MarkdownField (editor with preview) wired to a form field: its value, its check and its error. */
export function MarkdownFormField<Values extends FieldValues>({
  form,
  name,
  ...editor
}: MarkdownFormFieldProps<Values>) {
  return (
    <Controller
      control={form.control}
      name={name}
      rules={form.rules(name)}
      render={({ field }) => (
        <MarkdownField
          {...editor}
          // The name's type guarantees a string; react-hook-form cannot narrow a generic path.
          value={field.value as string}
          onChange={field.onChange}
          error={form.message(name)}
        />
      )}
    />
  );
}
