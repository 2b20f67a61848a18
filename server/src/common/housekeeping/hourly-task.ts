import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

const EVERY_HOUR = 3600_000;

/**
 * A cleanup every instance runs hourly on its own timer while the app is up
 * (the timer never keeps the process alive). A failed run is logged and the
 * next hour tries again, so cleanups must be idempotent. Subclasses are Nest
 * providers that implement `work`; tests call `run()` directly.
 */
export abstract class HourlyTask implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private timer: NodeJS.Timeout | null = null;

  /** What the log calls this task when it fails (e.g. "Forum housekeeping"). */
  protected abstract readonly label: string;

  protected abstract work(): Promise<unknown>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<void> {
    try {
      await this.work();
    } catch (error) {
      this.logger.warn(`${this.label} failed: ${String(error)}`);
    }
  }
}
