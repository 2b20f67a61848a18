import { useQuery } from '@apollo/client/react';
import { ConsultationReportDocument } from '../../../gql/graphql';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';

/**
 * The consultation's newest report, fetched again when the organiser
 * generates a new version (report.generated). Listens only: the
 * consultation page keeps the socket in the consultation's room.
 */
export function useConsultationReport(consultationId: string) {
  const query = useQuery(ConsultationReportDocument, {
    variables: { consultationId },
    fetchPolicy: 'cache-and-network',
  });
  useSocketEvent('consultation.event', (event) => {
    if (event.consultationId !== consultationId || event.kind !== 'report.generated') return;
    if (query.data?.consultationReport?.id === event.report.id) return;
    void query.refetch().catch(() => undefined);
  });
  return query;
}
