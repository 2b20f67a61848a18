import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsultationAction, phaseOpeningFor, type ConsultationPhaseKind } from '@ratusz/shared';
import {
  ConsultationReportDocument,
  GenerateConsultationReportDocument,
  type ConsultationDetailsFragment,
} from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';
import { usePhaseClosedMessage } from '../../consultations/hooks/usePhaseClosedMessage';

/**
 * The organisers' button. Outside the phases that allow it, it says when
 * generating opens instead (the same rule the server applies, from shared/);
 * a refusal from the server is said the same way.
 */
export function GenerateReportControl({
  consultation,
  hasReport,
}: {
  consultation: ConsultationDetailsFragment;
  hasReport: boolean;
}) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const phaseClosed = usePhaseClosedMessage();
  const [done, setDone] = useState<number | null>(null);
  const [generate, { loading, error }] = useMutation(GenerateConsultationReportDocument, {
    variables: { consultationId: consultation.id },
    update(cache, { data }) {
      if (!data) return;
      cache.writeQuery({
        query: ConsultationReportDocument,
        variables: { consultationId: consultation.id },
        data: { consultationReport: data.generateConsultationReport },
      });
    },
  });

  if (!consultation.allowedActions.includes(ConsultationAction.GENERATE_REPORT)) {
    const phases = consultation.phases.map((phase) => ({ ...phase, kind: phase.kind as ConsultationPhaseKind }));
    const opening = phaseOpeningFor(ConsultationAction.GENERATE_REPORT, phases, new Date());
    return (
      <p className="callout" data-testid="report-generate-closed">
        {opening
          ? t('reports.generate.opensIn', { phase: format.phase(opening.kind), date: format.day(opening.startsOn) })
          : t('reports.generate.never')}
      </p>
    );
  }

  const onClick = async () => {
    setDone(null);
    const result = await generate().catch(() => null);
    if (result?.data) setDone(result.data.generateConsultationReport.version);
  };
  const closedMessage = phaseClosed(error);
  return (
    <div className="report-generate">
      <button type="button" className="button button--primary" disabled={loading} onClick={() => void onClick()}>
        {loading
          ? t('reports.generate.working')
          : hasReport
            ? t('reports.generate.again')
            : t('reports.generate.first')}
      </button>
      <p className="muted">{t('reports.generate.hint')}</p>
      <div role="status">{done !== null && <p>{t('reports.generate.done', { version: done })}</p>}</div>
      <ProblemCallout error={error} messages={closedMessage ? { PHASE_CLOSED: closedMessage } : undefined} />
    </div>
  );
}
