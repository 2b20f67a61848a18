import { Injectable } from '@nestjs/common';
import { HourlyTask } from '../housekeeping/hourly-task.js';
import { RateLimitRepository } from './repositories/rate-limit.repository.js';

/** Deletes PostgreSQL counters whose window has closed, hourly, so the table holds only live windows. */
@Injectable()
export class RateLimitHousekeepingService extends HourlyTask {
  protected readonly label = 'Rate-limit housekeeping';

  constructor(private readonly counters: RateLimitRepository) {
    super();
  }

  protected async work(): Promise<void> {
    await this.counters.deleteExpired();
  }
}
