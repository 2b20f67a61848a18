import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RateLimitRepository } from './repositories/rate-limit.repository.js';

const EVERY_HOUR = 3600_000;

/** Deletes PostgreSQL counters whose window has closed, hourly, so the table holds only live windows. */
@Injectable()
export class RateLimitHousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RateLimitHousekeepingService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly counters: RateLimitRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<number> {
    try {
      return await this.counters.deleteExpired();
    } catch (error) {
      this.logger.warn(`Rate-limit housekeeping failed: ${String(error)}`);
      return 0;
    }
  }
}
