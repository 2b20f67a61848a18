import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { one, rows } from '../../common/database/sql.js';
import type { RecipientSource } from './notification.repository.js';

export interface RemindableMeeting {
  id: string;
  title: string;
  startsAt: Date;
  consultationId: string | null;
  municipalityId: string;
  cancelled: boolean;
}

const COLUMNS = `id, title, starts_at AS "startsAt", consultation_id AS "consultationId",
  municipality_id AS "municipalityId", cancelled_at IS NOT NULL AS cancelled`;

@Injectable()
export class MeetingReminderRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Meetings not called off that start within `hours`. */
  startingWithin(hours: number): Promise<RemindableMeeting[]> {
    return rows<RemindableMeeting>(
      this.db,
      `SELECT ${COLUMNS} FROM meetings
       WHERE cancelled_at IS NULL AND starts_at > now() AND starts_at <= now() + make_interval(hours => $1)`,
      [hours],
    );
  }

  byId(id: string): Promise<RemindableMeeting | null> {
    return one<RemindableMeeting>(this.db, `SELECT ${COLUMNS} FROM meetings WHERE id = $1`, [id]);
  }
}

/** Everyone with a seat (not the waiting list) at the meeting. */
export const meetingAttendees =
  (meetingId: string): RecipientSource =>
  (first) => ({
    sql: `SELECT user_id AS id, 'MEETING_REMINDER'::text AS type, 0 AS rank FROM meeting_registrations
          WHERE meeting_id = $${first}::uuid AND status = 'REGISTERED'`,
    params: [meetingId],
  });
