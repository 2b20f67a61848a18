import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DEFAULT_NOTIFICATION_DELIVERY, NotificationDelivery, NotificationType } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { JobQueueService } from '../../jobs/job-queue.service.js';
import { RealtimeService, userRoom } from '../../realtime/realtime.service.js';
import type { Notification, NotificationRow, NotificationSetting } from '../models/notification.model.js';
import type { NotificationInput } from '../notification-input.js';
import { NotificationSettingsRepository } from '../repositories/notification-settings.repository.js';
import {
  NotificationRepository,
  recipientList,
  type EventFields,
  type Inserted,
  type RecipientSource,
} from '../repositories/notification.repository.js';
import { consultationFollowers } from '../repositories/thread-follow.repository.js';
import { AfterCommitService } from './after-commit.service.js';

/**
 * Raises notifications (one batched INSERT per event) and serves the viewer's
 * list, read marks and settings. After the write commits, every recipient's
 * unread count is pushed to their room and, if some want it, the e-mail job is
 * nudged (it also runs every minute, so a lost nudge only delays the mail).
 */
@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly settings: NotificationSettingsRepository,
    private readonly afterCommit: AfterCommitService,
    private readonly realtime: RealtimeService,
    private readonly jobs: JobQueueService,
  ) {}

  /** The one entry point for other features; see NotificationInput. */
  async notify(input: NotificationInput, tx?: Queryable): Promise<void> {
    if (input.recipientIds.length === 0) return;
    const { recipientIds, type, ...event } = input;
    await this.notifyFrom(event, recipientList(recipientIds, type), tx);
  }

  /** Like notify, with recipients (and their types) chosen by SQL, e.g. every follower of a thread: still one INSERT. */
  async notifyFrom(event: EventFields, recipients: RecipientSource, tx?: Queryable): Promise<void> {
    const db = tx ?? this.db;
    const inserted = await this.notifications.insert(event, recipients, db);
    if (inserted.length) this.afterCommit.run(db, () => this.announce(inserted));
  }

  /** Notifies everyone who follows the consultation (one INSERT from the follows table, whatever their number). */
  async notifyConsultationFollowers(input: Omit<NotificationInput, 'recipientIds'>, tx?: Queryable): Promise<void> {
    const { type, ...event } = input;
    await this.notifyFrom(event, consultationFollowers(event.consultationId ?? event.subjectId, type, 0), tx);
  }

  async list(
    userId: string,
    first: number,
    after: string | null | undefined,
    unreadOnly: boolean,
  ): Promise<ConnectionShape<Notification> & { unreadCount: number }> {
    const cursor = decodeCursor(after);
    const found = await this.notifications.page(userId, first, cursor, unreadOnly);
    const nodes = found.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: {
        hasNextPage: found.length > first,
        endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      },
      unreadCount: await this.notifications.unreadCount(userId),
    };
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.unreadCount(userId);
  }

  /** Marks some (or, with none given, all) of the viewer's notifications read; answers the unread count left. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    if (ids === null) await this.notifications.markAllRead(userId);
    else await this.notifications.markRead(userId, ids);
    const unreadCount = await this.notifications.unreadCount(userId);
    this.realtime.emitToRoom(userRoom(userId), 'notifications.unread', { unreadCount });
    return unreadCount;
  }

  async settingsOf(userId: string): Promise<NotificationSetting[]> {
    const stored = new Map((await this.settings.of(userId)).map((s) => [s.type, s.delivery]));
    return Object.values(NotificationType).map((type) => ({
      type,
      delivery: stored.get(type) ?? DEFAULT_NOTIFICATION_DELIVERY[type],
      customised: stored.has(type),
    }));
  }

  async setSetting(
    userId: string,
    type: NotificationType,
    delivery: NotificationDelivery,
  ): Promise<NotificationSetting[]> {
    await this.settings.set(userId, type, delivery);
    return this.settingsOf(userId);
  }

  /** Every notification of a user (their data download). */
  allOf(userId: string): Promise<NotificationRow[]> {
    return this.notifications.allOf(userId);
  }

  private announce(inserted: Inserted[]): void {
    void (async () => {
      const ids = inserted.map((row) => row.recipientId);
      const counts = await this.notifications.unreadCounts(ids);
      this.realtime.emitToEach(
        'notifications.unread',
        ids.map((id) => [userRoom(id), { unreadCount: counts.get(id) ?? 0 }] as const),
      );
      if (inserted.some((row) => row.delivery === NotificationDelivery.EMAIL_IMMEDIATELY) && this.jobs.isRunning()) {
        await this.jobs.send('notifications.mail-immediate', {});
      }
    })().catch((error: unknown) => this.logger.warn(`Could not announce notifications: ${String(error)}`));
  }
}
