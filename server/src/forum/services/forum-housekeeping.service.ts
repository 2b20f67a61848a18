import { Injectable } from '@nestjs/common';
import { HourlyTask } from '../../common/housekeeping/hourly-task.js';
import { EVENT_RETENTION_DAYS } from '../forum.limits.js';
import { ForumEventRepository } from '../repositories/forum-event.repository.js';

/** Prunes replayable thread events hourly, so the log stays small; a client away longer reloads the thread. */
@Injectable()
export class ForumHousekeepingService extends HourlyTask {
  protected readonly label = 'Forum housekeeping';

  constructor(private readonly events: ForumEventRepository) {
    super();
  }

  protected async work(): Promise<void> {
    await this.events.deleteOlderThan(EVENT_RETENTION_DAYS);
  }
}
