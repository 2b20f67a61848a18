import { FieldErrorCode, PASSWORD_POLICY, type FieldError } from '@ratusz/shared';

/*
 * Checks made before sending, mirroring the server's rules so most mistakes are
 * reported at once. The server still validates everything and its field errors
 * are shown the same way.
 */

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function required(field: string, value: string): FieldError | null {
  return value.trim() === '' ? { field, code: FieldErrorCode.REQUIRED } : null;
}

export function email(field: string, value: string): FieldError | null {
  return (
    required(field, value) ?? (EMAIL_PATTERN.test(value.trim()) ? null : { field, code: FieldErrorCode.EMAIL_INVALID })
  );
}

export function length(field: string, value: string, min: number, max: number): FieldError | null {
  const trimmed = value.trim();
  if (trimmed === '') return { field, code: FieldErrorCode.REQUIRED };
  if (trimmed.length < min) return { field, code: FieldErrorCode.TOO_SHORT, params: { min } };
  if (trimmed.length > max) return { field, code: FieldErrorCode.TOO_LONG, params: { max } };
  return null;
}

/** Lower case, upper case, digits, anything else: the classes PASSWORD_POLICY counts. */
export function passwordClasses(password: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\d/, /[^\p{L}\d]/u].filter((pattern) => pattern.test(password)).length;
}

export function strongPassword(field: string, value: string): FieldError | null {
  if (value === '') return { field, code: FieldErrorCode.REQUIRED };
  const strong =
    value.length >= PASSWORD_POLICY.minLength &&
    value.length <= PASSWORD_POLICY.maxLength &&
    passwordClasses(value) >= PASSWORD_POLICY.minClasses;
  return strong
    ? null
    : {
        field,
        code: FieldErrorCode.PASSWORD_WEAK,
        params: { minLength: PASSWORD_POLICY.minLength, minClasses: PASSWORD_POLICY.minClasses },
      };
}

export function collect(...checks: (FieldError | null)[]): FieldError[] {
  return checks.filter((check): check is FieldError => check !== null);
}
