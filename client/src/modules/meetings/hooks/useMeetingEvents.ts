import { useApolloClient } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import type { LiveMeeting, MeetingLiveEvent } from '@ratusz/shared';
import { MeetingDocument, MeetingFieldsFragmentDoc, MeetingsDocument } from '../../../gql/graphql';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';

function updateMeeting(cache: ApolloCache, meeting: LiveMeeting): void {
  cache.modify({
    id: cache.identify({ __typename: 'Meeting', id: meeting.id }),
    fields: {
      kind: () => meeting.kind,
      title: () => meeting.title,
      startsAt: () => meeting.startsAt,
      endsAt: () => meeting.endsAt,
      address: () => meeting.address,
      onlineUrl: () => meeting.onlineUrl,
      capacity: () => meeting.capacity,
      cancelledAt: () => meeting.cancelledAt,
      cancelled: () => meeting.cancelledAt !== null,
      registeredCount: () => meeting.registeredCount,
      waitingCount: () => meeting.waitingCount,
    },
  });
}

/**
 * Merges meeting events into the cache wherever they come from: a
 * consultation's room (part of its numbered events) or a municipality's room
 * (meetings outside consultations). The rooms are joined by the page showing
 * them; this only listens, so a tab coming and going never leaves a room its
 * page still needs.
 */
export function useMeetingEvents(): void {
  const client = useApolloClient();

  const apply = (event: MeetingLiveEvent) => {
    const { cache } = client;
    switch (event.kind) {
      case 'meeting.created':
        // Which calendar months and agendas it belongs to is the server's query to answer.
        void client.refetchQueries({ include: [MeetingsDocument] }).catch(() => undefined);
        return;
      case 'meeting.updated':
        updateMeeting(cache, event.meeting);
        // Minutes and descriptions are not pushed (they can be long): an open meeting page fetches them.
        void client.refetchQueries({ include: [MeetingDocument] }).catch(() => undefined);
        return;
      case 'meeting.registrationsChanged': {
        const id = cache.identify({ __typename: 'Meeting', id: event.meetingId });
        cache.modify({
          id,
          fields: { registeredCount: () => event.registeredCount, waitingCount: () => event.waitingCount },
        });
        // Someone ahead in the queue left or got a seat: the viewer's own place may have moved.
        const cached = cache.readFragment({ fragment: MeetingFieldsFragmentDoc, fragmentName: 'MeetingFields', id });
        if (cached?.viewerRegistration?.status === 'WAITING') {
          void client
            .query({ query: MeetingDocument, variables: { id: event.meetingId }, fetchPolicy: 'network-only' })
            .catch(() => undefined);
        }
        return;
      }
    }
  };

  useSocketEvent('consultation.event', (event) => {
    if (event.kind.startsWith('meeting.')) apply(event as MeetingLiveEvent);
  });
  useSocketEvent('municipality.meeting', apply);
}
