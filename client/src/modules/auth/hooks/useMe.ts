import { useQuery } from '@apollo/client/react';
import { MeDocument, type MeQuery } from '../../../gql/graphql';

export type CurrentAccount = NonNullable<MeQuery['me']>;

/** The logged-in account (null when logged out) and whether that is still being asked. */
export function useMe(): { me: CurrentAccount | null; loading: boolean } {
  const { data, loading } = useQuery(MeDocument);
  return { me: data?.me ?? null, loading: loading && !data };
}
