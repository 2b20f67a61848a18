import { ErrorCode } from '@ratusz/shared';
import { DomainError } from './domain-error.js';
import { formatGraphQLError } from './format-error.js';

describe('formatGraphQLError', () => {
  it('passes domain errors through with their code and field errors, without stack traces', () => {
    const error = DomainError.badInput([{ field: 'email', code: 'EMAIL_INVALID' }]);
    const formatted = formatGraphQLError({
      message: error.message,
      extensions: { ...error.extensions, stacktrace: ['x'] },
    });
    expect(formatted.extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      fieldErrors: [{ field: 'email', code: 'EMAIL_INVALID' }],
    });
  });

  it('keeps GraphQL validation errors, which tell a developer what is wrong with the query', () => {
    const formatted = formatGraphQLError({
      message: 'Cannot query field "x"',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatted.message).toBe('Cannot query field "x"');
  });

  it('replaces anything unexpected by a generic internal error', () => {
    const formatted = formatGraphQLError({
      message: 'relation "users" does not exist',
      path: ['me'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(formatted).toEqual({
      message: 'Something went wrong on our side. Please try again.',
      path: ['me'],
      locations: undefined,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  });
});
