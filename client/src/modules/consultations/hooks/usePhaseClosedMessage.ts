import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@ratusz/shared';
import { useConsultationFormat } from './useConsultationFormat';

/**
 * PHASE_CLOSED in words that name the phase in which the action opens (the
 * server puts it in the error's extensions); null for any other error, so the
 * generic sentence applies.
 */
export function usePhaseClosedMessage(): (error: unknown) => string | null {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  return (error) => {
    if (!CombinedGraphQLErrors.is(error)) return null;
    const extensions = error.errors.find((e) => e.extensions?.code === ErrorCode.PHASE_CLOSED)?.extensions;
    if (!extensions) return null;
    const { opensIn, opensOn } = extensions;
    if (typeof opensIn !== 'string') return t('errors.phaseClosedNever');
    return t('errors.phaseClosedOpens', {
      phase: format.phase(opensIn),
      date: typeof opensOn === 'string' ? format.day(opensOn) : '',
    });
  };
}
