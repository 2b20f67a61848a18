import { useApolloClient } from '@apollo/client/react';
import { useEffect, useEffectEvent } from 'react';
import { MeDocument } from '../../../gql/graphql';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';
import { useSignedOut } from '../hooks/useSignedOut';
import { onUnauthenticated, revocationEventsHeld } from '../session';

/**
 * Logs this tab out politely when the session ends elsewhere: on the socket's
 * `session.revoked` (logout in another tab, "log out everywhere", this session
 * ended from another device), or when the API answers UNAUTHENTICATED while
 * the tab still believes it is logged in (expired while the socket was down).
 * Renders nothing.
 */
export function SessionWatcher() {
  const client = useApolloClient();
  const signedOut = useSignedOut();

  useSocketEvent('session.revoked', ({ reason }) => {
    if (revocationEventsHeld()) return;
    void signedOut(reason);
  });

  const onRejected = useEffectEvent(() => {
    if (revocationEventsHeld()) return;
    const cached = client.readQuery({ query: MeDocument });
    if (cached?.me) void signedOut('EXPIRED');
  });
  useEffect(() => onUnauthenticated(() => onRejected()), []);

  return null;
}
