import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows } from '../../common/database/sql.js';
import { EventLogRepository } from '../../realtime/event-log/event-log.repository.js';
import { EVENT_LOGS } from '../../realtime/event-log/event-logs.js';

/** The numbered log of each consultation's live events, kept for clients catching up after a reconnect. */
@Injectable()
export class ConsultationEventRepository extends EventLogRepository {
  constructor(@InjectDataSource() db: DataSource) {
    super(db, EVENT_LOGS.consultation);
  }

  /** The consultation's proposals a moderator hid, with their authors (who still read them). */
  hiddenProposals(consultationId: string): Promise<{ id: string; authorId: string | null }[]> {
    return rows<{ id: string; authorId: string | null }>(
      this.db,
      'SELECT id, author_id AS "authorId" FROM proposals WHERE consultation_id = $1 AND hidden_at IS NOT NULL',
      [consultationId],
    );
  }
}
