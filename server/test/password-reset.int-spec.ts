import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { errorCode } from './support/graphql-client.js';
import { makeAdmin, registerUser, STRONG_PASSWORD, uniqueEmail, type RegisteredUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;
const ME = `{ me { id } }`;
const OUTBOX = `query($to: String) { mailOutbox(first: 20, to: $to) { nodes { kind subject text html } } }`;
const NEW_PASSWORD = 'Nowe-Haslo-2026!';

describe('password reset', () => {
  let t: TestApp;
  let admin: RegisteredUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await registerUser(t.client(), { displayName: 'Admin' });
    await makeAdmin(t.db, admin.id);
  });
  afterAll(() => t.close());

  async function mails(to: string) {
    const data = await admin.client.data<{ mailOutbox: { nodes: { kind: string; text: string; html: string }[] } }>(
      OUTBOX,
      { to },
    );
    return data.mailOutbox.nodes;
  }

  /** The job mails the link shortly after the request; wait for it (bounded). */
  async function resetMail(to: string, count = 1): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const found = (await mails(to)).filter((m) => m.kind === 'PASSWORD_RESET');
      if (found.length >= count) return found[0].text;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No reset mail for ${to}`);
  }

  const tokenIn = (text: string): string => /token=([A-Za-z0-9_-]+)/.exec(text)![1];

  it('mails a single-use link that sets the password and ends every session', async () => {
    const user = await registerUser(t.client());
    const otherDevice = t.client();
    await otherDevice.data(LOGIN, { input: { email: user.email, password: STRONG_PASSWORD } });

    expect(await t.client().data(REQUEST, { input: { email: user.email.toUpperCase() } })).toEqual({
      requestPasswordReset: true,
    });
    const text = await resetMail(user.email);
    expect(text).toContain('/haslo/nowe?token=');
    const token = tokenIn(text);
    // Stored hashed: the token itself is nowhere in the database.
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM password_reset_tokens WHERE token_hash = convert_to($1, 'UTF8')`,
      [token],
    );
    expect(n).toBe(0);

    expect(await t.client().data(RESET, { input: { token, password: NEW_PASSWORD } })).toEqual({ resetPassword: true });
    expect(await user.client.data(ME)).toEqual({ me: null });
    expect(await otherDevice.data(ME)).toEqual({ me: null });
    expect(
      errorCode(await t.client().request(LOGIN, { input: { email: user.email, password: STRONG_PASSWORD } })),
    ).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(
      (
        await t
          .client()
          .data<{ login: { account: { id: string } } }>(LOGIN, { input: { email: user.email, password: NEW_PASSWORD } })
      ).login.account.id,
    ).toBe(user.id);

    // Used once: the same link does not work again.
    expect(errorCode(await t.client().request(RESET, { input: { token, password: 'Jeszcze-Inne-1' } }))).toBe(
      ErrorCode.RESET_TOKEN_INVALID,
    );
  });

  it('answers an unknown address exactly like a known one, and mails nobody', async () => {
    const known = await registerUser(t.client());
    const unknown = uniqueEmail('nikt');
    const a = await t.client().request(REQUEST, { input: { email: known.email } });
    const b = await t.client().request(REQUEST, { input: { email: unknown } });
    expect(a).toEqual(b);
    await resetMail(known.email);
    expect(await mails(unknown)).toEqual([]);
  });

  it('refuses expired, forged and superseded tokens, and weak passwords', async () => {
    const user = await registerUser(t.client());
    await t.client().data(REQUEST, { input: { email: user.email } });
    const first = tokenIn(await resetMail(user.email));
    await t.client().data(REQUEST, { input: { email: user.email } });
    const second = tokenIn(await resetMail(user.email, 2).then(async () => (await mails(user.email))[0].text));
    expect(second).not.toBe(first);
    expect(errorCode(await t.client().request(RESET, { input: { token: first, password: NEW_PASSWORD } }))).toBe(
      ErrorCode.RESET_TOKEN_INVALID,
    );
    expect(errorCode(await t.client().request(RESET, { input: { token: 'forged', password: NEW_PASSWORD } }))).toBe(
      ErrorCode.RESET_TOKEN_INVALID,
    );
    const weak = await t.client().request(RESET, { input: { token: second, password: 'short' } });
    expect(weak.errors?.[0].extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'password', code: FieldErrorCode.PASSWORD_WEAK }),
    ]);
    await t.db.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.id,
    ]);
    expect(errorCode(await t.client().request(RESET, { input: { token: second, password: NEW_PASSWORD } }))).toBe(
      ErrorCode.RESET_TOKEN_INVALID,
    );
  });

  it('sets tokens to expire in one hour', async () => {
    const user = await registerUser(t.client());
    await t.client().data(REQUEST, { input: { email: user.email } });
    await resetMail(user.email);
    const [{ minutes }] = await t.db.query<{ minutes: number }[]>(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM password_reset_tokens
       WHERE user_id = $1`,
      [user.id],
    );
    expect(minutes).toBe(60);
  });

  it('mails the owner, with the way to a new password, when someone tries to sign up with their address', async () => {
    const owner = await registerUser(t.client());
    const attempt = await t
      .client()
      .data(`mutation($input: RegisterInput!) { register(input: $input) { email confirmationSent } }`, {
        input: { email: owner.email, password: STRONG_PASSWORD, displayName: 'Ktoś inny' },
      });
    // Answered as for a new address (auth.int-spec.ts compares the bytes); the e-mail is written with the answer.
    expect(attempt).toEqual({ register: { email: owner.email, confirmationSent: true } });
    const found = (await mails(owner.email)).filter((m) => m.kind === 'REGISTRATION_ATTEMPT');
    expect(found).toHaveLength(1);
    expect(found[0].text).toContain('/haslo/reset');
  });
});
