import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { refuseOverlongQuery } from './query-length.middleware.js';

/** Imported before the read cache, so an over-long document is refused before anything else reads it. */
@Module({})
export class QueryLimitsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(refuseOverlongQuery).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
