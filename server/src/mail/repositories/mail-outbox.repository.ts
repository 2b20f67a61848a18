import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetAfter, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { OutboxMail } from '../models/outbox-mail.model.js';

const COLUMNS = `m.id, m.to_address AS "to", m.user_id AS "userId", m.kind, m.subject, m.text_body AS "text",
  m.html_body AS "html", m.headers, m.headers ->> 'List-Unsubscribe' AS "listUnsubscribe", m.status, m.error, m.created_at AS "createdAt", m.sent_at AS "sentAt"`;

export interface NewMail {
  to: string;
  userId: string | null;
  kind: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  status: 'STORED' | 'PENDING';
}

/** Every e-mail is written here first, in the transaction of what caused it; SMTP delivery reads it from here. */
@Injectable()
export class MailOutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(mail: NewMail, tx: Queryable = this.db): Promise<string> {
    const row = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO mail_outbox (to_address, user_id, kind, subject, text_body, html_body, headers, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [mail.to, mail.userId, mail.kind, mail.subject, mail.text, mail.html, JSON.stringify(mail.headers), mail.status],
    );
    return row!.id;
  }

  page(first: number, after: CursorKey | null, to: string | null): Promise<OutboxMail[]> {
    const params: unknown[] = [];
    const where: string[] = ['true'];
    if (to) {
      params.push(to.toLowerCase());
      where.push(`m.to_address = $${params.length}`);
    }
    if (after) {
      where.push(
        keysetAfter(
          [
            { sql: 'm.created_at', cast: 'timestamptz' },
            { sql: 'm.id', cast: 'uuid' },
          ],
          after,
          params,
          'DESC',
        ),
      );
    }
    params.push(first + 1);
    return rows<OutboxMail>(
      this.db,
      `SELECT ${COLUMNS} FROM mail_outbox m WHERE ${where.join(' AND ')}
       ORDER BY m.created_at DESC, m.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** The next pending mail, locked so no other instance sends it meanwhile. */
  nextPending(tx: Queryable): Promise<OutboxMail | null> {
    return one<OutboxMail>(
      tx,
      `SELECT ${COLUMNS} FROM mail_outbox m WHERE m.status = 'PENDING' AND m.next_attempt_at <= now()
       ORDER BY m.next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
    );
  }

  async markSent(id: string, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE mail_outbox SET status = 'SENT', sent_at = now(), error = NULL WHERE id = $1`, [id]);
  }

  async markFailed(id: string, error: string, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE mail_outbox SET status = 'FAILED', attempts = attempts + 1, error = $2 WHERE id = $1`, [
      id,
      error.slice(0, 1000),
    ]);
  }

  /**
   * A temporary failure: tried again after 1, 2, 4, 8… minutes, and given up
   * (FAILED) after `maxAttempts` tries.
   */
  async markRetry(id: string, error: string, maxAttempts: number, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, error = $2,
         status = CASE WHEN attempts + 1 >= $3 THEN 'FAILED' ELSE 'PENDING' END,
         next_attempt_at = now() + make_interval(mins => power(2, attempts)::int)
       WHERE id = $1`,
      [id, error.slice(0, 1000), maxAttempts],
    );
  }
}
