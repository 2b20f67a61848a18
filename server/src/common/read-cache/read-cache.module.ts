import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ReadCacheMiddleware } from './read-cache.middleware.js';
import { ReadCacheRepository } from './read-cache.repository.js';

/** Nest's middleware runs after the body parser and before Apollo's route: where the cache can answer instead. */
@Module({ providers: [ReadCacheRepository, ReadCacheMiddleware] })
export class ReadCacheModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ReadCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
