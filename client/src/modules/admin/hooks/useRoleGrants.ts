import { useMutation, useQuery } from '@apollo/client/react';
import {
  AdminRoleGrantsDocument,
  GrantRoleDocument,
  MeDocument,
  RevokeRoleDocument,
  type GrantRoleInput,
} from '../../../gql/graphql';

const PAGE_SIZE = 20;

/** Granted roles, newest first, with paging. */
export function useRoleGrantList() {
  const query = useQuery(AdminRoleGrantsDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = query.data?.roleGrants.pageInfo;
  return {
    grants: query.data?.roleGrants.nodes ?? [],
    loading: query.loading && !query.data,
    loadingMore: query.loading && !!query.data,
    error: query.data ? undefined : query.error,
    refetch: () => void query.refetch().catch(() => undefined),
    hasMore: pageInfo?.hasNextPage ?? false,
    loadMore: () => {
      if (!pageInfo?.endCursor) return;
      void query.fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined);
    },
  };
}

export function useGrantRole() {
  const [mutate, state] = useMutation(GrantRoleDocument);
  return {
    granting: state.loading,
    // The list is refetched from its first page, where the newest grant is; `me` too, in case admins grant themselves.
    grant: (input: GrantRoleInput) =>
      mutate({
        variables: { input },
        refetchQueries: [AdminRoleGrantsDocument, MeDocument],
        awaitRefetchQueries: true,
      }),
  };
}

export function useRevokeRole() {
  const [mutate, state] = useMutation(RevokeRoleDocument);
  return {
    revoking: state.loading,
    revoke: (id: string) =>
      mutate({
        variables: { id },
        update(cache, { data }) {
          if (!data?.revokeRole) return;
          cache.evict({ id: cache.identify({ __typename: 'RoleGrant', id }) });
          cache.gc();
        },
      }),
  };
}
