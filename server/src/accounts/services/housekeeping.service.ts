import { Injectable, Logger, type OnApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { SessionRepository } from '../repositories/session.repository.js';
import { LoginThrottleService } from './login-throttle.service.js';

const EVERY_HOUR = 3600_000;

/** Ended sessions stay visible for a month (who logged in from where), then go. */
const ENDED_SESSION_RETENTION_DAYS = 30;

/** Deletes sessions that ended long ago and stale login counters, hourly, so the tables stay small. */
@Injectable()
export class HousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HousekeepingService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sessions: SessionRepository,
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
      await this.sessions.deleteEndedBefore(ENDED_SESSION_RETENTION_DAYS);
      await this.throttle.purgeExpired();
    } catch (error) {
      this.logger.warn(`Housekeeping failed: ${String(error)}`);
    }
  }
}
