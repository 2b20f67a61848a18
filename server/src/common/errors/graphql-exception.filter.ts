import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Deliberate errors (UNAUTHENTICATED, BAD_USER_INPUT, …) are answers, not
 * incidents: they pass through unlogged. Anything else is logged once, here,
 * and becomes a generic internal error in formatGraphQLError. Plain HTTP
 * errors (a missing asset, a 404 for a non-page request) get Nest's JSON
 * answer: rethrowing them would reach Express's default handler, which
 * prints the stack trace into the page outside NODE_ENV=production.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    if (!(exception instanceof GraphQLError)) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    return exception;
  }
}
