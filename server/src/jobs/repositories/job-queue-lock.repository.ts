import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

// Any constant shared by every Ratusz instance (different from the migrations' key); it names the advisory lock.
const JOB_QUEUE_START_LOCK_KEY = 720_202_612;

@Injectable()
export class JobQueueLockRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Runs `work` while holding a transaction-scoped advisory lock, so instances
   * starting together install or upgrade the queue's schema, and create its
   * queues, one after another.
   */
  async whileLocked<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [JOB_QUEUE_START_LOCK_KEY]);
      return work();
    });
  }
}
