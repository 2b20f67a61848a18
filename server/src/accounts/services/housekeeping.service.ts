import { Injectable } from '@nestjs/common';
import { HourlyTask } from '../../common/housekeeping/hourly-task.js';
import { SessionRepository } from '../repositories/session.repository.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { RegistrationService } from './registration.service.js';

/** Ended sessions stay visible for a month (who logged in from where), then go. */
const ENDED_SESSION_RETENTION_DAYS = 30;

/**
 * Deletes sessions that ended long ago, stale login counters and sign-ups never
 * confirmed, hourly, so the tables stay small.
 */
@Injectable()
export class HousekeepingService extends HourlyTask {
  protected readonly label = 'Housekeeping';

  constructor(
    private readonly sessions: SessionRepository,
    private readonly throttle: LoginThrottleService,
    private readonly registrations: RegistrationService,
  ) {
    super();
  }

  protected async work(): Promise<void> {
    await this.sessions.deleteEndedBefore(ENDED_SESSION_RETENTION_DAYS);
    await this.throttle.purgeExpired();
    await this.registrations.purgeExpired();
  }
}
