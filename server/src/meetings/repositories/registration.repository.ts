import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MeetingRegistrationStatus } from '@ratusz/shared';
import {
  keysetAfter,
  mapByKeys,
  one,
  returning,
  returningOne,
  rows,
  type Queryable,
} from '../../common/database/sql.js';
import type { MeetingAttendee } from '../models/meeting-attendee.model.js';
import type { MeetingRegistration } from '../models/meeting-registration.model.js';

export interface RegistrationCounts {
  meetingId: string;
  registeredCount: number;
  waitingCount: number;
}

/** A person's place in the waiting list: those who waited before them, plus one. */
const WAITING_POSITION = `CASE WHEN r.status = 'WAITING' THEN (
    SELECT count(*)::int FROM meeting_registrations w
    WHERE w.meeting_id = r.meeting_id AND w.status = 'WAITING' AND (w.registered_at, w.user_id) <= (r.registered_at, r.user_id)
  ) END`;

const REGISTRATION_COLUMNS = `r.meeting_id AS "meetingId", r.status, r.registered_at AS "registeredAt",
  r.promoted_at AS "promotedAt", ${WAITING_POSITION} AS "waitingPosition"`;

const ATTENDEE_COLUMNS = `r.user_id AS "userId", u.display_name AS "displayName", u.handle, r.status,
  r.registered_at AS "registeredAt", r.promoted_at AS "promotedAt", ${WAITING_POSITION} AS "waitingPosition"`;

/** Seats first, then the waiting list in its order. */
const ATTENDEE_ORDER = `(r.status = 'WAITING')::int`;

@Injectable()
export class RegistrationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One grouped statement for a whole page of meetings (DataLoader batch). */
  async countsByMeetingIds(ids: readonly string[], tx: Queryable = this.db): Promise<RegistrationCounts[]> {
    const found = await rows<RegistrationCounts>(
      tx,
      `SELECT meeting_id AS "meetingId",
         count(*) FILTER (WHERE status = 'REGISTERED')::int AS "registeredCount",
         count(*) FILTER (WHERE status = 'WAITING')::int AS "waitingCount"
       FROM meeting_registrations WHERE meeting_id = ANY($1::uuid[]) GROUP BY meeting_id`,
      [ids],
    );
    return mapByKeys(
      ids,
      found,
      (c) => c.meetingId,
      null,
      (c) => c,
    ).map((counts, index) => counts ?? { meetingId: ids[index], registeredCount: 0, waitingCount: 0 });
  }

  /** The user's registration for each meeting, or null (DataLoader batch). */
  async ofUser(userId: string, meetingIds: readonly string[]): Promise<(MeetingRegistration | null)[]> {
    const found = await rows<MeetingRegistration>(
      this.db,
      `SELECT ${REGISTRATION_COLUMNS} FROM meeting_registrations r
       WHERE r.user_id = $1 AND r.meeting_id = ANY($2::uuid[])`,
      [userId, meetingIds],
    );
    return mapByKeys(meetingIds, found, (r) => r.meetingId, null);
  }

  find(meetingId: string, userId: string, tx: Queryable = this.db): Promise<MeetingRegistration | null> {
    return one<MeetingRegistration>(
      tx,
      `SELECT ${REGISTRATION_COLUMNS} FROM meeting_registrations r WHERE r.meeting_id = $1 AND r.user_id = $2`,
      [meetingId, userId],
    );
  }

  /** Inserts unless the user already holds a registration; false when they do. */
  async insert(meetingId: string, userId: string, status: MeetingRegistrationStatus, tx: Queryable): Promise<boolean> {
    const inserted = await returningOne<{ userId: string }>(
      tx,
      `INSERT INTO meeting_registrations (meeting_id, user_id, status) VALUES ($1, $2, $3)
       ON CONFLICT (meeting_id, user_id) DO NOTHING RETURNING user_id AS "userId"`,
      [meetingId, userId, status],
    );
    return inserted !== null;
  }

  /** Removes the registration; returns what it was (null when there was none). */
  async delete(meetingId: string, userId: string, tx: Queryable): Promise<MeetingRegistrationStatus | null> {
    const deleted = await returningOne<{ status: MeetingRegistrationStatus }>(
      tx,
      'DELETE FROM meeting_registrations WHERE meeting_id = $1 AND user_id = $2 RETURNING status',
      [meetingId, userId],
    );
    return deleted?.status ?? null;
  }

  /**
   * Gives free seats to the first `seats` people of the waiting list, in
   * order. Run under the meeting's row lock, so nobody is promoted twice.
   */
  async promote(meetingId: string, seats: number, tx: Queryable): Promise<string[]> {
    if (seats <= 0) return [];
    const promoted = await returning<{ userId: string }>(
      tx,
      `UPDATE meeting_registrations r SET status = 'REGISTERED', promoted_at = now()
       FROM (
         SELECT user_id FROM meeting_registrations
         WHERE meeting_id = $1 AND status = 'WAITING'
         ORDER BY registered_at, user_id LIMIT $2
       ) first_waiting
       WHERE r.meeting_id = $1 AND r.user_id = first_waiting.user_id
       RETURNING r.user_id AS "userId"`,
      [meetingId, seats],
    );
    return promoted.map((row) => row.userId);
  }

  /** Seats first, then the waiting list in order; `first + 1` rows are asked for by the caller. */
  attendees(meetingId: string, limit: number | null, after: AttendeeCursor | null): Promise<MeetingAttendee[]> {
    const params: unknown[] = [meetingId];
    let afterCursor = '';
    if (after) {
      afterCursor = ` AND ${keysetAfter(
        [
          { sql: ATTENDEE_ORDER, cast: 'int' },
          { sql: 'r.registered_at', cast: 'timestamptz' },
          { sql: 'r.user_id', cast: 'uuid' },
        ],
        [after.rank, after.registeredAt, after.userId],
        params,
        'ASC',
      )}`;
    }
    const limitSql = limit === null ? '' : ` LIMIT ${Number(limit)}`;
    return rows<MeetingAttendee>(
      this.db,
      `SELECT ${ATTENDEE_COLUMNS} FROM meeting_registrations r JOIN users u ON u.id = r.user_id
       WHERE r.meeting_id = $1${afterCursor}
       ORDER BY ${ATTENDEE_ORDER}, r.registered_at, r.user_id${limitSql}`,
      params,
    );
  }
}

/** Where a page of the attendee list ends: seat (0) or queue (1), registration time, user. */
export interface AttendeeCursor {
  rank: 0 | 1;
  registeredAt: string;
  userId: string;
}
