import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { MeDocument } from '../../../gql/graphql';
import { useNotices } from '../../layout/notices';
import { reconnectSocket } from '../../realtime/socket';
import type { CurrentAccount } from './useMe';

/**
 * What follows a successful login or registration: the account goes into the
 * cache as `me` (so no extra request), data of any previous user is dropped,
 * and the socket reconnects so its handshake carries the new cookie.
 */
export function useSignedIn(): (account: CurrentAccount, kind: 'login' | 'register') => void {
  const client = useApolloClient();
  const { showNotice } = useNotices();
  return useCallback(
    (account, kind) => {
      const { cache } = client;
      for (const fieldName of ['mySessions', 'users', 'roleGrants']) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.gc();
      client.writeQuery({ query: MeDocument, data: { me: account } });
      reconnectSocket();
      const name = account.displayName;
      showNotice((t) => (kind === 'login' ? t('auth.signedIn', { name }) : t('auth.registered', { name })), {
        tone: 'success',
        carryOver: true,
      });
    },
    [client, showNotice],
  );
}
