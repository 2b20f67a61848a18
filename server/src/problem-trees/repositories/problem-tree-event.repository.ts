import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventLogRepository } from '../../realtime/event-log/event-log.repository.js';

/** The numbered log of each problem tree's live events, kept for clients catching up after a reconnect. */
@Injectable()
export class ProblemTreeEventRepository extends EventLogRepository {
  constructor(@InjectDataSource() db: DataSource) {
    super(db, { streams: 'problem_trees', events: 'problem_tree_events', streamColumn: 'tree_id' });
  }
}
