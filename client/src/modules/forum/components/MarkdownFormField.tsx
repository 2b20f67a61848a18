import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { ControlledField } from '../../forms/components/ControlledField';
import type { AppForm } from '../../forms/hooks/useAppForm';
import { MarkdownField, type MarkdownFieldProps } from './MarkdownField';

interface MarkdownFormFieldProps<Values extends FieldValues> extends Omit<
  MarkdownFieldProps,
  'value' | 'onChange' | 'error'
> {
  form: AppForm<Values>;
  name: FieldPathByValue<Values, string>;
}

/** A MarkdownField (editor with preview) wired to a form field. */
export function MarkdownFormField<Values extends FieldValues>({
  form,
  name,
  ...editor
}: MarkdownFormFieldProps<Values>) {
  return <ControlledField form={form} name={name} render={(field) => <MarkdownField {...editor} {...field} />} />;
}
