import {
  EMAIL_LIMITS,
  FieldErrorCode,
  HANDLE_PATTERN,
  isEmailAddress,
  isStrongPassword,
  LOGIN_PASSWORD_LIMITS,
  normaliseEmail,
  normaliseHandle,
  PASSWORD_POLICY,
  SLUG_LIMITS,
  SLUG_PATTERN,
  type FieldError,
  type TextLimits,
} from '@ratusz/shared';

/*
 * Checks made before sending, with the rules and bounds the server's input
 * validation reads from @ratusz/shared, so most mistakes are reported at once
 * and with the same code the server would answer. validation.spec.ts and the
 * server's rule-parity.spec.ts run one table of cases through both sides. The
 * server still validates everything and its field errors are shown the same way.
 */

/** Something other than spaces. */
export function required(field: string, value: string): FieldError | null {
  return value.trim() === '' ? { field, code: FieldErrorCode.REQUIRED } : null;
}

/** An e-mail address, checked as the server stores it: trimmed and lower-cased. */
export function email(field: string, value: string): FieldError | null {
  const address = normaliseEmail(value);
  if (address === '') return { field, code: FieldErrorCode.REQUIRED };
  if (address.length > EMAIL_LIMITS.max)
    return { field, code: FieldErrorCode.TOO_LONG, params: { max: EMAIL_LIMITS.max } };
  return isEmailAddress(address) ? null : { field, code: FieldErrorCode.EMAIL_INVALID };
}

/** Required text whose trimmed length lies within `limits` (e.g. DISPLAY_NAME_LIMITS, THREAD_TITLE_LIMITS). */
export function length(field: string, value: string, limits: TextLimits): FieldError | null;
export function length(field: string, value: string, min: number, max: number): FieldError | null;
export function length(
  field: string,
  value: string,
  limitsOrMin: TextLimits | number,
  maybeMax?: number,
): FieldError | null {
  const { min, max } =
    typeof limitsOrMin === 'number' ? { min: limitsOrMin, max: maybeMax ?? limitsOrMin } : limitsOrMin;
  const trimmed = value.trim();
  if (trimmed === '') return { field, code: FieldErrorCode.REQUIRED };
  if (trimmed.length < min) return { field, code: FieldErrorCode.TOO_SHORT, params: { min } };
  if (trimmed.length > max) return { field, code: FieldErrorCode.TOO_LONG, params: { max } };
  return null;
}

/** Text that may be empty, bounded above after trimming (e.g. CATEGORY_DESCRIPTION_LIMITS). */
export function optionalLength(field: string, value: string, limits: Pick<TextLimits, 'max'>): FieldError | null {
  const { max } = limits;
  return value.trim().length > max ? { field, code: FieldErrorCode.TOO_LONG, params: { max } } : null;
}

/** A new password, as typed (never trimmed): PASSWORD_POLICY, counted as the server counts it. */
export function strongPassword(field: string, value: string): FieldError | null {
  if (value === '') return { field, code: FieldErrorCode.REQUIRED };
  return isStrongPassword(value)
    ? null
    : {
        field,
        code: FieldErrorCode.PASSWORD_WEAK,
        params: { minLength: PASSWORD_POLICY.minLength, minClasses: PASSWORD_POLICY.minClasses },
      };
}

/** A password typed to log in: only present and bounded, never trimmed (spaces may be part of it). */
export function loginPassword(field: string, value: string): FieldError | null {
  const { max } = LOGIN_PASSWORD_LIMITS;
  if (value === '') return { field, code: FieldErrorCode.REQUIRED };
  return value.length > max ? { field, code: FieldErrorCode.TOO_LONG, params: { max } } : null;
}

/** An address part such as a category's: SLUG_LIMITS, then SLUG_PATTERN. */
export function slug(field: string, value: string): FieldError | null {
  return (
    length(field, value, SLUG_LIMITS) ??
    (SLUG_PATTERN.test(value.trim()) ? null : { field, code: FieldErrorCode.INVALID })
  );
}

/** A mention handle as people type it ("@Zofia_M " is "zofia_m"), then HANDLE_PATTERN. */
export function handle(field: string, value: string): FieldError | null {
  const normalised = normaliseHandle(value);
  if (normalised === '') return { field, code: FieldErrorCode.REQUIRED };
  return HANDLE_PATTERN.test(normalised) ? null : { field, code: FieldErrorCode.INVALID };
}

export function collect(...checks: (FieldError | null)[]): FieldError[] {
  return checks.filter((check): check is FieldError => check !== null);
}
