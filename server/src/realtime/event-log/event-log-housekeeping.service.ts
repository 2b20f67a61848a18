import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HourlyTask } from '../../common/housekeeping/hourly-task.js';
import { EVENT_LOGS, EVENT_RETENTION_DAYS } from './event-logs.js';

/** Prunes every stream's replayable events hourly, so the logs stay small. */
@Injectable()
export class EventLogHousekeepingService extends HourlyTask {
  protected readonly label = 'Event log housekeeping';

  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  protected async work(): Promise<void> {
    for (const log of Object.values(EVENT_LOGS)) {
      await this.db.query(`DELETE FROM ${log.events} WHERE created_at < now() - make_interval(days => $1)`, [
        EVENT_RETENTION_DAYS,
      ]);
    }
  }
}
