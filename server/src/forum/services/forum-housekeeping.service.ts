import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EVENT_RETENTION_DAYS } from '../forum.limits.js';
import { ForumEventRepository } from '../repositories/forum-event.repository.js';

const EVERY_HOUR = 3600_000;

/** Prunes replayable thread events hourly, so the log stays small; a client away longer reloads the thread. */
@Injectable()
export class ForumHousekeepingService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ForumHousekeepingService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly events: ForumEventRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<void> {
    try {
      await this.events.deleteOlderThan(EVENT_RETENTION_DAYS);
    } catch (error) {
      this.logger.warn(`Forum housekeeping failed: ${String(error)}`);
    }
  }
}
