import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { ControlledField } from '../../forms/components/ControlledField';
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

/** A MunicipalityPicker wired to a form field. */
export function MunicipalityField<Values extends FieldValues>({
  form,
  name,
  ...picker
}: MunicipalityFieldProps<Values>) {
  return <ControlledField form={form} name={name} render={(field) => <MunicipalityPicker {...picker} {...field} />} />;
}
