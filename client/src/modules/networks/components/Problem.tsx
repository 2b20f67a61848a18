import { useTranslation } from 'react-i18next';
import { toApiProblem } from '../../forms/apiProblem';
import { translateFieldError } from '../../forms/translate';
import { ProblemCallout } from '../../forms/components/ProblemCallout';

/** A refused request: the one callout, with each field's problem named under it (these forms are small). */
export function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return <ProblemCallout inline error={null} />;
  const fieldErrors = toApiProblem(error).fieldErrors ?? [];
  return (
    <div role="alert">
      <ProblemCallout error={error} />
      {fieldErrors.length > 0 && (
        <ul className="field__error">
          {fieldErrors.map((fieldError) => (
            <li key={fieldError.field}>
              {t(`fieldNames.${fieldError.field}`, { defaultValue: fieldError.field })}:{' '}
              {translateFieldError(t, fieldError)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
