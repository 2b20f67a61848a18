import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import pl from '../../i18n/locales/pl';
import type { FormProblemState } from '../hooks/useFormProblem';
import { translateFieldError, translateProblem } from '../translate';

interface FormProblemProps {
  state: FormProblemState;
  /** Id of the input for a field name, to link the summary to it; null when the form has no such field. */
  fieldId: (field: string) => string | null;
  /** Overrides the form-level sentence for some codes (e.g. CONFLICT on the grant form). */
  message?: string | null;
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
export function FormProblem({ state, fieldId, message }: FormProblemProps) {
  const { t } = useTranslation();
  const { problem } = state;
  return (
    <div className="form-problem-region" role="alert">
      {problem && (
        <div className="form-problem" key={problem.serial}>
          <p className="form-problem__message">{message ?? translateProblem(t, problem)}</p>
          {problem.fieldErrors.length > 0 && (
            <>
              <p className="form-problem__heading">{t('forms.problemsHeading')}</p>
              <ul className="form-problem__list">
                {problem.fieldErrors.map((error) => {
                  const id = fieldId(error.field);
                  const text = t('forms.fieldProblem', {
                    field: isKnownField(error.field) ? t(`fieldNames.${error.field}`) : error.field,
                    message: translateFieldError(t, error),
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
