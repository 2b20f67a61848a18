import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotificationDelivery, NotificationType } from '@ratusz/shared';
import { MailService } from '../../mail/mail.service.js';
import { AppSecretRepository } from '../repositories/app-secret.repository.js';
import { NotificationSettingsRepository } from '../repositories/notification-settings.repository.js';

/** The e-mail kinds a link can switch off: a notification type, or the digest as a whole. */
export type UnsubscribeTopic = NotificationType | 'DAILY_DIGEST';

const TOPICS = new Set<string>([...Object.values(NotificationType), 'DAILY_DIGEST']);

/**
 * One-click unsubscribe (RFC 8058): every e-mail carries a signed link that
 * switches its type off for its recipient, no login needed. The token names
 * the user and the type and is signed with a key kept in the database.
 */
@Injectable()
export class UnsubscribeService {
  private key: Promise<Buffer> | null = null;

  constructor(
    private readonly secrets: AppSecretRepository,
    private readonly settings: NotificationSettingsRepository,
    private readonly mail: MailService,
  ) {}

  async token(userId: string, topic: UnsubscribeTopic): Promise<string> {
    const body = `${userId}.${topic}`;
    return `${Buffer.from(body).toString('base64url')}.${await this.sign(body)}`;
  }

  /** The headers and footer link of an e-mail to `userId` about `topic`. */
  async headersFor(userId: string, topic: UnsubscribeTopic): Promise<{ url: string; headers: Record<string, string> }> {
    const url = this.mail.link(`/api/unsubscribe?token=${encodeURIComponent(await this.token(userId, topic))}`);
    return {
      url,
      headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }

  /** Switches the topic off; false for a forged or malformed token. */
  async unsubscribe(token: string): Promise<boolean> {
    const [encoded, signature] = token.split('.');
    if (!encoded || !signature) return false;
    const body = Buffer.from(encoded, 'base64url').toString('utf8');
    const expected = Buffer.from(await this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
    const [userId, topic] = body.split('.');
    if (!userId || !topic || !TOPICS.has(topic)) return false;
    if (topic === 'DAILY_DIGEST') {
      await this.settings.switchDigestToInApp(userId);
    } else {
      await this.settings.set(userId, topic as NotificationType, NotificationDelivery.OFF);
    }
    return true;
  }

  private async sign(body: string): Promise<string> {
    this.key ??= this.secrets.get('unsubscribe');
    return createHmac('sha256', await this.key)
      .update(body)
      .digest('base64url');
  }
}
