import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Deliberate errors (UNAUTHENTICATED, BAD_USER_INPUT, …) are answers, not
 * incidents: they pass through unlogged. Anything else is logged once, here,
 * and becomes a generic internal error in formatGraphQLError.
 */
@Catch()
export class GraphQLExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    if (!(exception instanceof GraphQLError)) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    return exception;
  }
}
