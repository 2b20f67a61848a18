import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy } from '@apollo/client/cache';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@ratusz/shared';
import { notifyUnauthenticated } from '../modules/auth/session';
import { threadPostsPolicy } from '../modules/forum/cache';

interface Connection {
  nodes: readonly unknown[];
  pageInfo: unknown;
}

/**
 * Cursor pagination for `{ nodes, pageInfo }` connections: a page fetched with
 * `after` is appended, a first page replaces what was cached.
 */
function connectionPolicy(keyArgs: string[]): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

/** Tells the auth module when the server no longer accepts the session (expired, or revoked while offline). */
const unauthenticatedLink = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED)) {
    notifyUnauthenticated();
  }
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Same origin: the session cookie goes with every request (and Apollo sends
    // application/json, which satisfies the server's CSRF prevention).
    link: ApolloLink.from([unauthenticatedLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            municipalities: connectionPolicy(['topLevel', 'kind', 'search']),
            users: connectionPolicy(['search']),
            roleGrants: connectionPolicy(['municipalityId']),
            mySessions: { merge: false },
            forumCategories: connectionPolicy(['municipalityId', 'networkId']),
            forumThreads: connectionPolicy(['categoryId']),
            threadPosts: threadPostsPolicy(),
            consultations: connectionPolicy(['municipalityId', 'includeChildren', 'phase', 'serviceArea']),
            forumSearch: connectionPolicy(['query', 'categoryId', 'municipalityId']),
            postRevisions: { merge: false },
            // A municipality already cached (from roles, pickers, category lists) answers without a request.
            forumCategoryById: {
              read: (_, { args, toReference }) =>
                args?.id ? toReference({ __typename: 'ForumCategory', id: String(args.id) }) : undefined,
            },
            municipalityById: {
              read: (_, { args, toReference }) =>
                args?.id ? toReference({ __typename: 'Municipality', id: String(args.id) }) : undefined,
            },
          },
        },
        Account: { fields: { roles: { merge: false } } },
        Municipality: { fields: { children: { merge: false } } },
        // A consultation's timeline and areas are replaced whole whenever they change.
        Consultation: { fields: { phases: { merge: false }, serviceAreas: { merge: false } } },
        // Service areas have no id; their code identifies them.
        ServiceArea: { keyFields: ['code'] },
        // One per municipality: a saved form updates the settings it was opened with.
        ModerationSettings: { keyFields: ['municipalityId'] },
      },
    }),
  });
}
