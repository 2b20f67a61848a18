import type { ReactElement } from 'react';
import { Controller, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import type { AppForm } from '../hooks/useAppForm';

export interface ControlledFieldProps<Value> {
  value: Value;
  onChange: (value: Value) => void;
  error?: string;
}

/**
 * A non-native input (picker, markdown editor) wired to a form field: its
 * value, its check and its translated error, the way `form.field()` wires a
 * native input.
 */
export function ControlledField<Values extends FieldValues, Value>({
  form,
  name,
  render,
}: {
  form: AppForm<Values>;
  name: FieldPathByValue<Values, Value>;
  render: (props: ControlledFieldProps<Value>) => ReactElement;
}) {
  return (
    <Controller
      control={form.control}
      name={name}
      rules={form.rules(name)}
      render={({ field }) =>
        render({
          // The name's type guarantees the value's; react-hook-form cannot narrow a generic path.
          value: field.value as Value,
          onChange: field.onChange,
          error: form.message(name),
        })
      }
    />
  );
}
