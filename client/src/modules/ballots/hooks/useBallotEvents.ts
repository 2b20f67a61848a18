import { useApolloClient } from '@apollo/client/react';
import { BallotDocument } from '../../../gql/graphql';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';

/**
 * Keeps the consultation's ballot current: the counts of ballots cast are
 * written into the cache as they arrive; a new configuration or changed live
 * results are fetched again (the events carry only the ballot's id). Listens
 * only; the consultation page keeps the room joined.
 */
export function useBallotEvents(consultationId: string): void {
  const client = useApolloClient();
  useSocketEvent('consultation.event', (event) => {
    if (event.consultationId !== consultationId) return;
    switch (event.kind) {
      case 'ballot.cast':
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Ballot', id: event.ballotId }),
          fields: { ballotsCast: () => event.ballotsCast, paperBallots: () => event.paperBallots },
        });
        return;
      case 'ballot.updated':
      case 'ballot.results':
        void client.refetchQueries({ include: [BallotDocument] }).catch(() => undefined);
        return;
      default:
        return;
    }
  });
}
