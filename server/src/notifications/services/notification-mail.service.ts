import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { NotificationType } from '@ratusz/shared';
import { escapeHtml, MailService } from '../../mail/mail.service.js';
import { NotificationMailRepository, type MailableNotification } from '../repositories/notification-mail.repository.js';
import { UnsubscribeService } from './unsubscribe.service.js';

/** What each type says in an e-mail (Polish: the app's users are Polish residents). */
const LABELS: Record<NotificationType, string> = {
  REPLY: 'Odpowiedź na Twój wpis',
  MENTION: 'Wspomniano o Tobie',
  FOLLOWED_THREAD_POST: 'Nowy wpis w obserwowanym wątku',
  FOLLOWED_CONSULTATION_POST: 'Nowy wpis w obserwowanej konsultacji',
  PROPOSAL_STATUS: 'Zmiana w Twojej propozycji',
  PHASE_CHANGE: 'Konsultacja przeszła do nowego etapu',
  MEETING_REMINDER: 'Przypomnienie o spotkaniu jutro',
  MODERATION_ACTION: 'Decyzja moderatora',
  ORGANISATION_INVITATION: 'Zaproszenie do organizacji',
  MODERATION_FLAG: 'Nowe zgłoszenie do moderacji',
  MODERATION_HELD_POST: 'Wpis czeka na zatwierdzenie',
};

const BATCH = 50;

/**
 * Turns notifications into e-mails in the outbox. Each batch is one
 * transaction that locks its notifications, writes their e-mails and marks
 * them mailed, so whatever the number of instances or retries, a notification
 * is mailed once.
 */
@Injectable()
export class NotificationMailService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly due: NotificationMailRepository,
    private readonly mail: MailService,
    private readonly unsubscribe: UnsubscribeService,
  ) {}

  /** Answers how many notifications were mailed. */
  async mailImmediate(): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.db.transaction(async (tx) => {
        const batch = await this.due.dueImmediately(BATCH, tx);
        for (const n of batch) {
          const { url, headers } = await this.unsubscribe.headersFor(n.recipientId, n.type);
          const link = this.mail.link(n.path);
          const who = n.actorName ? `${n.actorName}: ` : '';
          await this.mail.queue(
            {
              to: n.email,
              userId: n.recipientId,
              kind: 'NOTIFICATION',
              subject: `${LABELS[n.type]}: ${n.title}`.slice(0, 200),
              text: `${LABELS[n.type]}\n\n${who}${n.title}\n${link}\n\n--\nNie chcesz takich wiadomości? ${url}\n`,
              html: this.mail.layout(
                `<p><strong>${escapeHtml(LABELS[n.type])}</strong></p><p>${escapeHtml(who)}<a href="${escapeHtml(
                  link,
                )}">${escapeHtml(n.title)}</a></p>`,
                `<a href="${escapeHtml(url)}">Wypisz się z tych wiadomości</a>`,
              ),
              headers,
            },
            tx,
          );
        }
        await this.due.markMailed(
          batch.map((n) => n.id),
          tx,
        );
        return batch.length;
      });
      total += count;
      if (count < BATCH) return total;
    }
  }

  /** One digest per user who has unmailed digest notifications, grouped by consultation; answers how many. */
  async sendDigests(): Promise<number> {
    let sent = 0;
    for (const recipientId of await this.due.digestRecipients()) {
      const mailed = await this.db.transaction(async (tx) => {
        const items = await this.due.digestOf(recipientId, tx);
        if (items.length === 0) return false;
        await this.mail.queue(await this.digestMail(items), tx);
        await this.due.markMailed(
          items.map((n) => n.id),
          tx,
        );
        return true;
      });
      if (mailed) sent += 1;
    }
    return sent;
  }

  private async digestMail(items: MailableNotification[]) {
    const { url, headers } = await this.unsubscribe.headersFor(items[0].recipientId, 'DAILY_DIGEST');
    const groups = new Map<string, MailableNotification[]>();
    for (const item of items) {
      const group = item.consultationTitle ?? 'Pozostałe';
      groups.set(group, [...(groups.get(group) ?? []), item]);
    }
    const text: string[] = ['Podsumowanie dnia w Ratuszu', ''];
    const html: string[] = ['<h1>Podsumowanie dnia w Ratuszu</h1>'];
    for (const [group, list] of groups) {
      text.push(`## ${group}`);
      html.push(`<h2>${escapeHtml(group)}</h2><ul>`);
      for (const n of list) {
        const link = this.mail.link(n.path);
        text.push(`- ${LABELS[n.type]}: ${n.title} ${link}`);
        html.push(`<li>${escapeHtml(LABELS[n.type])}: <a href="${escapeHtml(link)}">${escapeHtml(n.title)}</a></li>`);
      }
      text.push('');
      html.push('</ul>');
    }
    text.push('--', `Wypisz się z podsumowań: ${url}`);
    return {
      to: items[0].email,
      userId: items[0].recipientId,
      kind: 'DIGEST',
      subject: `Ratusz: podsumowanie dnia (${items.length})`,
      text: text.join('\n'),
      html: this.mail.layout(html.join(''), `<a href="${escapeHtml(url)}">Wypisz się z podsumowań</a>`),
      headers,
    };
  }
}
