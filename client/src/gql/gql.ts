/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment AdminRoleGrant on RoleGrant {\n  id\n  role\n  grantedAt\n  user {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n}\n\nquery AdminRoleGrants($first: Int!, $after: String, $municipalityId: ID) {\n  roleGrants(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      ...AdminRoleGrant\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nmutation GrantRole($input: GrantRoleInput!) {\n  grantRole(input: $input) {\n    ...AdminRoleGrant\n  }\n}\n\nmutation RevokeRole($id: ID!) {\n  revokeRole(id: $id)\n}": typeof types.AdminRoleGrantFragmentDoc,
    "query AdminUsers($search: String, $first: Int!, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      email\n      isAdmin\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.AdminUsersDocument,
    "fragment CurrentAccount on Account {\n  id\n  email\n  displayName\n  isAdmin\n  createdAt\n  homeMunicipality {\n    id\n    name\n    kind\n  }\n  roles {\n    id\n    role\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n}": typeof types.CurrentAccountFragmentDoc,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...CurrentAccount\n  }\n}": typeof types.MeDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}": typeof types.RegisterDocument,
    "query HomePage($first: Int!, $after: String) {\n  municipalities(topLevel: true, first: $first, after: $after) {\n    nodes {\n      id\n      name\n      slug\n      kind\n      childCount\n      children {\n        id\n        name\n        slug\n        kind\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}": typeof types.HomePageDocument,
    "query SearchMunicipalities($search: String, $first: Int!) {\n  municipalities(search: $search, first: $first) {\n    nodes {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.SearchMunicipalitiesDocument,
    "query MySessions {\n  mySessions {\n    id\n    current\n    createdAt\n    lastSeenAt\n    expiresAt\n    ip\n    userAgent\n  }\n}\n\nmutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n\nmutation LogoutEverywhere {\n  logoutEverywhere\n}": typeof types.MySessionsDocument,
};
const documents: Documents = {
    "fragment AdminRoleGrant on RoleGrant {\n  id\n  role\n  grantedAt\n  user {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n}\n\nquery AdminRoleGrants($first: Int!, $after: String, $municipalityId: ID) {\n  roleGrants(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      ...AdminRoleGrant\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nmutation GrantRole($input: GrantRoleInput!) {\n  grantRole(input: $input) {\n    ...AdminRoleGrant\n  }\n}\n\nmutation RevokeRole($id: ID!) {\n  revokeRole(id: $id)\n}": types.AdminRoleGrantFragmentDoc,
    "query AdminUsers($search: String, $first: Int!, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      email\n      isAdmin\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.AdminUsersDocument,
    "fragment CurrentAccount on Account {\n  id\n  email\n  displayName\n  isAdmin\n  createdAt\n  homeMunicipality {\n    id\n    name\n    kind\n  }\n  roles {\n    id\n    role\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n}": types.CurrentAccountFragmentDoc,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...CurrentAccount\n  }\n}": types.MeDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}": types.RegisterDocument,
    "query HomePage($first: Int!, $after: String) {\n  municipalities(topLevel: true, first: $first, after: $after) {\n    nodes {\n      id\n      name\n      slug\n      kind\n      childCount\n      children {\n        id\n        name\n        slug\n        kind\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}": types.HomePageDocument,
    "query SearchMunicipalities($search: String, $first: Int!) {\n  municipalities(search: $search, first: $first) {\n    nodes {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.SearchMunicipalitiesDocument,
    "query MySessions {\n  mySessions {\n    id\n    current\n    createdAt\n    lastSeenAt\n    expiresAt\n    ip\n    userAgent\n  }\n}\n\nmutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n\nmutation LogoutEverywhere {\n  logoutEverywhere\n}": types.MySessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdminRoleGrant on RoleGrant {\n  id\n  role\n  grantedAt\n  user {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n}\n\nquery AdminRoleGrants($first: Int!, $after: String, $municipalityId: ID) {\n  roleGrants(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      ...AdminRoleGrant\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nmutation GrantRole($input: GrantRoleInput!) {\n  grantRole(input: $input) {\n    ...AdminRoleGrant\n  }\n}\n\nmutation RevokeRole($id: ID!) {\n  revokeRole(id: $id)\n}"): (typeof documents)["fragment AdminRoleGrant on RoleGrant {\n  id\n  role\n  grantedAt\n  user {\n    id\n    displayName\n  }\n  municipality {\n    id\n    name\n    kind\n  }\n}\n\nquery AdminRoleGrants($first: Int!, $after: String, $municipalityId: ID) {\n  roleGrants(first: $first, after: $after, municipalityId: $municipalityId) {\n    nodes {\n      ...AdminRoleGrant\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}\n\nmutation GrantRole($input: GrantRoleInput!) {\n  grantRole(input: $input) {\n    ...AdminRoleGrant\n  }\n}\n\nmutation RevokeRole($id: ID!) {\n  revokeRole(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminUsers($search: String, $first: Int!, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      email\n      isAdmin\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query AdminUsers($search: String, $first: Int!, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    nodes {\n      id\n      displayName\n      email\n      isAdmin\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurrentAccount on Account {\n  id\n  email\n  displayName\n  isAdmin\n  createdAt\n  homeMunicipality {\n    id\n    name\n    kind\n  }\n  roles {\n    id\n    role\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n}"): (typeof documents)["fragment CurrentAccount on Account {\n  id\n  email\n  displayName\n  isAdmin\n  createdAt\n  homeMunicipality {\n    id\n    name\n    kind\n  }\n  roles {\n    id\n    role\n    municipality {\n      id\n      name\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...CurrentAccount\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...CurrentAccount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}"): (typeof documents)["mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    account {\n      ...CurrentAccount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomePage($first: Int!, $after: String) {\n  municipalities(topLevel: true, first: $first, after: $after) {\n    nodes {\n      id\n      name\n      slug\n      kind\n      childCount\n      children {\n        id\n        name\n        slug\n        kind\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}"): (typeof documents)["query HomePage($first: Int!, $after: String) {\n  municipalities(topLevel: true, first: $first, after: $after) {\n    nodes {\n      id\n      name\n      slug\n      kind\n      childCount\n      children {\n        id\n        name\n        slug\n        kind\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n  serviceAreas {\n    code\n    namePl\n    nameEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchMunicipalities($search: String, $first: Int!) {\n  municipalities(search: $search, first: $first) {\n    nodes {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query SearchMunicipalities($search: String, $first: Int!) {\n  municipalities(search: $search, first: $first) {\n    nodes {\n      id\n      name\n      kind\n      parent {\n        id\n        name\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions {\n  mySessions {\n    id\n    current\n    createdAt\n    lastSeenAt\n    expiresAt\n    ip\n    userAgent\n  }\n}\n\nmutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n\nmutation LogoutEverywhere {\n  logoutEverywhere\n}"): (typeof documents)["query MySessions {\n  mySessions {\n    id\n    current\n    createdAt\n    lastSeenAt\n    expiresAt\n    ip\n    userAgent\n  }\n}\n\nmutation RevokeSession($id: ID!) {\n  revokeSession(id: $id)\n}\n\nmutation LogoutEverywhere {\n  logoutEverywhere\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;