import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { FieldError } from '@ratusz/shared';
import type { ApiProblem } from '../apiProblem';

/** What a failed submit says about the form as a whole; field errors live with the fields (react-hook-form). */
export interface FormProblem {
  code: ApiProblem['code'];
  retryAfterSeconds: number | null;
  /** Server field errors for fields this form does not show: listed in the summary, tied to nothing. */
  elsewhere: FieldError[];
  /** Changes with every failed submit, so the same problem twice is announced twice. */
  serial: number;
}

export interface FormProblemState {
  problem: FormProblem | null;
  /** Records a failed submit and moves focus to the first of `invalidFields` in the form's order. */
  show: (problem: Omit<FormProblem, 'serial'>, invalidFields: readonly string[]) => void;
  clear: () => void;
}

let serial = 0;

/**
 * The form-level half of a form's errors (used by useAppForm). After a failed
 * submit, focus goes to the first invalid field in `fieldOrder`, whose error is
 * linked to it with aria-describedby; `fieldId` maps a field name to its input's id.
 */
export function useFormProblem(
  fieldOrder: readonly string[],
  fieldId: (field: string) => string | null,
): FormProblemState {
  const [state, setState] = useState<{ problem: FormProblem; invalid: readonly string[] } | null>(null);

  const focusFirstInvalid = useEffectEvent((invalid: readonly string[]) => {
    const first = fieldOrder.find((field) => invalid.includes(field) && fieldId(field) !== null);
    const id = first && fieldId(first);
    if (id) document.getElementById(id)?.focus();
  });

  // Only a new problem moves focus (after its errors are rendered), not every re-render.
  useEffect(() => {
    if (state && state.invalid.length > 0) focusFirstInvalid(state.invalid);
  }, [state]);

  const show = useCallback((problem: Omit<FormProblem, 'serial'>, invalid: readonly string[]) => {
    setState({ problem: { ...problem, serial: ++serial }, invalid });
  }, []);

  const clear = useCallback(() => setState(null), []);

  return { problem: state?.problem ?? null, show, clear };
}
