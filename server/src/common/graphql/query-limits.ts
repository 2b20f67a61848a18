import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getNamedType,
  GraphQLError,
  isIntrospectionType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '@ratusz/shared';

/**
 * Per-request limits, checked before anything executes. One anonymous request
 * with a thousand aliases of a 100-post page once kept the server busy for
 * 2.5 s; these refuse it after parsing and validation alone. Every document the
 * client sends passes them (a test runs them all), with room to grow.
 */
export const QUERY_LIMITS = {
  /**
   * Characters in the query document, checked before parsing (query-length.middleware.ts). The client's longest
   * operation with its fragments is under 1,500 and the full introspection query about 2,100.
   */
  length: 16_384,
  /** Aliases in one operation, fragments included. */
  aliases: 30,
  /** Nesting of selections. The client's deepest query is a thread page with authors' municipalities. */
  depth: 12,
  /** Directives in one operation (@include/@skip). */
  directives: 20,
  /** Lexical tokens in the whole document; graphql-js stops parsing beyond it. */
  tokens: 5000,
  /** Estimated rows: list fields multiply their selection by `first` (or by {@link UNBOUNDED_LIST_COST}). */
  cost: 20000,
} as const;

type QueryLimit = 'LENGTH' | 'ALIASES' | 'DEPTH' | 'DIRECTIVES' | 'TOKENS' | 'COST';

/** A list without a `first` argument (children of a municipality, phases…) is assumed to hold this many items. */
const UNBOUNDED_LIST_COST = 20;

/**
 * The coded error of a refused request. Apollo rewrites the code of every
 * validation error to GRAPHQL_VALIDATION_FAILED, so the limit travels in
 * `extensions.queryLimit` and formatGraphQLError restores the code.
 */
function queryLimitError(limit: QueryLimit, max: number, found: number): GraphQLError {
  const { message, extensions } = queryLimitAnswer(limit, max, found);
  return new GraphQLError(message, { extensions });
}

/**
 * The same error as it goes out in an answer's `errors`, for a refusal made before GraphQL runs: without an Error
 * object, whose stack trace alone was 2 % of the server's CPU while one client sent alias bombs back to back.
 */
export function queryLimitAnswer(limit: QueryLimit, max: number, found: number) {
  return {
    message: `The request exceeds the ${limit.toLowerCase()} limit of ${max} (found ${found}).`,
    extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, queryLimit: limit, max, found },
  };
}

function reportAs(limit: QueryLimit, max: number) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? max + 1);
      context?.reportError(queryLimitError(limit, max, found));
    },
  ];
}

/** graphql-armor's aliases, depth and directives rules, reporting our coded errors instead of throwing. */
export function queryLimitRules(): ValidationRule[] {
  return [
    maxAliasesRule({
      n: QUERY_LIMITS.aliases,
      propagateOnRejection: false,
      onReject: reportAs('ALIASES', QUERY_LIMITS.aliases),
    }),
    maxDepthRule({
      n: QUERY_LIMITS.depth,
      propagateOnRejection: false,
      onReject: reportAs('DEPTH', QUERY_LIMITS.depth),
    }),
    maxDirectivesRule({
      n: QUERY_LIMITS.directives,
      propagateOnRejection: false,
      onReject: reportAs('DIRECTIVES', QUERY_LIMITS.directives),
    }),
  ] as ValidationRule[];
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function isConnection(type: GraphQLOutputType): boolean {
  return getNamedType(type).name.endsWith('Connection');
}

/**
 * Cost counts rows, not fields: an object costs 1 plus its selection; a
 * paginated field (`first`) multiplies its selection by the page size; a
 * plain list by {@link UNBOUNDED_LIST_COST}. Scalars are free.
 */
const rowEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection stays open (the API is public and documented): it reads the schema, not the database.
  if (field.name.startsWith('__') || isIntrospectionType(type)) return 0;
  const first = typeof args.first === 'number' ? args.first : null;
  if (first !== null && (isConnection(field.type) || isList(field.type))) return first * (1 + childComplexity);
  if (isLeafType(getNamedType(field.type))) return 0;
  if (isList(field.type)) {
    // A connection's `nodes` list was already multiplied by `first` on the connection field.
    return field.name === 'nodes' || field.name === 'edges'
      ? 1 + childComplexity
      : UNBOUNDED_LIST_COST * (1 + childComplexity);
  }
  return 1 + childComplexity;
};

/** The estimated cost of one operation with its variables. */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [rowEstimator] });
}

/** Refuses an operation whose cost (with its variables) is over the limit, before it executes. */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: (ctx: GraphQLRequestContextDidResolveOperation<Record<string, unknown>>) => {
          let cost: number;
          try {
            cost = queryCost(ctx.schema, ctx.document, ctx.request.variables ?? {}, ctx.operationName ?? undefined);
          } catch {
            // Variables that do not coerce: graphql-js refuses them with BAD_USER_INPUT before anything runs.
            return Promise.resolve();
          }
          if (cost > QUERY_LIMITS.cost) {
            const error = queryLimitError('COST', QUERY_LIMITS.cost, cost);
            // Apollo answers an error thrown here with 500 unless told otherwise; the request is what is wrong.
            error.extensions.http = { status: 400 };
            throw error;
          }
          return Promise.resolve();
        },
      }),
  };
}

/** graphql-js aborts parsing past maxTokens with a syntax error; this recognises it, to give it the limit's code. */
export function isTokenLimitMessage(message: string): boolean {
  // graphql-js 16 spells it "more that".
  return /contains more th(?:an|at) \d+ tokens/.test(message);
}
