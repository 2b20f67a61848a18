import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../layout/notices';
import { toApiProblem, type ProblemCode } from '../apiProblem';
import { translateProblem } from '../translate';

/** Sentences replacing the generic one for some problem codes. */
export type ProblemMessages = Partial<Record<ProblemCode, string>>;

/** Whatever a request rejected with, as one sentence in the current language. */
export function useProblemMessage(): (error: unknown, messages?: ProblemMessages) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, messages?: ProblemMessages) => {
      const problem = toApiProblem(error);
      return messages?.[problem.code] ?? translateProblem(t, problem);
    },
    [t],
  );
}

/** Shows what a request rejected with as an error notice (which follows a language switch). */
export function useProblemNotice(): (error: unknown) => void {
  const { showNotice } = useNotices();
  return useCallback(
    (error: unknown) => {
      const problem = toApiProblem(error);
      showNotice((t) => translateProblem(t, problem), { tone: 'error' });
    },
    [showNotice],
  );
}
