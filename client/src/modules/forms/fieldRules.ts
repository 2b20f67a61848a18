import { FieldErrorCode, type FieldError } from '@ratusz/shared';

/*
 * The bridge between our coded field errors and react-hook-form, which keeps
 * one string `message` per field. A code (with its params) is stored there, not
 * a sentence, so the text follows a language switch and can be reworded per
 * field, exactly like the server's field errors.
 */

/** A client-side check of one field: the problem, or null when the value is fine. */
export type FieldCheck<V, Values> = (value: V, values: Values) => FieldError | Omit<FieldError, 'field'> | null;

const FIELD_ERROR_CODES = new Set<string>(Object.values(FieldErrorCode));

/** What react-hook-form stores as the field's message. */
export function encodeFieldError(error: Omit<FieldError, 'field'>): string {
  return JSON.stringify(
    error.params && Object.keys(error.params).length > 0 ? [error.code, error.params] : [error.code],
  );
}

function isParams(value: unknown): value is Record<string, number | string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((param) => typeof param === 'number' || typeof param === 'string')
  );
}

/**
 * Reads a message back as a field error. A message that is not ours (a plain
 * sentence someone passed to setError) is reported as INVALID rather than shown
 * untranslated.
 */
export function decodeFieldError(field: string, message: string | undefined): FieldError | null {
  if (message === undefined || message === '') return null;
  try {
    const parsed: unknown = JSON.parse(message);
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && FIELD_ERROR_CODES.has(parsed[0])) {
      const code = parsed[0] as FieldErrorCode;
      return isParams(parsed[1]) ? { field, code, params: parsed[1] } : { field, code };
    }
  } catch {
    // Not JSON: falls through to INVALID.
  }
  return { field, code: FieldErrorCode.INVALID };
}

/** A check as a react-hook-form `validate` function: true when fine, else the encoded error. */
export function toValidate<V, Values>(check: FieldCheck<V, Values>): (value: V, values: Values) => string | true {
  return (value, values) => {
    const error = check(value, values);
    return error ? encodeFieldError(error) : true;
  };
}

/** Splits a server's field errors into those a form can show next to a field and the rest, one per field. */
export function partitionFieldErrors(
  errors: readonly FieldError[],
  known: readonly string[],
): { onFields: FieldError[]; elsewhere: FieldError[] } {
  const onFields: FieldError[] = [];
  const elsewhere: FieldError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (!known.includes(error.field)) elsewhere.push(error);
    else if (!seen.has(error.field)) {
      // A field shows one error at a time: the first the server reported.
      seen.add(error.field);
      onFields.push(error);
    }
  }
  return { onFields, elsewhere };
}
