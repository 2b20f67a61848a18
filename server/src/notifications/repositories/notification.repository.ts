import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_NOTIFICATION_DELIVERY, type NotificationDelivery, type NotificationType } from '@ratusz/shared';
import { keysetAfter, one, returning, rows, type Queryable } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { NotificationRow } from '../models/notification.model.js';
import type { NotificationInput } from '../notification-input.js';

const COLUMNS = `n.id, n.recipient_id AS "recipientId", n.type, n.actor_id AS "actorId",
  n.subject_kind AS "subjectKind", n.subject_id AS "subjectId", n.consultation_id AS "consultationId",
  n.municipality_id AS "municipalityId", n.title, n.path, n.delivery, n.created_at AS "createdAt",
  n.read_at AS "readAt", n.mailed_at AS "mailedAt"`;

/**
 * Who gets a notification and of which type: SQL selecting `id` (uuid), `type` (text) and `rank` (int; a recipient
 * reached several ways gets the lowest rank's type only), with its parameters numbered from `$firstParam`.
 */
export type RecipientSource = (firstParam: number) => { sql: string; params: unknown[] };

export const recipientList =
  (ids: readonly string[], type: NotificationType, rank = 0): RecipientSource =>
  (first) => ({
    sql: `SELECT unnest($${first}::uuid[]) AS id, $${first + 1}::text AS type, ${rank} AS rank`,
    params: [ids, type],
  });

/** Several sources as one (one INSERT still). */
export const unionOf =
  (...sources: RecipientSource[]): RecipientSource =>
  (first) => {
    const parts: string[] = [];
    const params: unknown[] = [];
    for (const source of sources) {
      const part = source(first + params.length);
      parts.push(part.sql);
      params.push(...part.params);
    }
    return { sql: parts.join(' UNION ALL '), params };
  };

/** What every recipient of one event shares. */
export type EventFields = Omit<NotificationInput, 'recipientIds' | 'type'>;

export interface Inserted {
  recipientId: string;
  delivery: NotificationDelivery;
}

@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One INSERT for every recipient, whatever their number: the actor is left
   * out, so is anyone whose setting for the type is OFF, and (by the unique
   * constraint) anyone already notified under the same key.
   */
  async insert(event: EventFields, recipients: RecipientSource, tx: Queryable = this.db): Promise<Inserted[]> {
    const params: unknown[] = [
      event.actorId ?? null,
      event.subjectKind,
      event.subjectId,
      event.consultationId ?? null,
      event.municipalityId ?? null,
      event.title.slice(0, 300),
      event.path,
      event.dedupeKey,
      JSON.stringify(DEFAULT_NOTIFICATION_DELIVERY),
    ];
    const source = recipients(params.length + 1);
    params.push(...source.params);
    return returning<Inserted>(
      tx,
      `INSERT INTO notifications (recipient_id, type, actor_id, subject_kind, subject_id, consultation_id,
         municipality_id, title, path, dedupe_key, delivery)
       SELECT DISTINCT ON (r.id) r.id, r.type, $1::uuid, $2::text, $3::text, $4::uuid, $5::uuid, $6::text, $7::text,
         $8::text, coalesce(s.delivery, $9::jsonb ->> r.type)
       FROM (${source.sql}) r
       JOIN users u ON u.id = r.id
       LEFT JOIN notification_settings s ON s.user_id = r.id AND s.type = r.type
       WHERE r.id IS DISTINCT FROM $1::uuid AND coalesce(s.delivery, $9::jsonb ->> r.type) <> 'OFF'
       ORDER BY r.id, r.rank
       ON CONFLICT ON CONSTRAINT notifications_recipient_dedupe_uq DO NOTHING
       RETURNING recipient_id AS "recipientId", delivery`,
      params,
    );
  }

  async page(
    recipientId: string,
    first: number,
    after: CursorKey | null,
    unreadOnly: boolean,
  ): Promise<NotificationRow[]> {
    const params: unknown[] = [recipientId];
    const where = ['n.recipient_id = $1'];
    if (unreadOnly) where.push('n.read_at IS NULL');
    if (after) {
      where.push(
        keysetAfter(
          [
            { sql: 'n.created_at', cast: 'timestamptz' },
            { sql: 'n.id', cast: 'uuid' },
          ],
          after,
          params,
          'DESC',
        ),
      );
    }
    params.push(first + 1);
    return rows<NotificationRow>(
      this.db,
      `SELECT ${COLUMNS} FROM notifications n WHERE ${where.join(' AND ')}
       ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  async byId(recipientId: string, id: string, tx: Queryable = this.db): Promise<NotificationRow | null> {
    return one<NotificationRow>(tx, `SELECT ${COLUMNS} FROM notifications n WHERE n.id = $1 AND n.recipient_id = $2`, [
      id,
      recipientId,
    ]);
  }

  async markRead(recipientId: string, ids: readonly string[], tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL`,
      [recipientId, ids],
    );
  }

  async markAllRead(recipientId: string, tx: Queryable = this.db): Promise<void> {
    await tx.query(`UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`, [
      recipientId,
    ]);
  }

  /** Kept by triggers on `notifications` (migration NotificationUnreadCounters): one row, however many are unread. */
  async unreadCount(recipientId: string, tx: Queryable = this.db): Promise<number> {
    const found = await one<{ count: number }>(
      tx,
      `SELECT unread AS count FROM notification_unread_counts WHERE user_id = $1`,
      [recipientId],
    );
    return found?.count ?? 0;
  }

  /** Unread counts of several users in one statement, for the live push after a fan-out. */
  async unreadCounts(recipientIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, number>> {
    const found = await rows<{ recipientId: string; count: number }>(
      tx,
      `SELECT user_id AS "recipientId", unread AS count FROM notification_unread_counts WHERE user_id = ANY($1::uuid[])`,
      [recipientIds],
    );
    return new Map(found.map((row) => [row.recipientId, row.count]));
  }

  /** Everything of one user, for their data download. */
  allOf(recipientId: string): Promise<NotificationRow[]> {
    return rows<NotificationRow>(
      this.db,
      `SELECT ${COLUMNS} FROM notifications n WHERE n.recipient_id = $1 ORDER BY n.created_at, n.id`,
      [recipientId],
    );
  }
}
