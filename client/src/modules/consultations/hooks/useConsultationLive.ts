import { useApolloClient } from '@apollo/client/react';
import { useEffect, useEffectEvent } from 'react';
import { ThreadEventSequencer, type ConsultationEvent } from '@ratusz/shared';
import { ConsultationDocument, ConsultationEventsDocument } from '../../../gql/graphql';
import { socket } from '../../realtime/socket';
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

  const apply = useEffectEvent((event: ConsultationEvent) => {
    if (applyConsultationEvent(client.cache, event)) {
      void client
        .query({ query: ConsultationDocument, variables: { id: consultationId }, fetchPolicy: 'network-only' })
        .catch(() => undefined);
    }
  });

  useEffect(() => {
    const room = `consultation:${consultationId}` as const;
    const sequencer = new ThreadEventSequencer<ConsultationEvent>(initialSeq, (event) => apply(event));
    let disposed = false;
    let running = false;
    let again = false;

    const catchUp = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const { data } = await client.query({
            query: ConsultationEventsDocument,
            variables: { consultationId, afterSeq: sequencer.lastSeq },
            fetchPolicy: 'network-only',
          });
          if (disposed) return;
          for (const record of data?.consultationEvents ?? []) {
            sequencer.push(JSON.parse(record.payload) as ConsultationEvent);
          }
        } while (again && !disposed);
      } catch {
        // The next reconnect or gap tries again.
      } finally {
        running = false;
      }
    };

    const onEvent = (event: ConsultationEvent) => {
      if (event.consultationId !== consultationId) return;
      if (sequencer.push(event) === 'gap') void catchUp();
    };
    const join = () => socket.emit('room.join', { room }, () => void catchUp());

    socket.on('consultation.event', onEvent);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      disposed = true;
      socket.off('consultation.event', onEvent);
      socket.off('connect', join);
      if (socket.connected) socket.emit('room.leave', { room }, () => undefined);
    };
  }, [client, consultationId, initialSeq]);
}
