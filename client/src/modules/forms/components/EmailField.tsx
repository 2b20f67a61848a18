import { TextField, type TextFieldProps } from './TextField';

/** An e-mail address field: the keyboard, autofill and spelling settings every e-mail input needs. */
export function EmailField(props: Omit<TextFieldProps, 'type' | 'autoComplete' | 'inputMode' | 'spellCheck'>) {
  return <TextField {...props} type="email" autoComplete="email" inputMode="email" spellCheck={false} />;
}
