import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@ratusz/shared';
import { LogoutEverywhereDocument, MySessionsDocument, RevokeSessionDocument } from '../../../gql/graphql';
import { toApiProblem } from '../../forms/apiProblem';

/** The account's active sessions and the two ways to end them. */
export function useSessions() {
  const query = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [revokeMutation, revokeState] = useMutation(RevokeSessionDocument);
  const [logoutEverywhereMutation, logoutEverywhereState] = useMutation(LogoutEverywhereDocument);
  // UNAUTHENTICATED here means the session just ended; the page is about to redirect.
  const error = query.error && toApiProblem(query.error).code !== ErrorCode.UNAUTHENTICATED ? query.error : undefined;

  return {
    sessions: query.data?.mySessions ?? [],
    loading: query.loading && !query.data,
    error,
    refetch: () => void query.refetch().catch(() => undefined),
    revoking: revokeState.loading,
    revoke: async (id: string) => {
      await revokeMutation({
        variables: { id },
        update(cache, { data }) {
          if (!data?.revokeSession) return;
          cache.evict({ id: cache.identify({ __typename: 'SessionInfo', id }) });
          cache.gc();
        },
      });
    },
    loggingOutEverywhere: logoutEverywhereState.loading,
    logoutEverywhere: async () => {
      await logoutEverywhereMutation();
    },
  };
}
