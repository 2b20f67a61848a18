import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MeetingKind } from '@ratusz/shared';
import { keysetAfter, mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { Meeting } from '../models/meeting.model.js';

const MEETING_COLUMNS = `m.id, m.kind, m.title, m.description_source AS "descriptionSource",
  m.description_html AS "descriptionHtml", m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.address,
  m.online_url AS "onlineUrl", m.capacity, m.minutes_source AS "minutesSource", m.minutes_html AS "minutesHtml",
  m.minutes_at AS "minutesAt", m.cancelled_at AS "cancelledAt", m.created_at AS "createdAt",
  m.updated_at AS "updatedAt", m.consultation_id AS "consultationId", m.network_id AS "networkId",
  m.municipality_id AS "municipalityId", m.organiser_id AS "organiserId", c.status AS "consultationStatus",
  m.revision`;

const FROM_MEETINGS = 'meetings m LEFT JOIN consultations c ON c.id = m.consultation_id';

/** Constraints a bad input can still reach (ids that point nowhere). */
export const MEETING_NETWORK_FK = 'meetings_network_id_fkey';

export interface NewMeeting {
  municipalityId: string;
  consultationId: string | null;
  networkId: string | null;
  kind: MeetingKind;
  title: string;
  descriptionSource: string;
  descriptionHtml: string;
  startsAt: Date;
  endsAt: Date;
  address: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  organiserId: string;
}

/** The editable fields, all given (the service merges a patch with the current row first). */
export type MeetingChanges = Pick<
  NewMeeting,
  | 'kind'
  | 'title'
  | 'descriptionSource'
  | 'descriptionHtml'
  | 'startsAt'
  | 'endsAt'
  | 'address'
  | 'onlineUrl'
  | 'capacity'
  | 'networkId'
>;

/** Which meetings a list shows. Every given condition must hold. */
export interface MeetingFilter {
  /** Meetings of these municipalities (e.g. a powiat and its gminas). */
  municipalityIds?: readonly string[];
  consultationId?: string;
  networkId?: string;
  /** Meetings still going on at or after this instant. */
  from?: Date;
  /** Meetings starting before this instant. */
  to?: Date;
  /** Leave out cancelled meetings. */
  activeOnly?: boolean;
  /** Meetings of unpublished consultations are included only for these municipalities (null: all of them). */
  draftsOf: readonly string[] | null;
}

@Injectable()
export class MeetingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byId(id: string, tx: Queryable = this.db): Promise<Meeting | null> {
    return one<Meeting>(tx, `SELECT ${MEETING_COLUMNS} FROM ${FROM_MEETINGS} WHERE m.id = $1`, [id]);
  }

  /** Locks the meeting row until the transaction ends: registrations, promotions and edits queue behind it. */
  lockById(id: string, tx: Queryable): Promise<Meeting | null> {
    return one<Meeting>(tx, `SELECT ${MEETING_COLUMNS} FROM ${FROM_MEETINGS} WHERE m.id = $1 FOR UPDATE OF m`, [id]);
  }

  async byIds(ids: readonly string[], tx: Queryable = this.db): Promise<(Meeting | null)[]> {
    const found = await rows<Meeting>(
      tx,
      `SELECT ${MEETING_COLUMNS} FROM ${FROM_MEETINGS} WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (m) => m.id, null);
  }

  /** Ordered by start, then id; the caller asks for `first + 1` rows to learn whether a next page exists. */
  page(filter: MeetingFilter, limit: number, after: CursorKey | null): Promise<Meeting[]> {
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (filter.municipalityIds) where.push(`m.municipality_id = ANY(${param(filter.municipalityIds)}::uuid[])`);
    if (filter.consultationId) where.push(`m.consultation_id = ${param(filter.consultationId)}`);
    if (filter.networkId) where.push(`m.network_id = ${param(filter.networkId)}`);
    if (filter.from) where.push(`m.ends_at > ${param(filter.from)}`);
    if (filter.to) where.push(`m.starts_at < ${param(filter.to)}`);
    if (filter.activeOnly) where.push('m.cancelled_at IS NULL');
    if (filter.draftsOf !== null) {
      where.push(
        `(m.consultation_id IS NULL OR c.status = 'PUBLISHED' OR m.municipality_id = ANY(${param(filter.draftsOf)}::uuid[]))`,
      );
    }
    if (after) {
      where.push(
        keysetAfter(
          [
            { sql: 'm.starts_at', cast: 'timestamptz' },
            { sql: 'm.id', cast: 'uuid' },
          ],
          [after[0], after[1]],
          params,
          'ASC',
        ),
      );
    }
    return rows<Meeting>(
      this.db,
      `SELECT ${MEETING_COLUMNS} FROM ${FROM_MEETINGS}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY m.starts_at, m.id LIMIT ${param(limit)}`,
      params,
    );
  }

  /** The municipality and every municipality below it (a powiat's gminas, a city's districts). */
  async municipalityWithDescendants(municipalityId: string): Promise<string[]> {
    const found = await rows<{ id: string }>(
      this.db,
      `WITH RECURSIVE tree AS (
         SELECT id FROM municipalities WHERE id = $1
         UNION ALL
         SELECT child.id FROM municipalities child JOIN tree ON child.parent_id = tree.id
       ) SELECT id FROM tree`,
      [municipalityId],
    );
    return found.map((row) => row.id);
  }

  /** Whether the municipality already has a meeting of this title starting then (the seed adds only what is missing). */
  async existsAt(municipalityId: string, title: string, startsAt: Date): Promise<boolean> {
    return (
      (await one(this.db, 'SELECT 1 FROM meetings WHERE municipality_id = $1 AND title = $2 AND starts_at = $3', [
        municipalityId,
        title,
        startsAt,
      ])) !== null
    );
  }

  async municipalityExists(id: string, tx: Queryable = this.db): Promise<boolean> {
    return (await one(tx, 'SELECT 1 FROM municipalities WHERE id = $1', [id])) !== null;
  }

  async insert(values: NewMeeting, tx: Queryable = this.db): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO meetings (municipality_id, consultation_id, network_id, kind, title, description_source,
         description_html, starts_at, ends_at, address, online_url, capacity, organiser_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        values.municipalityId,
        values.consultationId,
        values.networkId,
        values.kind,
        values.title,
        values.descriptionSource,
        values.descriptionHtml,
        values.startsAt,
        values.endsAt,
        values.address,
        values.onlineUrl,
        values.capacity,
        values.organiserId,
      ],
    );
    return inserted!.id;
  }

  async update(id: string, changes: MeetingChanges, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE meetings SET kind = $2, title = $3, description_source = $4, description_html = $5, starts_at = $6,
         ends_at = $7, address = $8, online_url = $9, capacity = $10, network_id = $11,
         revision = revision + 1, updated_at = now()
       WHERE id = $1`,
      [
        id,
        changes.kind,
        changes.title,
        changes.descriptionSource,
        changes.descriptionHtml,
        changes.startsAt,
        changes.endsAt,
        changes.address,
        changes.onlineUrl,
        changes.capacity,
        changes.networkId,
      ],
    );
  }

  async cancel(id: string, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE meetings SET cancelled_at = now(), revision = revision + 1, updated_at = now()
       WHERE id = $1 AND cancelled_at IS NULL`,
      [id],
    );
  }

  async setMinutes(id: string, source: string, html: string, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE meetings SET minutes_source = $2, minutes_html = $3, minutes_at = now(), updated_at = now()
       WHERE id = $1`,
      [id, source, html],
    );
  }

  /**
   * A calendar feed's meetings: those of the consultation or of the
   * municipalities given, published consultations only, from a year back,
   * by start.
   */
  feed(scope: { consultationId: string } | { municipalityIds: readonly string[] }, limit: number): Promise<Meeting[]> {
    const [condition, key] =
      'consultationId' in scope
        ? ['m.consultation_id = $1', scope.consultationId]
        : ['m.municipality_id = ANY($1::uuid[])', scope.municipalityIds];
    return rows<Meeting>(
      this.db,
      `SELECT ${MEETING_COLUMNS} FROM ${FROM_MEETINGS}
       WHERE ${condition} AND (m.consultation_id IS NULL OR c.status = 'PUBLISHED')
         AND m.ends_at > now() - interval '1 year'
       ORDER BY m.starts_at, m.id LIMIT $2`,
      [key, limit],
    );
  }
}
