import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCode, type FieldError } from '@ratusz/shared';
import { toApiProblem, type ApiProblem } from '../apiProblem';
import { translateFieldError } from '../translate';

export interface FormProblemState {
  /** The current problem, with a serial so the same problem twice is announced twice. */
  problem: (ApiProblem & { serial: number }) | null;
  /** First field error for `field`, if any. */
  fieldError: (field: string) => FieldError | undefined;
  /** That error as a sentence in the current language, for the field's `error` prop. */
  fieldMessage: (field: string) => string | undefined;
  /** Shows client-side validation errors; returns true when there were none. */
  validate: (errors: FieldError[]) => boolean;
  /** Shows what a failed request rejected with; returns the problem for special cases. */
  fail: (error: unknown) => ApiProblem;
  clear: () => void;
}

let serial = 0;

/**
 * Form-level and field-level errors of one form. After a failed submit, focus
 * goes to the first invalid field (in `fieldOrder`), whose error is linked to
 * it with aria-describedby; `fieldId` maps a field name to its input's id.
 */
export function useFormProblem(fieldOrder: readonly string[], fieldId: (field: string) => string): FormProblemState {
  const [problem, setProblem] = useState<FormProblemState['problem']>(null);

  const focusFirstInvalid = useEffectEvent((fieldErrors: FieldError[]) => {
    const invalid = new Set(fieldErrors.map((error) => error.field));
    const first = fieldOrder.find((field) => invalid.has(field));
    if (first) document.getElementById(fieldId(first))?.focus();
  });

  // Only a new problem moves focus, not every re-render.
  useEffect(() => {
    if (problem && problem.fieldErrors.length > 0) focusFirstInvalid(problem.fieldErrors);
  }, [problem]);

  const fieldError = useCallback(
    (field: string) => problem?.fieldErrors.find((error) => error.field === field),
    [problem],
  );

  const { t } = useTranslation();
  const fieldMessage = useCallback(
    (field: string) => {
      const error = fieldError(field);
      return error ? translateFieldError(t, error) : undefined;
    },
    [fieldError, t],
  );

  const validate = useCallback((errors: FieldError[]) => {
    if (errors.length === 0) {
      setProblem(null);
      return true;
    }
    setProblem({
      code: ErrorCode.BAD_USER_INPUT,
      fieldErrors: errors,
      retryAfterSeconds: null,
      serial: ++serial,
    });
    return false;
  }, []);

  const fail = useCallback((error: unknown) => {
    const next = toApiProblem(error);
    setProblem({ ...next, serial: ++serial });
    return next;
  }, []);

  const clear = useCallback(() => setProblem(null), []);

  return { problem, fieldError, fieldMessage, validate, fail, clear };
}
