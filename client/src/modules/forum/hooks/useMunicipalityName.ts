import { useQuery } from '@apollo/client/react';
import { MunicipalityNameDocument } from '../../../gql/graphql';

/**
 * The name of a municipality, for headings of its forum pages. The cache
 * usually knows it already (roles, the picker, category lists bring names
 * in; see municipalityById in apollo.ts); a page opened by a link asks.
 */
export function useMunicipalityName(municipalityId: string | null | undefined): string | null {
  const query = useQuery(MunicipalityNameDocument, {
    variables: { id: municipalityId ?? '' },
    skip: !municipalityId,
    fetchPolicy: 'cache-first',
  });
  return query.data?.municipalityById?.name ?? null;
}
