import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { newSecretToken, secretTokenHash } from '../../common/crypto/secret-token.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { escapeHtml, MailService } from '../../mail/mail.service.js';
import { PendingRegistrationRepository } from '../repositories/pending-registration.repository.js';
import { UserRepository, type NewUser } from '../repositories/user.repository.js';

/** How long a confirmation link works. */
const CONFIRMATION_HOURS = 24;

/** The client's pages the e-mails link to. */
const CONFIRM_PATH = '/confirm-registration';
const LOGIN_PATH = '/logowanie';
const PASSWORD_RESET_PATH = '/haslo/reset';

/**
 * Sign-up by e-mail confirmation, without user enumeration: `start` does the
 * same work for a new and a taken address (one look-up, one transaction, one
 * e-mail) and its caller answers the same. A new address gets a link that
 * creates the account; a taken one's owner is told someone tried, with the
 * way back in. Nothing reaches the person signing up but the e-mail.
 */
@Injectable()
export class RegistrationService {
  private readonly logger = new Logger(RegistrationService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
    private readonly pending: PendingRegistrationRepository,
    private readonly mail: MailService,
  ) {}

  /** `user.email` normalised and the password already hashed (for taken addresses too: the timing must not tell). */
  async start(user: NewUser): Promise<void> {
    const token = newSecretToken();
    const link = this.mail.link(`${CONFIRM_PATH}?token=${token}`);
    const taken = await this.db.transaction(async (tx) => {
      const owner = await this.users.idByEmail(user.email, tx);
      if (owner) {
        // A pending sign-up for an address that has an account could never be confirmed.
        await this.pending.deleteByEmail(user.email, tx);
        await this.mailOwner(user.email, owner.id, tx);
        return true;
      }
      await this.pending.replace(secretTokenHash(token), user, CONFIRMATION_HOURS, tx);
      await this.mailConfirmation(user.email, link, tx);
      return false;
    });
    // A fresh install without SMTP keeps e-mail in the outbox, which needs an administrator to read:
    // the console is how its first person gets in. Never with SMTP, where the link is a secret of the mailbox.
    if (!taken && this.config.smtp === null) {
      this.logger.log(`No SMTP configured: to confirm the sign-up of ${user.email}, open ${link}`);
    }
  }

  /** Creates the account from a valid token (once) and answers its id. */
  async confirm(token: string): Promise<string> {
    const created = await this.db.transaction(async (tx) => {
      const user = await this.pending.take(secretTokenHash(token), tx);
      if (!user) return null;
      // The link is spent either way: an address that got an account meanwhile stays taken.
      return { userId: await this.users.insert(user, tx) };
    });
    if (!created) {
      throw new DomainError(
        ErrorCode.REGISTRATION_TOKEN_INVALID,
        'This confirmation link is not valid: it was used, is older than a day, was replaced by a newer one, or is wrong.',
      );
    }
    if (!created.userId) {
      throw new DomainError(ErrorCode.EMAIL_TAKEN, 'An account with this e-mail already exists.', {
        fieldErrors: [{ field: 'email', code: FieldErrorCode.EMAIL_TAKEN }],
      });
    }
    return created.userId;
  }

  purgeExpired(): Promise<void> {
    return this.pending.deleteExpired();
  }

  private mailConfirmation(email: string, link: string, tx: Queryable): Promise<void> {
    return this.mail.queue(
      {
        to: email,
        userId: null,
        kind: 'REGISTRATION_CONFIRMATION',
        subject: 'Ratusz: potwierdź założenie konta',
        text: `Ktoś (miejmy nadzieję, że Ty) zakłada w Ratuszu konto z tym adresem e-mail.\n\nPotwierdź je tutaj (link działa dobę, jeden raz):\n${link}\n\nJeśli to nie Ty, zignoruj tę wiadomość: konto nie powstanie.\n`,
        html: this.mail.layout(
          `<p>Ktoś (miejmy nadzieję, że Ty) zakłada w Ratuszu konto z tym adresem e-mail.</p>
           <p><a href="${escapeHtml(link)}">Potwierdź założenie konta</a> (link działa dobę, jeden raz).</p>
           <p>Jeśli to nie Ty, zignoruj tę wiadomość: konto nie powstanie.</p>`,
        ),
      },
      tx,
    );
  }

  private mailOwner(email: string, userId: string, tx: Queryable): Promise<void> {
    const login = this.mail.link(LOGIN_PATH);
    const reset = this.mail.link(PASSWORD_RESET_PATH);
    return this.mail.queue(
      {
        to: email,
        userId,
        kind: 'REGISTRATION_ATTEMPT',
        subject: 'Ratusz: ktoś próbował założyć konto na Twój adres',
        text: `Ktoś próbował założyć w Ratuszu nowe konto z Twoim adresem e-mail, ale konto z tym adresem już istnieje.\n\nJeśli to Ty, zaloguj się: ${login}\nJeśli nie pamiętasz hasła, ustaw nowe: ${reset}\nJeśli to nie Ty, nic nie musisz robić.\n`,
        html: this.mail.layout(
          `<p>Ktoś próbował założyć w Ratuszu nowe konto z Twoim adresem e-mail, ale konto z tym adresem już istnieje.</p>
           <p>Jeśli to Ty, <a href="${escapeHtml(login)}">zaloguj się</a>, a jeśli nie pamiętasz hasła, <a href="${escapeHtml(reset)}">ustaw nowe</a>.</p>
           <p>Jeśli to nie Ty, nic nie musisz robić.</p>`,
        ),
      },
      tx,
    );
  }
}
