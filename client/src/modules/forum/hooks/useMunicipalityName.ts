import { useFragment } from '@apollo/client/react';
import { ForumMunicipalityNameFragmentDoc } from '../../../gql/graphql';

/**
 * The name of a municipality the cache already knows, or null. There is no
 * query for a municipality by id, but the account's roles, the municipality
 * picker and category lists all bring names into the cache.
 */
export function useMunicipalityName(municipalityId: string | null | undefined): string | null {
  const result = useFragment({
    fragment: ForumMunicipalityNameFragmentDoc,
    from: municipalityId ? { __typename: 'Municipality', id: municipalityId } : null,
  });
  return result.complete ? result.data.name : null;
}
