import type { TFunction } from 'i18next';
import { FieldErrorCode, PASSWORD_POLICY, type FieldError } from '@ratusz/shared';
import type { ApiProblem } from './apiProblem';

function numberParam(error: FieldError, name: string, fallback: number): number {
  const value = Number(error.params?.[name]);
  return Number.isFinite(value) ? value : fallback;
}

/** A field error as a sentence in the current language, with its parameters filled in. */
export function translateFieldError(t: TFunction, error: FieldError): string {
  switch (error.code) {
    case FieldErrorCode.TOO_SHORT:
      return t('fieldErrors.TOO_SHORT', { count: numberParam(error, 'min', 1) });
    case FieldErrorCode.TOO_LONG:
      return t('fieldErrors.TOO_LONG', { count: numberParam(error, 'max', 1) });
    case FieldErrorCode.PASSWORD_WEAK:
      return t('fieldErrors.PASSWORD_WEAK', {
        minLength: numberParam(error, 'minLength', PASSWORD_POLICY.minLength),
        minClasses: numberParam(error, 'minClasses', PASSWORD_POLICY.minClasses),
      });
    default:
      return t(`fieldErrors.${error.code}`);
  }
}

/** "30 sekund" / "15 minut": a wait in the largest unit that reads naturally. */
function formatWait(t: TFunction, seconds: number): string {
  return seconds < 60
    ? t('duration.seconds', { count: seconds })
    : t('duration.minutes', { count: Math.ceil(seconds / 60) });
}

/** The form-level sentence for a problem; RATE_LIMITED says how long to wait. */
export function translateProblem(t: TFunction, problem: Pick<ApiProblem, 'code' | 'retryAfterSeconds'>): string {
  if (problem.code === 'RATE_LIMITED') {
    return problem.retryAfterSeconds
      ? t('errors.RATE_LIMITED', { wait: formatWait(t, problem.retryAfterSeconds) })
      : t('errors.rateLimitedNoWait');
  }
  return t(`errors.${problem.code}`);
}
