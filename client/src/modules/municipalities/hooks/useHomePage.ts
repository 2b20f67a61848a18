import { useQuery } from '@apollo/client/react';
import { MunicipalityKind } from '@ratusz/shared';
import { HomePageDocument, type HomePageQuery } from '../../../gql/graphql';

export type TopLevelMunicipality = HomePageQuery['municipalities']['nodes'][number];

const GMINA_KINDS = new Set<string>([
  MunicipalityKind.URBAN_GMINA,
  MunicipalityKind.RURAL_GMINA,
  MunicipalityKind.URBAN_RURAL_GMINA,
]);

/** The server's maximum page size. */
const PAGE_SIZE = 100;

/**
 * Top-level units (no parent) with their children, grouped the way people look
 * for them: counties with their gminas, cities with their districts, and gminas
 * that belong to no county listed here.
 */
export function useHomePage() {
  const query = useQuery(HomePageDocument, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const nodes = query.data?.municipalities.nodes ?? [];
  const pageInfo = query.data?.municipalities.pageInfo;
  return {
    loading: query.loading && !query.data,
    loadingMore: query.loading && !!query.data,
    error: query.data ? undefined : query.error,
    refetch: () => void query.refetch().catch(() => undefined),
    serviceAreas: query.data?.serviceAreas ?? [],
    counties: nodes.filter((node) => node.kind === MunicipalityKind.COUNTY),
    cities: nodes.filter((node) => node.kind === MunicipalityKind.CITY_COUNTY),
    gminas: nodes.filter((node) => GMINA_KINDS.has(node.kind)),
    hasMore: pageInfo?.hasNextPage ?? false,
    loadMore: () => {
      if (!pageInfo?.endCursor) return;
      void query.fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined);
    },
  };
}
