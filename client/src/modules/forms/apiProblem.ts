import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, FieldErrorCode, type FieldError } from '@ratusz/shared';

/** Server error codes plus the two the client itself can tell apart. */
export type ProblemCode = ErrorCode | 'NETWORK' | 'UNKNOWN';

/** What went wrong with a request, reduced to stable codes the UI translates. */
export interface ApiProblem {
  code: ProblemCode;
  fieldErrors: FieldError[];
  retryAfterSeconds: number | null;
}

const ERROR_CODES = new Set<string>(Object.values(ErrorCode));
const FIELD_ERROR_CODES = new Set<string>(Object.values(FieldErrorCode));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): FieldError[] => {
    if (!isRecord(item) || typeof item.field !== 'string' || typeof item.code !== 'string') return [];
    const code = FIELD_ERROR_CODES.has(item.code) ? (item.code as FieldErrorCode) : FieldErrorCode.INVALID;
    // Inputs arrive as `input.email` or `email` depending on nesting; forms know fields by their own name,
    // and list items as react-hook-form names them (`phases.2.endsOn`, not `phases[2].endsOn`).
    const field = item.field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
    const params: Record<string, number | string> = {};
    if (isRecord(item.params)) {
      for (const [key, param] of Object.entries(item.params)) {
        if (typeof param === 'number' || typeof param === 'string') params[key] = param;
      }
    }
    return [{ field, code, params }];
  });
}

function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): ApiProblem {
  const first = errors[0];
  const rawCode = first?.extensions?.code;
  const code: ProblemCode =
    typeof rawCode === 'string' && ERROR_CODES.has(rawCode) ? (rawCode as ErrorCode) : 'UNKNOWN';
  const retry = first?.extensions?.retryAfterSeconds;
  return {
    code,
    fieldErrors: errors.flatMap((error) => readFieldErrors(error.extensions?.fieldErrors)),
    retryAfterSeconds: typeof retry === 'number' && retry > 0 ? Math.ceil(retry) : null,
  };
}

function fromServerBody(bodyText: string): ApiProblem | null {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (isRecord(body) && Array.isArray(body.errors) && body.errors.length > 0) {
      return fromGraphQLErrors(body.errors as GraphQLFormattedError[]);
    }
  } catch {
    // Not JSON: a proxy or load balancer page.
  }
  return null;
}

/**
 * Turns whatever Apollo Client rejected with into codes. Anything that never
 * reached the API (offline, DNS, proxy without a backend) is NETWORK, so the UI
 * can say "check your connection" rather than blame the user.
 */
export function toApiProblem(error: unknown): ApiProblem {
  const empty = { fieldErrors: [], retryAfterSeconds: null };
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    const parsed = fromServerBody(error.bodyText);
    if (parsed) return parsed;
    return { code: error.statusCode >= 500 ? 'NETWORK' : 'UNKNOWN', ...empty };
  }
  if (ServerParseError.is(error)) return { code: 'NETWORK', ...empty };
  if (error instanceof TypeError) return { code: 'NETWORK', ...empty };
  return { code: 'UNKNOWN', ...empty };
}

export function hasCode(error: unknown, code: ProblemCode): boolean {
  return error !== undefined && error !== null && toApiProblem(error).code === code;
}
