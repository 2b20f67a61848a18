import { GraphQLError } from 'graphql';
import { ErrorCode, type FieldError } from '@ratusz/shared';

/** Facts a specific error carries for the client (e.g. the phase in which an action opens); JSON values only. */
export type DomainErrorDetails = Record<string, string | number | boolean | null | readonly unknown[] | object>;

/**
 * The one error type resolvers and services throw on purpose. It is already a
 * GraphQLError, so graphql-js keeps its `extensions.code` instead of wrapping
 * it into an anonymous internal error.
 */
export class DomainError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fieldErrors?: FieldError[]; retryAfterSeconds?: number } & DomainErrorDetails = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.code = code;
  }

  static unauthenticated(): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, 'You need to log in to do this.');
  }

  static forbidden(message = 'You are not allowed to do this.'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }

  static badInput(fieldErrors: FieldError[], message = 'Some fields are not valid.'): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { fieldErrors });
  }
}
