import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { MailService } from '../src/mail/mail.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Delivery through a real SMTP conversation with a local SMTP server (the
 * one stand-in for the mail provider, outside our control): each e-mail is
 * sent once, a temporary refusal is tried again later, a permanent one is
 * given up at once.
 */
describe('mail delivery over SMTP', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: string[] = [];
  /** What the SMTP server answers to the next recipients: 0 accepts. */
  const refusals: number[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address: SMTPServerAddress, _session, callback) {
        const code = refusals.shift() ?? 0;
        if (code === 0) return callback();
        return callback(
          Object.assign(new Error(code >= 500 ? 'No such mailbox' : 'Try again later'), { responseCode: code }),
        );
      },
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await startTestApp({ config: { smtp: { host: '127.0.0.1', port, user: null, password: null } } });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  const queue = (subject: string) =>
    t.app.get(MailService).queue({
      to: 'ewa@example.pl',
      userId: null,
      kind: 'TEST',
      subject,
      text: 'Treść',
      html: '<p>Treść</p>',
    });
  const row = async (subject: string) => {
    const [found]: { status: string; attempts: number; error: string | null; waits: boolean }[] = await t.db.query(
      `SELECT status, attempts, error, next_attempt_at > now() AS waits FROM mail_outbox WHERE subject = $1`,
      [subject],
    );
    return found;
  };
  /** The queue's own job may deliver first; either way the outcome is the same, so wait for it. */
  const settled = async (subject: string, done: (r: Awaited<ReturnType<typeof row>>) => boolean) => {
    await t.app.get(MailService).deliverPending();
    const deadline = Date.now() + 10_000;
    for (let r = await row(subject); ; r = await row(subject)) {
      if (done(r) || Date.now() > deadline) return r;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('tries again after a temporary refusal, then sends the e-mail exactly once', async () => {
    refusals.push(451);
    await queue('Przypomnienie o spotkaniu');
    const refused = await settled('Przypomnienie o spotkaniu', (r) => r.attempts === 1);
    expect(refused).toMatchObject({ status: 'PENDING', attempts: 1, waits: true });
    expect(refused.error).toContain('Try again later');
    expect(received.filter((m) => m.includes('Przypomnienie o spotkaniu'))).toHaveLength(0);

    // The back-off has passed.
    await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE subject = $1`, [
      'Przypomnienie o spotkaniu',
    ]);
    const sent = await settled('Przypomnienie o spotkaniu', (r) => r.status === 'SENT');
    expect(sent).toMatchObject({ status: 'SENT', error: null });
    await t.app.get(MailService).deliverPending();
    expect(received.filter((m) => m.includes('Przypomnienie o spotkaniu'))).toHaveLength(1);
  });

  it('gives up at once on a permanent refusal, and after the last try on temporary ones', async () => {
    const before = received.length;
    refusals.push(550);
    await queue('Nie ma takiej skrzynki');
    expect(await settled('Nie ma takiej skrzynki', (r) => r.status === 'FAILED')).toMatchObject({
      status: 'FAILED',
      attempts: 1,
    });

    refusals.push(...Array<number>(7).fill(421));
    await queue('Serwer przeciążony');
    for (let attempt = 1; attempt <= 7; attempt++) {
      await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE subject = $1`, ['Serwer przeciążony']);
      await settled('Serwer przeciążony', (r) => r.attempts === attempt);
    }
    expect(await row('Serwer przeciążony')).toMatchObject({ status: 'FAILED', attempts: 7 });
    expect(received).toHaveLength(before);
  });
});
