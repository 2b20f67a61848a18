import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotificationType } from '@ratusz/shared';
import { rows, type Queryable } from '../../common/database/sql.js';

export interface MailableNotification {
  id: string;
  recipientId: string;
  email: string;
  type: NotificationType;
  title: string;
  path: string;
  consultationId: string | null;
  consultationTitle: string | null;
  actorName: string | null;
  createdAt: Date;
}

const SELECT = `SELECT n.id, n.recipient_id AS "recipientId", u.email, n.type, n.title, n.path,
  n.consultation_id AS "consultationId", c.title AS "consultationTitle", a.display_name AS "actorName",
  n.created_at AS "createdAt"
  FROM notifications n
  JOIN users u ON u.id = n.recipient_id
  LEFT JOIN users a ON a.id = n.actor_id
  LEFT JOIN consultations c ON c.id = n.consultation_id`;

/** Notifications waiting for their e-mail, taken with row locks so one instance mails each. */
@Injectable()
export class NotificationMailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  dueImmediately(limit: number, tx: Queryable): Promise<MailableNotification[]> {
    return rows<MailableNotification>(
      tx,
      `${SELECT} WHERE n.delivery = 'EMAIL_IMMEDIATELY' AND n.mailed_at IS NULL
       ORDER BY n.created_at, n.id LIMIT $1 FOR UPDATE OF n SKIP LOCKED`,
      [limit],
    );
  }

  async digestRecipients(): Promise<string[]> {
    const found = await rows<{ id: string }>(
      this.db,
      `SELECT DISTINCT recipient_id AS id FROM notifications WHERE delivery = 'DAILY_DIGEST' AND mailed_at IS NULL`,
    );
    return found.map((row) => row.id);
  }

  digestOf(recipientId: string, tx: Queryable): Promise<MailableNotification[]> {
    return rows<MailableNotification>(
      tx,
      `${SELECT} WHERE n.recipient_id = $1 AND n.delivery = 'DAILY_DIGEST' AND n.mailed_at IS NULL
       ORDER BY c.title NULLS LAST, n.consultation_id, n.created_at, n.id
       LIMIT 500 FOR UPDATE OF n SKIP LOCKED`,
      [recipientId],
    );
  }

  async markMailed(ids: readonly string[], tx: Queryable): Promise<void> {
    await tx.query(`UPDATE notifications SET mailed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
