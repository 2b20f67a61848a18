import { Injectable, Logger, type OnApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LoginThrottleService } from './login-throttle.service.js';

const EVERY_HOUR = 3600_000;

/** Deletes sessions that ended long ago and stale login counters, hourly, so the tables stay small. */
@Injectable()
export class HousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HousekeepingService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly throttle: LoginThrottleService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<void> {
    try {
      // Ended sessions stay visible for a month (who logged in from where), then go.
      await this.db.query(`DELETE FROM sessions WHERE coalesce(revoked_at, expires_at) < now() - interval '30 days'`);
      await this.throttle.purgeExpired();
      // A client that was away longer than a week reloads the thread instead of replaying its events.
      await this.db.query(`DELETE FROM forum_events WHERE created_at < now() - interval '7 days'`);
    } catch (error) {
      this.logger.warn(`Housekeeping failed: ${String(error)}`);
    }
  }
}
