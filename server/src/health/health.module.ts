import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { GracefulShutdownService } from './graceful-shutdown.service.js';
import { HealthController } from './health.controller.js';
import { ReadinessService } from './readiness.service.js';
import { DatabasePingRepository } from './repositories/database-ping.repository.js';
import { MigrationStatusRepository } from './repositories/migration-status.repository.js';

@Module({
  imports: [JobsModule],
  controllers: [HealthController],
  providers: [DatabasePingRepository, MigrationStatusRepository, ReadinessService, GracefulShutdownService],
  exports: [GracefulShutdownService],
})
export class HealthModule {}
