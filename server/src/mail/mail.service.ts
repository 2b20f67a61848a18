import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { Queryable } from '../common/database/sql.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { APP_CONFIG, type AppConfig, type SmtpConfig } from '../config/app-config.js';
import { JobQueueService } from '../jobs/job-queue.service.js';
import type { OutboxMail } from './models/outbox-mail.model.js';
import { MailOutboxRepository } from './repositories/mail-outbox.repository.js';

export interface Mail {
  to: string;
  userId: string | null;
  /** What made it (NOTIFICATION, DIGEST, PASSWORD_RESET, …), for administrators reading the outbox. */
  kind: string;
  subject: string;
  text: string;
  /** Already safe HTML: user text in it went through the markdown renderer or escapeHtml. */
  html: string;
  headers?: Record<string, string>;
}

/** Text for HTML: every user-supplied string that is not markdown goes through this before it reaches an e-mail. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Tries of one e-mail before it is given up (the last one about an hour after the first). */
const MAX_SEND_ATTEMPTS = 7;

function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function transportFor(smtp: SmtpConfig): Transporter {
  if ('url' in smtp) return nodemailer.createTransport(smtp.url);
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.port === 465,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
  });
}

/**
 * The mailer. Every e-mail is first written to the outbox in the caller's
 * transaction (so it exists exactly when what caused it does); with SMTP
 * configured the `mail.deliver` job sends it from there, without it the
 * outbox is where administrators (and tests) read it.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private transport: Transporter | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutboxRepository,
    private readonly jobs: JobQueueService,
  ) {}

  async queue(mail: Mail, tx: Queryable = this.db): Promise<void> {
    const smtp = this.config.smtp !== null;
    await this.outbox.insert(
      { ...mail, to: mail.to.toLowerCase(), headers: mail.headers ?? {}, status: smtp ? 'PENDING' : 'STORED' },
      tx,
    );
    if (smtp && this.jobs.isRunning()) await this.jobs.send('mail.deliver', {}, { tx });
  }

  /** Sends what waits for SMTP, each mail in its own transaction holding its row, so no two instances send it. */
  async deliverPending(): Promise<number> {
    if (!this.config.smtp) return 0;
    this.transport ??= transportFor(this.config.smtp);
    const transport = this.transport;
    let sent = 0;
    for (;;) {
      const done = await this.db.transaction(async (tx) => {
        const mail = await this.outbox.nextPending(tx);
        if (!mail) return false;
        try {
          await transport.sendMail({
            from: this.config.mailFrom,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            headers: mail.headers,
          });
          await this.outbox.markSent(mail.id, tx);
          sent += 1;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.logger.warn(`Could not send mail ${mail.id}: ${message}`);
          // A 5xx answer is final (no such mailbox, refused); anything else (4xx, no connection) may pass later.
          if (isPermanentSmtpFailure(error)) await this.outbox.markFailed(mail.id, message, tx);
          else await this.outbox.markRetry(mail.id, message, MAX_SEND_ATTEMPTS, tx);
        }
        return true;
      });
      if (!done) return sent;
    }
  }

  async page(first: number, after: string | null | undefined, to: string | null): Promise<ConnectionShape<OutboxMail>> {
    const found = await this.outbox.page(first, decodeCursor(after), to);
    const nodes = found.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: {
        hasNextPage: found.length > first,
        endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      },
    };
  }

  /** An absolute link into the app, for e-mails. */
  link(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** The HTML around every e-mail's body. */
  layout(bodyHtml: string, footerHtml = ''): string {
    // No inline styles: every attribute in an e-mail is one of ours, so a test can insist there are none.
    return `<!doctype html><html lang="pl"><body>${bodyHtml}${footerHtml ? `<hr><p><small>${footerHtml}</small></p>` : ''}</body></html>`;
  }
}
