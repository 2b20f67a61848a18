import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { hasCode, toApiProblem } from './apiProblem';

const graphQLErrors = (...errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

const serverError = (status: number, bodyText: string) =>
  new ServerError('Response not successful', { response: new Response(bodyText, { status }), bodyText });

describe('toApiProblem', () => {
  it('reads the code, the field errors (without the input. prefix) and the wait of a GraphQL error', () => {
    const problem = toApiProblem(
      graphQLErrors({
        message: 'Bad input',
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          retryAfterSeconds: 1.2,
          fieldErrors: [
            { field: 'input.email', code: FieldErrorCode.EMAIL_TAKEN },
            { field: 'displayName', code: FieldErrorCode.TOO_SHORT, params: { min: 2, nested: { no: 1 } } },
          ],
        },
      }),
    );
    expect(problem).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      retryAfterSeconds: 2,
      fieldErrors: [
        { field: 'email', code: FieldErrorCode.EMAIL_TAKEN, params: {} },
        { field: 'displayName', code: FieldErrorCode.TOO_SHORT, params: { min: 2 } },
      ],
    });
  });

  it('turns unknown codes into UNKNOWN and unknown field codes into INVALID, and skips malformed field errors', () => {
    const problem = toApiProblem(
      graphQLErrors({
        message: 'Odd',
        extensions: {
          code: 'SOMETHING_NEW',
          fieldErrors: [{ field: 'x', code: 'BRAND_NEW' }, { field: 3, code: 'REQUIRED' }, 'nonsense'],
        },
      }),
    );
    expect(problem).toEqual({
      code: 'UNKNOWN',
      retryAfterSeconds: null,
      fieldErrors: [{ field: 'x', code: FieldErrorCode.INVALID, params: {} }],
    });
  });

  it('names list items as react-hook-form does', () => {
    const problem = toApiProblem(
      graphQLErrors({
        message: 'Bad input',
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          fieldErrors: [{ field: 'input.phases[2].endsOn', code: 'REQUIRED' }],
        },
      }),
    );
    expect(problem.fieldErrors).toEqual([{ field: 'phases.2.endsOn', code: FieldErrorCode.REQUIRED, params: {} }]);
  });

  it('collects field errors from every GraphQL error but takes the code of the first', () => {
    const problem = toApiProblem(
      graphQLErrors(
        { message: 'a', extensions: { code: ErrorCode.CONFLICT } },
        {
          message: 'b',
          extensions: { code: ErrorCode.FORBIDDEN, fieldErrors: [{ field: 'slug', code: 'SLUG_TAKEN' }] },
        },
      ),
    );
    expect(problem.code).toBe(ErrorCode.CONFLICT);
    expect(problem.fieldErrors).toEqual([{ field: 'slug', code: FieldErrorCode.SLUG_TAKEN, params: {} }]);
  });

  it('reads GraphQL errors out of a non-2xx response body', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }],
    });
    expect(toApiProblem(serverError(429, body))).toEqual({
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds: 30,
      fieldErrors: [],
    });
  });

  it('calls a 5xx without a GraphQL body a network problem, a 4xx without one unknown', () => {
    expect(toApiProblem(serverError(502, '<html>Bad gateway</html>')).code).toBe('NETWORK');
    expect(toApiProblem(serverError(404, 'Not found')).code).toBe('UNKNOWN');
  });

  it('calls a failed fetch or an unparsable answer a network problem, anything else unknown', () => {
    expect(toApiProblem(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    const unparsable = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: new Response('<html>', { status: 200 }),
      bodyText: '<html>',
    });
    expect(toApiProblem(unparsable).code).toBe('NETWORK');
    expect(toApiProblem(new Error('boom')).code).toBe('UNKNOWN');
    expect(toApiProblem('a string').code).toBe('UNKNOWN');
  });
});

describe('hasCode', () => {
  it('tells whether an error carries a code, and nothing has a code when there is no error', () => {
    const forbidden = graphQLErrors({ message: 'No', extensions: { code: ErrorCode.FORBIDDEN } });
    expect(hasCode(forbidden, ErrorCode.FORBIDDEN)).toBe(true);
    expect(hasCode(forbidden, ErrorCode.NOT_FOUND)).toBe(false);
    expect(hasCode(undefined, 'UNKNOWN')).toBe(false);
    expect(hasCode(null, 'UNKNOWN')).toBe(false);
  });
});
