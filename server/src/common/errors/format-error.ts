import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@ratusz/shared';
import { isTokenLimitMessage, QUERY_LIMITS } from '../graphql/query-limits.js';

/** Codes graphql-js and Apollo produce themselves for malformed requests; safe to show. */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Anything that is not a deliberate error becomes a generic internal error, so
 * SQL, stack traces and driver messages never reach a browser. (It was logged
 * by GraphQLExceptionFilter.)
 */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const limited = withQueryLimitCode(formatted);
  if (limited) return limited;
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && PASS_THROUGH.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED and
 * every parse error GRAPHQL_PARSE_FAILED; a refused over-limit request gets
 * its own code back, so clients and tests can tell "too much" from "wrong".
 */
function withQueryLimitCode(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const extensions = formatted.extensions ?? {};
  if (typeof extensions.queryLimit === 'string') {
    const { stacktrace: _stacktrace, http: _http, ...rest } = extensions;
    return { message: formatted.message, extensions: { ...rest, code: ErrorCode.QUERY_LIMIT_EXCEEDED } };
  }
  if (extensions.code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitMessage(formatted.message)) {
    return {
      message: `The request exceeds the tokens limit of ${QUERY_LIMITS.tokens}.`,
      extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED, queryLimit: 'TOKENS', max: QUERY_LIMITS.tokens },
    };
  }
  return null;
}
