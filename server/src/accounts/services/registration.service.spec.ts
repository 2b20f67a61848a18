import { ConsoleLogger, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import type { JobQueueService } from '../../jobs/job-queue.service.js';
import { MailService, type Mail } from '../../mail/mail.service.js';
import type { MailOutboxRepository } from '../../mail/repositories/mail-outbox.repository.js';
import type { PendingRegistrationRepository } from '../repositories/pending-registration.repository.js';
import type { NewUser, UserRepository } from '../repositories/user.repository.js';
import { RegistrationService } from './registration.service.js';

const PUBLIC_URL = 'https://ratusz.example.pl';
const TAKEN = 'zajety@example.pl';

/** The service over in-memory stand-ins: what it mails, stores and logs, with or without SMTP. */
function setUp(smtp: AppConfig['smtp']) {
  const mails: Mail[] = [];
  const pending: string[] = [];
  const logged: string[] = [];
  const config = { smtp, publicUrl: PUBLIC_URL } as AppConfig;
  const db = { transaction: (work: (tx: object) => Promise<unknown>) => work({}) } as unknown as DataSource;
  const users = {
    idByEmail: (email: string) => Promise.resolve(email === TAKEN ? { id: 'owner-id' } : null),
  } as unknown as UserRepository;
  const registrations = {
    replace: (_hash: Buffer, user: NewUser) => Promise.resolve(void pending.push(user.email)),
    deleteByEmail: () => Promise.resolve(),
  } as unknown as PendingRegistrationRepository;
  // The real link and layout; only the outbox write is replaced.
  const mail = new MailService(db, config, {} as MailOutboxRepository, {} as JobQueueService);
  mail.queue = (sent: Mail) => Promise.resolve(void mails.push(sent));
  Logger.overrideLogger({
    log: (message: unknown) => void logged.push(String(message)),
    error: () => undefined,
    warn: () => undefined,
  });
  return { service: new RegistrationService(db, config, users, registrations, mail), mails, pending, logged };
}

const user = (email: string): NewUser => ({
  email,
  displayName: 'Ewa',
  passwordHash: '$argon2id$x',
  homeMunicipalityId: null,
});

describe('RegistrationService.start', () => {
  afterEach(() => Logger.overrideLogger(new ConsoleLogger()));

  it('without SMTP logs the confirmation link of a new address, and nothing for a taken one', async () => {
    const { service, mails, pending, logged } = setUp(null);
    await service.start(user('nowa@example.pl'));
    await service.start(user(TAKEN));

    expect(pending).toEqual(['nowa@example.pl']);
    expect(mails.map((m) => [m.to, m.kind])).toEqual([
      ['nowa@example.pl', 'REGISTRATION_CONFIRMATION'],
      [TAKEN, 'REGISTRATION_ATTEMPT'],
    ]);
    const link = /https:\/\/\S+\/confirm-registration\?token=[\w-]+/.exec(mails[0].text)![0];
    expect(link.startsWith(`${PUBLIC_URL}/confirm-registration?token=`)).toBe(true);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('nowa@example.pl');
    expect(logged[0]).toContain(link);
    expect(mails[1].text).toContain(`${PUBLIC_URL}/logowanie`);
    expect(mails[1].text).toContain(`${PUBLIC_URL}/haslo/reset`);
  });

  it('with SMTP never logs the link', async () => {
    const { service, mails, logged } = setUp({ url: 'smtp://127.0.0.1:2525' });
    await service.start(user('nowa@example.pl'));
    expect(mails).toHaveLength(1);
    expect(logged.join('\n')).not.toContain('confirm-registration');
  });
});
