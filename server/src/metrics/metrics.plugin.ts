import type { ApolloServerPlugin } from '@apollo/server';
import { ANONYMOUS_OPERATION, UNRESOLVED_OPERATION, type MetricsService } from './metrics.service.js';

/**
 * Counts and times every GraphQL request by operation. The name is taken only once the document resolved to an
 * operation, so a name the document does not define never becomes a label.
 */
export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  return {
    requestDidStart: () => {
      const started = process.hrtime.bigint();
      let operation = UNRESOLVED_OPERATION;
      let executed = false;
      return Promise.resolve({
        didResolveOperation: (ctx) => {
          operation = ctx.operationName ?? ANONYMOUS_OPERATION;
          return Promise.resolve();
        },
        executionDidStart: () => {
          executed = true;
          return Promise.resolve();
        },
        willSendResponse: (ctx) => {
          const body = ctx.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : ctx.errors;
          const outcome = !errors?.length ? 'success' : executed ? 'error' : 'invalid';
          metrics.recordGraphQLRequest(operation, outcome, Number(process.hrtime.bigint() - started) / 1e9);
          return Promise.resolve();
        },
      });
    },
  };
}
