import { useCallback, useMemo, useRef, type BaseSyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  get,
  useForm,
  type DefaultValues,
  type FieldPath,
  type FieldPathValue,
  type FieldValues,
  type Path,
  type RegisterOptions,
  type UseFormReturn,
} from 'react-hook-form';
import { ErrorCode, type FieldError, type FieldErrorCode } from '@ratusz/shared';
import { toApiProblem, type ApiProblem } from '../apiProblem';
import { decodeFieldError, encodeFieldError, partitionFieldErrors, toValidate, type FieldCheck } from '../fieldRules';
import { translateFieldError } from '../translate';
import { useFormProblem, type FormProblem } from './useFormProblem';

type Checks<Values extends FieldValues> = {
  [K in FieldPath<Values>]?: FieldCheck<FieldPathValue<Values, K>, Values>;
};

export interface AppFormOptions<Values extends FieldValues> {
  /**
   * The form's fields in on-screen order (errors are listed and focused in it),
   * each with the id of its input, or null when there is nothing to focus.
   * Named as the server names its input fields, so server field errors land on them.
   */
  fields: { readonly [K in FieldPath<Values>]?: string | null };
  defaultValues: DefaultValues<Values>;
  /** Values kept outside the form (e.g. a reply draft that outlives its composer); the form follows them. */
  values?: Values;
  /**
   * Client-side checks (from forms/validation), run on submit before anything is sent.
   * A check runs for a field wired with `form.field(name)` or `rules={form.rules(name)}` on a <Controller>.
   */
  checks?: Checks<Values>;
  /** Per-field wording for some codes, replacing the generic sentence next to the field and in the summary. */
  messages?: { readonly [K in FieldPath<Values>]?: Partial<Record<FieldErrorCode, string>> };
}

/** What <FormProblem> shows: the form-level sentence and the field errors, linked to their inputs. */
export interface FormSummary {
  problem: FormProblem | null;
  fieldErrors: FieldError[];
  fieldId: (field: string) => string | null;
  describe: (error: FieldError) => string;
}

export interface AppForm<Values extends FieldValues> extends UseFormReturn<Values> {
  /** Props for <TextField> (or any native input): id, registration with the field's check, and its error. */
  field: <K extends FieldPath<Values>>(
    name: K,
  ) => ReturnType<UseFormReturn<Values>['register']> & { id: string; error: string | undefined };
  /** `rules` for a <Controller> (pickers, radio groups, the markdown field). */
  rules: <K extends FieldPath<Values>>(name: K) => Pick<RegisterOptions<Values, K>, 'validate'>;
  /** The field's error as a sentence in the current language, for its `error` prop. */
  message: (name: FieldPath<Values>) => string | undefined;
  /**
   * An onSubmit handler: runs the checks, then `send`. When `send` rejects, the
   * server's field errors go to their fields and the rest to the summary; the
   * values stay as typed. A second submit while one is running is ignored.
   */
  submit: (send: (values: Values) => Promise<unknown> | void) => (event?: BaseSyntheticEvent) => void;
  /** Shows what a request outside `submit` rejected with; returns the problem for special cases. */
  fail: (error: unknown) => ApiProblem;
  problem: FormProblem | null;
  summary: FormSummary;
}

/**
 * A react-hook-form form wired to Ratusz's coded errors: checks from
 * forms/validation, server field errors via setError, focus to the first
 * invalid field, and a summary for <FormProblem form={form} />.
 */
export function useAppForm<Values extends FieldValues>(options: AppFormOptions<Values>): AppForm<Values> {
  const { t } = useTranslation();
  const { fields, checks, messages } = options;
  const form = useForm<Values>({
    defaultValues: options.defaultValues,
    values: options.values,
    // Errors change only when the form is submitted, like the summary that lists them:
    // no live region rewriting itself while someone types.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // Pickers and radio groups have no single ref; we focus by id in the form's order instead.
    shouldFocusError: false,
    // Following outside values (each keystroke of a draft) must not wipe the errors a submit showed.
    resetOptions: options.values ? { keepErrors: true, keepIsSubmitted: true, keepSubmitCount: true } : undefined,
  });
  const order = useMemo(() => Object.keys(fields), [fields]);
  const fieldId = useCallback(
    (field: string) => (Object.hasOwn(fields, field) ? (fields[field as Path<Values>] ?? null) : null),
    [fields],
  );
  const problemState = useFormProblem(order, fieldId);
  const { setError, clearErrors, handleSubmit, register } = form;
  const busy = useRef(false);

  const rules = <K extends FieldPath<Values>>(name: K): Pick<RegisterOptions<Values, K>, 'validate'> => {
    const check = checks?.[name];
    return check ? { validate: toValidate(check) as RegisterOptions<Values, K>['validate'] } : {};
  };

  // Reading formState.errors here subscribes the component to them.
  const { errors } = form.formState;
  const fieldError = (name: string): FieldError | null => {
    const raw = get<typeof errors, { message?: unknown } | undefined>(errors, name)?.message;
    return decodeFieldError(name, typeof raw === 'string' ? raw : undefined);
  };
  const describe = (error: FieldError): string =>
    messages?.[error.field as Path<Values>]?.[error.code] ?? translateFieldError(t, error);
  const message = (name: FieldPath<Values>) => {
    const error = fieldError(name);
    return error ? describe(error) : undefined;
  };

  const fail = (error: unknown): ApiProblem => {
    const problem = toApiProblem(error);
    const { onFields, elsewhere } = partitionFieldErrors(problem.fieldErrors, order);
    for (const fieldProblem of onFields) {
      setError(fieldProblem.field as Path<Values>, { type: 'server', message: encodeFieldError(fieldProblem) });
    }
    problemState.show(
      { code: problem.code, retryAfterSeconds: problem.retryAfterSeconds, elsewhere },
      onFields.map((fieldProblem) => fieldProblem.field),
    );
    return problem;
  };

  const submit =
    (send: (values: Values) => Promise<unknown> | void) =>
    (event?: BaseSyntheticEvent): void => {
      event?.preventDefault();
      if (busy.current) return;
      busy.current = true;
      // Server errors sit on fields react-hook-form may not validate (a quoted post), and would block the submit.
      clearErrors();
      void handleSubmit(
        async (values) => {
          try {
            await send(values);
            problemState.clear();
          } catch (error) {
            fail(error);
          }
        },
        (invalid) => {
          // Errors of list items nest (`phases.1.endsOn` under `phases`): look each field up by its path.
          problemState.show(
            { code: ErrorCode.BAD_USER_INPUT, retryAfterSeconds: null, elsewhere: [] },
            order.filter((name) => get<typeof invalid, { message?: unknown } | undefined>(invalid, name)?.message),
          );
        },
      )(event).finally(() => {
        busy.current = false;
      });
    };

  const summaryErrors = problemState.problem
    ? [
        ...order.flatMap((name) => {
          const error = fieldError(name);
          return error ? [error] : [];
        }),
        ...problemState.problem.elsewhere,
      ]
    : [];

  return {
    ...form,
    field: (name) => ({ ...register(name, rules(name)), id: fieldId(name) ?? name, error: message(name) }),
    rules,
    message,
    submit,
    fail,
    problem: problemState.problem,
    summary: { problem: problemState.problem, fieldErrors: summaryErrors, fieldId, describe },
  };
}
