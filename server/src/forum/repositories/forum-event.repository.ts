import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventLogRepository } from '../../realtime/event-log/event-log.repository.js';
import { EVENT_LOGS } from '../../realtime/event-log/event-logs.js';

/** The numbered log of each thread's live events, kept for clients catching up after a reconnect. */
@Injectable()
export class ForumEventRepository extends EventLogRepository {
  constructor(@InjectDataSource() db: DataSource) {
    super(db, EVENT_LOGS.thread);
  }
}
