import { Controller, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import type { AppForm } from '../../forms/hooks/useAppForm';
import { MunicipalityPicker, type MunicipalityPickerProps, type PickedMunicipality } from './MunicipalityPicker';

interface MunicipalityFieldProps<Values extends FieldValues> extends Omit<
  MunicipalityPickerProps,
  'value' | 'onChange' | 'error'
> {
  form: AppForm<Values>;
  /** The form value holding the picked municipality, named like the server's input field so its errors land here. */
  name: FieldPathByValue<Values, PickedMunicipality | null>;
}

/** A MunicipalityPicker wired to a form field: its value, its check and its error. */
export function MunicipalityField<Values extends FieldValues>({
  form,
  name,
  ...picker
}: MunicipalityFieldProps<Values>) {
  return (
    <Controller
      control={form.control}
      name={name}
      rules={form.rules(name)}
      render={({ field }) => (
        <MunicipalityPicker
          {...picker}
          // The name's type guarantees this value; react-hook-form cannot narrow a generic path.
          value={field.value as PickedMunicipality | null}
          onChange={field.onChange}
          error={form.message(name)}
        />
      )}
    />
  );
}
