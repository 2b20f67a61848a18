import { Module } from '@nestjs/common';
import { JobQueueService } from './job-queue.service.js';
import { JobQueueLockRepository } from './repositories/job-queue-lock.repository.js';

/**
 * Deferred work on PostgreSQL (pg-boss). Import it where a feature registers
 * job handlers or sends jobs; the queue runs only where AppModule provides
 * JOB_QUEUE_OPTIONS (the server), not in the command-line tools.
 */
@Module({
  providers: [JobQueueLockRepository, JobQueueService],
  exports: [JobQueueService],
})
export class JobsModule {}
