import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, one, rows, type Queryable } from '../../common/database/sql.js';
import type { NetworkMeeting } from '../models/network-meeting.model.js';

const MEETING_COLUMNS = `nm.id, nm.network_id AS "networkId", nm.number,
  to_char(nm.meeting_date, 'YYYY-MM-DD') AS date, nm.status, nm.agenda_source AS "agendaSource",
  nm.agenda_html AS "agendaHtml", nm.minutes_source AS "minutesSource", nm.minutes_html AS "minutesHtml",
  nm.host_municipality_id AS "hostMunicipalityId"`;

/** A generated plan holds at most MEETING_PLAN_COUNT.max meetings (regeneration replaces it), so it is read whole. */
@Injectable()
export class NetworkMeetingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async plansOf(networkIds: readonly string[]): Promise<NetworkMeeting[][]> {
    const found = await rows<NetworkMeeting>(
      this.db,
      `SELECT ${MEETING_COLUMNS} FROM network_meetings nm WHERE nm.network_id = ANY($1::uuid[])
       ORDER BY nm.meeting_date, nm.number`,
      [networkIds],
    );
    return groupByKeys(networkIds, found, (meeting) => meeting.networkId);
  }

  byId(id: string, db: Queryable = this.db): Promise<NetworkMeeting | null> {
    return one<NetworkMeeting>(db, `SELECT ${MEETING_COLUMNS} FROM network_meetings nm WHERE nm.id = $1`, [id]);
  }

  /** Whether any meeting of the network has minutes or attendance recorded (a plan in use). */
  async planInUse(networkId: string, tx: Queryable): Promise<boolean> {
    const found = await one(
      tx,
      `SELECT 1 FROM network_meetings nm WHERE nm.network_id = $1
         AND (nm.minutes_source IS NOT NULL OR EXISTS (SELECT 1 FROM network_meeting_attendance a WHERE a.meeting_id = nm.id))
       LIMIT 1`,
      [networkId],
    );
    return found !== null;
  }

  /** Replaces the whole plan in one statement pair (inside the caller's transaction). */
  async replacePlan(
    networkId: string,
    meetings: readonly { number: number; date: string; hostMunicipalityId: string }[],
    tx: Queryable,
  ): Promise<void> {
    await tx.query(`DELETE FROM network_meetings WHERE network_id = $1`, [networkId]);
    await tx.query(
      `INSERT INTO network_meetings (network_id, number, meeting_date, host_municipality_id)
       SELECT $1, p.number, p.day, p.host
       FROM unnest($2::int[], $3::date[], $4::uuid[]) AS p(number, day, host)`,
      [
        networkId,
        meetings.map((m) => m.number),
        meetings.map((m) => m.date),
        meetings.map((m) => m.hostMunicipalityId),
      ],
    );
  }

  async update(
    id: string,
    changes: { date: string; hostMunicipalityId: string; agendaSource: string; agendaHtml: string },
    tx: Queryable,
  ): Promise<void> {
    await tx.query(
      `UPDATE network_meetings SET meeting_date = $2, host_municipality_id = $3, agenda_source = $4, agenda_html = $5,
         updated_at = now() WHERE id = $1`,
      [id, changes.date, changes.hostMunicipalityId, changes.agendaSource, changes.agendaHtml],
    );
  }

  async cancel(id: string, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE network_meetings SET status = 'CANCELLED', updated_at = now() WHERE id = $1`, [id]);
  }

  async setMinutes(id: string, source: string, html: string, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE network_meetings SET minutes_source = $2, minutes_html = $3, updated_at = now() WHERE id = $1`,
      [id, source, html],
    );
  }

  async setAttendance(id: string, municipalityIds: readonly string[], tx: Queryable): Promise<void> {
    await tx.query(`DELETE FROM network_meeting_attendance WHERE meeting_id = $1`, [id]);
    await tx.query(
      `INSERT INTO network_meeting_attendance (meeting_id, municipality_id) SELECT $1, unnest($2::uuid[])`,
      [id, municipalityIds],
    );
  }

  async attendanceOf(meetingIds: readonly string[]): Promise<string[][]> {
    const found = await rows<{ meetingId: string; municipalityId: string }>(
      this.db,
      `SELECT a.meeting_id AS "meetingId", a.municipality_id AS "municipalityId"
       FROM network_meeting_attendance a JOIN municipalities mu ON mu.id = a.municipality_id
       WHERE a.meeting_id = ANY($1::uuid[]) ORDER BY mu.name COLLATE "pl-x-icu", mu.id`,
      [meetingIds],
    );
    return groupByKeys(
      meetingIds,
      found,
      (row) => row.meetingId,
      (row) => row.municipalityId,
    );
  }

  /** Under the meeting's row lock. */
  lockById(id: string, tx: Queryable): Promise<NetworkMeeting | null> {
    return one<NetworkMeeting>(tx, `SELECT ${MEETING_COLUMNS} FROM network_meetings nm WHERE nm.id = $1 FOR UPDATE`, [
      id,
    ]);
  }
}
