import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { AccountsModule } from './accounts/accounts.module.js';
import { SessionService } from './accounts/services/session.service.js';
import { readSessionToken } from './accounts/session-cookie.js';
import { AccessGuard } from './common/auth/access.guard.js';
import { PolicyModule } from './common/policy/policy.module.js';
import { formatGraphQLError } from './common/errors/format-error.js';
import { GraphQLExceptionFilter } from './common/errors/graphql-exception.filter.js';
import { RequestLoaders, type RequestContext } from './common/request-context.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { ForumModule } from './forum/forum.module.js';
import { HealthController } from './health/health.controller.js';
import { MunicipalitiesModule } from './municipalities/municipalities.module.js';
import { RealtimeGatewayModule } from './realtime/realtime-gateway.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { SeedModule } from './seed/seed.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { logSql: config.logSql })),
        RealtimeModule,
        PolicyModule,
        AccountsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AccountsModule],
          inject: [SessionService],
          useFactory: (sessions: SessionService) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            csrfPrevention: true,
            introspection: true,
            formatError: formatGraphQLError,
            context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => ({
              req,
              res,
              auth: await sessions.authenticate(readSessionToken(req.headers.cookie)),
              loaders: new RequestLoaders(),
            }),
          }),
        }),
        MunicipalitiesModule,
        ForumModule,
        RealtimeGatewayModule,
        SeedModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useValue: createValidationPipe() },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
