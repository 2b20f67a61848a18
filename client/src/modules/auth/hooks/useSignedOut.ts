import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { SessionRevokedPayload } from '@ratusz/shared';
import { useNotices } from '../../layout/notices';
import { reconnectSocket } from '../../realtime/socket';

/** LOCAL: this tab logged out; EXPIRED: the server stopped accepting the cookie; the rest come from `session.revoked`. */
export type SignOutReason = 'LOCAL' | 'EXPIRED' | SessionRevokedPayload['reason'];

/**
 * Treats the user as logged out: the socket reconnects anonymously, a notice
 * says why, and the Apollo store is reset so nothing of the account stays in
 * memory (active queries, `me` included, are fetched again as a visitor).
 * With `redirectTo` the tab first leaves the page it is on; otherwise pages
 * that need a login send the user to the login page themselves.
 */
export function useSignedOut(): (reason: SignOutReason, redirectTo?: string) => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { showNotice } = useNotices();
  return useCallback(
    async (reason, redirectTo) => {
      // First, synchronously: the old connection (and any late event on it) is dropped.
      reconnectSocket();
      if (redirectTo) void navigate(redirectTo);
      // The notice survives the one navigation that follows (the redirect, or the login page).
      showNotice((t) => t(`auth.signedOut.${reason}`), {
        tone: reason === 'LOCAL' ? 'success' : 'info',
        carryOver: true,
      });
      try {
        await client.resetStore();
      } catch {
        // A query in flight was cancelled by the reset; it is refetched with the others.
      }
    },
    [client, navigate, showNotice],
  );
}
