import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@ratusz/shared';
import { PasswordService } from '../../accounts/services/password.service.js';
import { AuditEventKind } from '../../audit/models/audit-event-kind.js';
import { AuditService } from '../../audit/services/audit.service.js';
import { newSecretToken, secretTokenHash } from '../../common/crypto/secret-token.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { JobQueueService } from '../../jobs/job-queue.service.js';
import { escapeHtml, MailService } from '../../mail/mail.service.js';
import { RealtimeService } from '../../realtime/realtime.service.js';
import { PasswordResetRepository } from '../repositories/password-reset.repository.js';

/** How long a reset link works. */
const RESET_TOKEN_MINUTES = 60;

/**
 * Password reset by e-mail without user enumeration: asking answers the same
 * for any address, in the same time, because the request only queues a job
 * (for known and unknown addresses alike); the job mails a single-use link
 * valid for an hour when the address has an account. Using the link sets the
 * new password and ends every session of the account.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly resets: PasswordResetRepository,
    private readonly passwords: PasswordService,
    private readonly mail: MailService,
    private readonly jobs: JobQueueService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  async request(email: string): Promise<boolean> {
    // Recorded for every address alike, without looking the account up, so the log costs the same either way.
    await this.audit.record({ kind: AuditEventKind.PASSWORD_RESET_REQUESTED, actorId: null, details: { email } });
    await this.jobs.send('accounts.password-reset-mail', { email });
    return true;
  }

  /** The job: mails the link when the address has an account, does nothing otherwise. */
  async mailLink(email: string): Promise<void> {
    const user = await this.resets.userByEmail(email);
    if (!user) return;
    const token = newSecretToken();
    const link = this.mail.link(`/haslo/nowe?token=${token}`);
    await this.db.transaction(async (tx) => {
      await this.resets.replace(user.id, secretTokenHash(token), RESET_TOKEN_MINUTES, tx);
      await this.mail.queue(
        {
          to: user.email,
          userId: user.id,
          kind: 'PASSWORD_RESET',
          subject: 'Ratusz: ustaw nowe hasło',
          text: `Ktoś (miejmy nadzieję, że Ty) poprosił o nowe hasło do konta w Ratuszu.\n\nUstaw je tutaj (link działa godzinę, jeden raz):\n${link}\n\nJeśli to nie Ty, zignoruj tę wiadomość: hasło się nie zmieni.\n`,
          html: this.mail.layout(
            `<p>Ktoś (miejmy nadzieję, że Ty) poprosił o nowe hasło do konta w Ratuszu.</p>
             <p><a href="${escapeHtml(link)}">Ustaw nowe hasło</a> (link działa godzinę, jeden raz).</p>
             <p>Jeśli to nie Ty, zignoruj tę wiadomość: hasło się nie zmieni.</p>`,
          ),
        },
        tx,
      );
    });
  }

  /** Sets the password if the token is valid (once), and logs the account out everywhere. */
  async reset(token: string, password: string): Promise<boolean> {
    const passwordHash = await this.passwords.hash(password);
    const revoked = await this.db.transaction(async (tx) => {
      const userId = await this.resets.consume(secretTokenHash(token), tx);
      if (!userId) {
        throw new DomainError(
          ErrorCode.RESET_TOKEN_INVALID,
          'This link is not valid: it was used, is older than an hour, or is wrong.',
        );
      }
      await this.resets.setPasswordHash(userId, passwordHash, tx);
      const ended = await this.resets.revokeSessions(userId, tx);
      // The link's holder acted as the account; the token itself is never noted.
      await this.audit.record(
        {
          kind: AuditEventKind.PASSWORD_RESET_COMPLETED,
          actorId: userId,
          target: { type: 'USER', id: userId },
          details: { sessionsEnded: ended.length },
        },
        tx,
      );
      return ended;
    });
    await this.realtime.endSessions(revoked, 'LOGOUT_EVERYWHERE');
    return true;
  }
}
