import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { AccountsModule } from './accounts/accounts.module.js';
import { AuditModule } from './audit/audit.module.js';
import { BallotsModule } from './ballots/ballots.module.js';
import { SessionService } from './accounts/services/session.service.js';
import { readSessionToken } from './accounts/session-cookie.js';
import { AccessGuard } from './common/auth/access.guard.js';
import { PolicyModule } from './common/policy/policy.module.js';
import { ReadCacheModule } from './common/read-cache/read-cache.module.js';
import { RateLimitGuard } from './common/rate-limit/rate-limit.guard.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { formatGraphQLError } from './common/errors/format-error.js';
import { costLimitPlugin, QUERY_LIMITS, queryLimitRules } from './common/graphql/query-limits.js';
import { QueryLimitsModule } from './common/graphql/query-limits.module.js';
import { GraphQLExceptionFilter } from './common/errors/graphql-exception.filter.js';
import { RequestLoaders, type RequestContext } from './common/request-context.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { ConsultationsModule } from './consultations/consultations.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { DraftsModule } from './drafts/drafts.module.js';
import { ForumModule } from './forum/forum.module.js';
import { HealthModule } from './health/health.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { SurveysModule } from './surveys/surveys.module.js';
import { JOB_QUEUE_OPTIONS, type JobQueueOptions } from './jobs/job-queue.service.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { graphqlMetricsPlugin } from './metrics/metrics.plugin.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { MetricsService } from './metrics/metrics.service.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { MunicipalitiesModule } from './municipalities/municipalities.module.js';
import { NetworksModule } from './networks/networks.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { AccountSecurityModule } from './account-security/account-security.module.js';
import { ProblemTreesModule } from './problem-trees/problem-trees.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { RealtimeGatewayModule } from './realtime/realtime-gateway.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { ReportsModule } from './reports/reports.module.js';
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
        TypeOrmModule.forRoot(
          dataSourceOptions(databaseUrl, { logSql: config.logSql, poolSize: config.databasePoolSize }),
        ),
        RealtimeModule,
        PolicyModule,
        AuditModule,
        AccountsModule,
        RateLimitModule,
        MetricsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AccountsModule],
          inject: [SessionService, MetricsService],
          useFactory: (sessions: SessionService, metrics: MetricsService) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            csrfPrevention: true,
            introspection: true,
            // Apollo's landing page loads scripts from its CDN, which the Content-Security-Policy forbids; the schema
            // is public through introspection and shared/schema.graphql.
            playground: false,
            // Limits on aliases, depth, directives, tokens and cost: refused before execution (query-limits.ts).
            validationRules: queryLimitRules(),
            parseOptions: { maxTokens: QUERY_LIMITS.tokens },
            // Apollo installs its cache-control plugin unless told not to; nothing here sets cache hints, and its
            // per-field hook makes Apollo wrap every field's resolver, even plain property reads (read-path profile).
            plugins: [costLimitPlugin(), graphqlMetricsPlugin(metrics), ApolloServerPluginCacheControlDisabled()],
            formatError: formatGraphQLError,
            context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => ({
              req,
              res,
              auth: await sessions.authenticate(readSessionToken(req.headers.cookie)),
              loaders: new RequestLoaders(),
            }),
          }),
        }),
        QueryLimitsModule,
        ReadCacheModule,
        MunicipalitiesModule,
        NetworksModule,
        ForumModule,
        ConsultationsModule,
        DocumentsModule,
        DraftsModule,
        MeetingsModule,
        ProposalsModule,
        OrganisationsModule,
        BallotsModule,
        ProblemTreesModule,
        ModerationModule,
        ReportsModule,
        IndicatorsModule,
        SurveysModule,
        NotificationsModule,
        AccountSecurityModule,
        RealtimeGatewayModule,
        SeedModule,
        JobsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // Only the server runs the job queue; the command-line tools' CliModule leaves it out.
        { provide: JOB_QUEUE_OPTIONS, useValue: { databaseUrl } satisfies JobQueueOptions },
        { provide: APP_GUARD, useClass: AccessGuard },
        // After AccessGuard, so calls refused for access are not counted; see common/rate-limit/.
        { provide: APP_GUARD, useExisting: RateLimitGuard },
        { provide: APP_PIPE, useValue: createValidationPipe() },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
      ],
      exports: [APP_CONFIG, JOB_QUEUE_OPTIONS],
    };
  }
}
