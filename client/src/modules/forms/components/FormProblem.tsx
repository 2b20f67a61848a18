import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import pl from '../../i18n/locales/pl';
import type { FormSummary } from '../hooks/useAppForm';
import { translateProblem } from '../translate';

interface FormProblemProps {
  /** The form from useAppForm. */
  form: { summary: FormSummary };
  /** Overrides the form-level sentence for some codes (e.g. CONFLICT on the grant form). */
  message?: string | null;
  /** Names fields `fieldNames` cannot (list items such as `phases.1.endsOn`); undefined falls back to it. */
  fieldName?: (field: string) => string | undefined;
}

type KnownField = keyof typeof pl.fieldNames;

function isKnownField(field: string): field is KnownField {
  return Object.hasOwn(pl.fieldNames, field);
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/**
 * The form's live region: says what went wrong in the current language and
 * lists field errors as links to the fields. It is always rendered (empty when
 * all is well) so screen readers announce it when a message appears.
 */
export function FormProblem({ form, message, fieldName }: FormProblemProps) {
  const { t } = useTranslation();
  const { problem, fieldErrors, fieldId, describe } = form.summary;
  return (
    <div className="form-problem-region" role="alert">
      {problem && (
        <div className="form-problem" key={problem.serial}>
          <p className="form-problem__message">{message ?? translateProblem(t, problem)}</p>
          {fieldErrors.length > 0 && (
            <>
              <p className="form-problem__heading">{t('forms.problemsHeading')}</p>
              <ul className="form-problem__list">
                {fieldErrors.map((error) => {
                  const id = fieldId(error.field);
                  const text = t('forms.fieldProblem', {
                    field:
                      fieldName?.(error.field) ??
                      (isKnownField(error.field) ? t(`fieldNames.${error.field}`) : error.field),
                    message: describe(error),
                  });
                  return (
                    <li key={`${error.field}-${error.code}`}>
                      {id ? (
                        <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                          {text}
                        </a>
                      ) : (
                        text
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
