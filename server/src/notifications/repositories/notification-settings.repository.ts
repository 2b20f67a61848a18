import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_NOTIFICATION_DELIVERY, type NotificationDelivery, type NotificationType } from '@ratusz/shared';
import { one, rows, type Queryable } from '../../common/database/sql.js';

export interface StoredSetting {
  type: NotificationType;
  delivery: NotificationDelivery;
}

/** Per user and type, a choice that replaces the default (no row: the default applies). */
@Injectable()
export class NotificationSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  of(userId: string, tx: Queryable = this.db): Promise<StoredSetting[]> {
    return rows<StoredSetting>(
      tx,
      `SELECT type, delivery FROM notification_settings WHERE user_id = $1 ORDER BY type`,
      [userId],
    );
  }

  async deliveryOf(
    userId: string,
    type: NotificationType,
    tx: Queryable = this.db,
  ): Promise<NotificationDelivery | null> {
    const found = await one<StoredSetting>(
      tx,
      `SELECT type, delivery FROM notification_settings WHERE user_id = $1 AND type = $2`,
      [userId, type],
    );
    return found?.delivery ?? null;
  }

  /** Every type that goes to the digest (by choice or by default) now stays in the app. */
  async switchDigestToInApp(userId: string, tx: Queryable = this.db): Promise<void> {
    const digestByDefault = Object.entries(DEFAULT_NOTIFICATION_DELIVERY)
      .filter(([, delivery]) => delivery === 'DAILY_DIGEST')
      .map(([type]) => type);
    await tx.query(
      `INSERT INTO notification_settings (user_id, type, delivery) SELECT $1, unnest($2::text[]), 'IN_APP'
       ON CONFLICT (user_id, type) DO NOTHING`,
      [userId, digestByDefault],
    );
    await tx.query(
      `UPDATE notification_settings SET delivery = 'IN_APP', updated_at = now() WHERE user_id = $1 AND delivery = 'DAILY_DIGEST'`,
      [userId],
    );
  }

  async set(
    userId: string,
    type: NotificationType,
    delivery: NotificationDelivery,
    tx: Queryable = this.db,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO notification_settings (user_id, type, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, type) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [userId, type, delivery],
    );
  }
}
