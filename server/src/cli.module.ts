import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { AuditModule } from './audit/audit.module.js';
import { PolicyModule } from './common/policy/policy.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { SeedModule } from './seed/seed.module.js';

/** The services command-line tools need, without HTTP, GraphQL or sockets. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        RealtimeModule,
        PolicyModule,
        AuditModule,
        SeedModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
