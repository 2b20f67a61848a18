import { useApolloClient } from '@apollo/client/react';
import type { ConsultationEvent } from '@ratusz/shared';
import { ConsultationDocument, ConsultationEventsDocument } from '../../../gql/graphql';
import { useLiveStream } from '../../realtime/hooks/useLiveStream';
import { applyConsultationEvent } from '../cache';

/**
 * Follows a consultation live: joins its room (again after every reconnect,
 * then catches up with consultationEvents) and applies its events to the
 * cached consultation exactly once, in order. Features inside the consultation
 * (documents, meetings…) listen to `consultation.event` themselves with
 * useSocketEvent; this hook keeps the page in the room for them.
 */
export function useConsultationLive(consultationId: string, initialSeq: number): void {
  const client = useApolloClient();

  const apply = (event: ConsultationEvent) => {
    if (applyConsultationEvent(client.cache, event)) {
      void client
        .query({ query: ConsultationDocument, variables: { id: consultationId }, fetchPolicy: 'network-only' })
        .catch(() => undefined);
    }
  };

  useLiveStream({
    event: 'consultation.event',
    room: `consultation:${consultationId}`,
    initialSeq,
    belongs: (event) => event.consultationId === consultationId,
    fetchAfter: async (afterSeq) => {
      const { data } = await client.query({
        query: ConsultationEventsDocument,
        variables: { consultationId, afterSeq },
        fetchPolicy: 'network-only',
      });
      return data?.consultationEvents ?? [];
    },
    apply,
  });
}
