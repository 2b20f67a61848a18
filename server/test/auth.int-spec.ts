import { ErrorCode, FieldErrorCode, PASSWORD_POLICY, SESSION_COOKIE } from '@ratusz/shared';
import { HousekeepingService } from '../src/accounts/services/housekeeping.service.js';
import { LOGIN_LIMITS, REGISTER_LIMITS } from '../src/accounts/services/login-throttle.service.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { confirmationLinkIn, tokenOf } from './support/mailbox.js';
import { STRONG_PASSWORD, registerUser, uniqueEmail } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { email confirmationSent } }`;
const CONFIRM = `mutation($token: String!) { confirmRegistration(token: $token) { account { id email displayName isAdmin } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id email } } }`;
const ME = `{ me { id email displayName homeMunicipality { slug } roles { role } } }`;

describe('accounts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t.close());

  describe('register', () => {
    let address = 0;
    /** The raw HTTP answer, so a test can compare bytes and headers; each from its own IP (sign-ups are limited). */
    async function registerRaw(input: Record<string, unknown>, ip = `203.0.113.${++address}`) {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ query: REGISTER, variables: { input } }),
      });
      return { setCookie: response.headers.getSetCookie(), body: await response.text() };
    }

    async function mailsTo(email: string): Promise<{ kind: string; text: string; html: string }[]> {
      return t.db.query(
        `SELECT kind, text_body AS text, html_body AS html FROM mail_outbox WHERE to_address = $1 ORDER BY created_at`,
        [email],
      );
    }

    const confirm = (client: GraphQLClient, token: string) => client.request(CONFIRM, { token });

    it('logs nobody in and creates no account until the e-mailed link is used; the link logs in with an httpOnly SameSite=Lax cookie', async () => {
      const email = uniqueEmail();
      const answer = await registerRaw({
        email: `  ${email.toUpperCase()} `,
        password: STRONG_PASSWORD,
        displayName: 'Ewa Nowak',
      });
      expect(answer.setCookie).toEqual([]);
      expect(JSON.parse(answer.body)).toEqual({ data: { register: { email, confirmationSent: true } } });
      expect(await t.db.query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);

      const [mail] = await mailsTo(email);
      expect(mail.kind).toBe('REGISTRATION_CONFIRMATION');
      const link = confirmationLinkIn(mail.text)!;
      expect(link).toMatch(/\/confirm-registration\?token=/);
      expect(mail.html).toContain(link);
      const token = tokenOf(link);
      // Stored hashed (like the password): neither the token nor the password is in the table.
      const [pending] = await t.db.query(
        `SELECT token_hash = sha256(convert_to($2, 'UTF8')) AS hashed, password_hash,
                extract(epoch FROM expires_at - created_at)::int AS ttl
         FROM pending_registrations WHERE email = $1`,
        [email, token],
      );
      expect(pending.hashed).toBe(true);
      expect(pending.password_hash).toMatch(/^\$argon2id\$/);
      expect(pending.ttl).toBe(24 * 3600);

      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CONFIRM, variables: { token } }),
      });
      const setCookie = response.headers.getSetCookie().join('\n');
      expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const body = (await response.json()) as {
        data: { confirmRegistration: { account: { email: string; isAdmin: boolean } } };
      };
      expect(body.data.confirmRegistration.account).toMatchObject({ email, isAdmin: false });

      const client = t.client();
      client.cookie = setCookie.split(';')[0];
      const me = await client.data<{ me: { email: string; displayName: string } }>(ME);
      expect(me.me).toMatchObject({ email, displayName: 'Ewa Nowak' });

      const [row] = await t.db.query('SELECT password_hash FROM users WHERE email = $1', [email]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(STRONG_PASSWORD);
      expect(await t.db.query('SELECT 1 FROM pending_registrations WHERE email = $1', [email])).toHaveLength(0);
    });

    it('answers a taken address byte for byte like a new one, sets no cookie, and mails the owner instead', async () => {
      const email = uniqueEmail();
      const input = { email, password: STRONG_PASSWORD, displayName: 'Pierwsza' };
      const asNew = await registerRaw(input);
      // The same address once it has an account: only the e-mail differs.
      await confirm(t.client(), tokenOf(confirmationLinkIn((await mailsTo(email))[0].text)!));
      const asTaken = await registerRaw({ ...input, email: email.toUpperCase(), displayName: 'Druga' });

      expect(asTaken.body).toBe(asNew.body);
      expect(asTaken.setCookie).toEqual([]);
      expect(asNew.setCookie).toEqual([]);

      const mails = await mailsTo(email);
      expect(mails.map((mail) => mail.kind)).toEqual(['REGISTRATION_CONFIRMATION', 'REGISTRATION_ATTEMPT']);
      const owner = mails[1];
      expect(owner.text).toMatch(/już istnieje/);
      expect(owner.text).toContain('/logowanie');
      expect(owner.text).toContain('/haslo/reset');
      expect(confirmationLinkIn(owner.text)).toBeNull();
      expect(await t.db.query('SELECT 1 FROM pending_registrations WHERE email = $1', [email])).toHaveLength(0);
      const [{ name }] = await t.db.query('SELECT display_name AS name FROM users WHERE email = $1', [email]);
      expect(name).toBe('Pierwsza');
    });

    it('a link works once', async () => {
      const email = uniqueEmail();
      await registerRaw({ email, password: STRONG_PASSWORD, displayName: 'Raz' });
      const token = tokenOf(confirmationLinkIn((await mailsTo(email))[0].text)!);
      expect(errorCode(await confirm(t.client(), token))).toBeUndefined();
      const again = t.client();
      expect(errorCode(await confirm(again, token))).toBe(ErrorCode.REGISTRATION_TOKEN_INVALID);
      expect(again.cookie).toBeNull();
    });

    it('a link stops working after a day', async () => {
      const email = uniqueEmail();
      await registerRaw({ email, password: STRONG_PASSWORD, displayName: 'Późno' });
      const token = tokenOf(confirmationLinkIn((await mailsTo(email))[0].text)!);
      await t.db.query(`UPDATE pending_registrations SET expires_at = now() - interval '1 second' WHERE email = $1`, [
        email,
      ]);
      expect(errorCode(await confirm(t.client(), token))).toBe(ErrorCode.REGISTRATION_TOKEN_INVALID);
      expect(await t.db.query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);
    });

    it('signing up again replaces the pending sign-up: the older link fails, the newer one works', async () => {
      const email = uniqueEmail();
      await registerRaw({ email, password: STRONG_PASSWORD, displayName: 'Stara nazwa' });
      await registerRaw({ email, password: STRONG_PASSWORD, displayName: 'Nowa nazwa' });
      const [older, newer] = (await mailsTo(email)).map((mail) => tokenOf(confirmationLinkIn(mail.text)!));
      expect(older).not.toBe(newer);
      expect(await t.db.query('SELECT 1 FROM pending_registrations WHERE email = $1', [email])).toHaveLength(1);
      expect(errorCode(await confirm(t.client(), older))).toBe(ErrorCode.REGISTRATION_TOKEN_INVALID);
      const client = t.client();
      expect(errorCode(await confirm(client, newer))).toBeUndefined();
      expect((await client.data<{ me: { displayName: string } }>(ME)).me.displayName).toBe('Nowa nazwa');
    });

    it('refuses a wrong token, and a link whose address got an account meanwhile with EMAIL_TAKEN', async () => {
      expect(errorCode(await confirm(t.client(), 'nie-ma-takiego-tokenu'))).toBe(ErrorCode.REGISTRATION_TOKEN_INVALID);
      expect(errorCode(await confirm(t.client(), ''))).toBe(ErrorCode.BAD_USER_INPUT);

      const email = uniqueEmail();
      await registerRaw({ email, password: STRONG_PASSWORD, displayName: 'Spóźniona' });
      const token = tokenOf(confirmationLinkIn((await mailsTo(email))[0].text)!);
      await t.db.query(`INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'Ktoś inny', 'x')`, [email]);
      const client = t.client();
      expect(errorCode(await confirm(client, token))).toBe(ErrorCode.EMAIL_TAKEN);
      expect(client.cookie).toBeNull();
      // Spent: the pending row is gone.
      expect(await t.db.query('SELECT 1 FROM pending_registrations WHERE email = $1', [email])).toHaveLength(0);
    });

    it('housekeeping deletes sign-ups never confirmed, not those still valid', async () => {
      const [expired, valid] = [uniqueEmail('stale'), uniqueEmail('fresh')];
      await registerRaw({ email: expired, password: STRONG_PASSWORD, displayName: 'Stary' });
      await registerRaw({ email: valid, password: STRONG_PASSWORD, displayName: 'Nowy' });
      await t.db.query(`UPDATE pending_registrations SET expires_at = now() - interval '1 minute' WHERE email = $1`, [
        expired,
      ]);
      await t.app.get(HousekeepingService).run();
      const left = await t.db.query(`SELECT email FROM pending_registrations WHERE email = ANY($1)`, [
        [expired, valid],
      ]);
      expect(left).toEqual([{ email: valid }]);
    });

    it('limits sign-ups per IP address', async () => {
      const spammer = t.client('198.51.100.9');
      for (let i = 0; i < REGISTER_LIMITS.perIp; i++) {
        const result = await spammer.request(REGISTER, {
          input: { email: uniqueEmail('spam'), password: STRONG_PASSWORD, displayName: 'Spam' },
        });
        expect(result.errors).toBeUndefined();
      }
      const refused = await spammer.request(REGISTER, {
        input: { email: uniqueEmail('spam'), password: STRONG_PASSWORD, displayName: 'Spam' },
      });
      expect(errorCode(refused)).toBe(ErrorCode.RATE_LIMITED);
      const elsewhere = await t.client('198.51.100.10').request(REGISTER, {
        input: { email: uniqueEmail(), password: STRONG_PASSWORD, displayName: 'Ktoś' },
      });
      expect(elsewhere.errors).toBeUndefined();
    });

    it('links the home municipality', async () => {
      const [zabki] = await t.db.query(`SELECT id FROM municipalities WHERE slug = 'zabki'`);
      const { client } = await registerUser(t.client(), { homeMunicipalityId: zabki.id });
      const me = await client.data<{ me: { homeMunicipality: { slug: string } } }>(ME);
      expect(me.me.homeMunicipality.slug).toBe('zabki');
    });

    it('reports every invalid field with a code, and saves nothing', async () => {
      const email = 'not-an-email';
      const result = await t.client().request(REGISTER, { input: { email, password: 'short', displayName: '' } });
      expect(errorCode(result)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(result.errors?.[0].extensions?.fieldErrors).toEqual(
        expect.arrayContaining([
          { field: 'email', code: FieldErrorCode.EMAIL_INVALID },
          {
            field: 'password',
            code: FieldErrorCode.PASSWORD_WEAK,
            params: { minLength: PASSWORD_POLICY.minLength, minClasses: PASSWORD_POLICY.minClasses },
          },
          { field: 'displayName', code: FieldErrorCode.REQUIRED },
        ]),
      );
      const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]);
      expect(n).toBe(0);
    });

    it.each([
      ['too short', 'Ab1-xyz'],
      ['one character class only', 'wszystkiemalelitery'],
      ['two classes', 'malelitery123456'],
    ])('refuses a weak password (%s)', async (_label, password) => {
      const result = await t
        .client()
        .request(REGISTER, { input: { email: uniqueEmail(), password, displayName: 'Jan' } });
      expect(result.errors?.[0].extensions?.fieldErrors).toEqual([
        expect.objectContaining({ field: 'password', code: FieldErrorCode.PASSWORD_WEAK }),
      ]);
    });

    it('accepts a long password with Polish letters', async () => {
      const result = await t.client().request(REGISTER, {
        input: { email: uniqueEmail(), password: 'Zażółć gęślą jaźń 2026', displayName: 'Jan' },
      });
      expect(result.errors).toBeUndefined();
    });

    it('refuses an unknown home municipality', async () => {
      const result = await t.client().request(REGISTER, {
        input: {
          email: uniqueEmail(),
          password: STRONG_PASSWORD,
          displayName: 'Jan',
          homeMunicipalityId: '00000000-0000-4000-8000-000000000000',
        },
      });
      expect(result.errors?.[0].extensions?.fieldErrors).toEqual([
        { field: 'homeMunicipalityId', code: FieldErrorCode.NOT_FOUND },
      ]);
    });
  });

  describe('login', () => {
    it('logs in with the right password', async () => {
      const { email } = await registerUser(t.client());
      const client = t.client();
      const data = await client.data<{ login: { account: { email: string } } }>(LOGIN, {
        input: { email, password: STRONG_PASSWORD },
      });
      expect(data.login.account.email).toBe(email);
      expect((await client.data<{ me: { email: string } }>(ME)).me.email).toBe(email);
    });

    it('gives the same error for a wrong password and an unknown e-mail', async () => {
      const { email } = await registerUser(t.client());
      const wrongPassword = await t.client().request(LOGIN, { input: { email, password: 'Zle-haslo-999' } });
      const unknownEmail = await t.client().request(LOGIN, {
        input: { email: uniqueEmail('nobody'), password: 'Zle-haslo-999' },
      });
      expect(errorCode(wrongPassword)).toBe(ErrorCode.INVALID_CREDENTIALS);
      expect(errorCode(unknownEmail)).toBe(ErrorCode.INVALID_CREDENTIALS);
      expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
    });

    it('locks an account for the guessing address after 5 failures, even with the right password', async () => {
      const { email } = await registerUser(t.client());
      const guesser = t.client('203.0.113.5');
      for (let i = 0; i < LOGIN_LIMITS.perAccountAndIp; i++) {
        const result = await guesser.request(LOGIN, { input: { email, password: `Zle-haslo-${i}` } });
        expect(errorCode(result)).toBe(ErrorCode.INVALID_CREDENTIALS);
      }
      const locked = await guesser.request(LOGIN, { input: { email, password: STRONG_PASSWORD } });
      expect(errorCode(locked)).toBe(ErrorCode.RATE_LIMITED);
      expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_LIMITS.windowSeconds);
      // The owner, elsewhere, is not locked out by a stranger's guesses.
      const owner = await t.client('203.0.113.6').request(LOGIN, { input: { email, password: STRONG_PASSWORD } });
      expect(owner.errors).toBeUndefined();
    });

    it('locks the account everywhere after 20 failures from many addresses', async () => {
      const { email } = await registerUser(t.client());
      for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
        const result = await t.client().request(LOGIN, { input: { email, password: `Zle-haslo-${i}` } });
        expect(errorCode(result)).toBe(ErrorCode.INVALID_CREDENTIALS);
      }
      const locked = await t.client().request(LOGIN, { input: { email, password: STRONG_PASSWORD } });
      expect(errorCode(locked)).toBe(ErrorCode.RATE_LIMITED);
    });

    it('lets the address in again once the window has passed', async () => {
      const { email } = await registerUser(t.client());
      const client = t.client('203.0.113.7');
      for (let i = 0; i < LOGIN_LIMITS.perAccountAndIp; i++) {
        await client.request(LOGIN, { input: { email, password: `Zle-haslo-${i}` } });
      }
      expect(errorCode(await client.request(LOGIN, { input: { email, password: STRONG_PASSWORD } }))).toBe(
        ErrorCode.RATE_LIMITED,
      );
      // Moving the window start into the past stands in for waiting 15 minutes.
      await t.db.query(`UPDATE login_throttle SET window_start = now() - interval '1 hour' WHERE key LIKE $1`, [
        `%${email}%`,
      ]);
      const result = await client.request(LOGIN, { input: { email, password: STRONG_PASSWORD } });
      expect(result.errors).toBeUndefined();
    });

    it('limits one IP trying many accounts', async () => {
      const attacker = t.client('192.0.2.77');
      for (let i = 0; i < LOGIN_LIMITS.perIp; i++) {
        const result = await attacker.request(LOGIN, {
          input: { email: uniqueEmail('probe'), password: 'Zle-haslo-1' },
        });
        expect(errorCode(result)).toBe(ErrorCode.INVALID_CREDENTIALS);
      }
      const blocked = await attacker.request(LOGIN, {
        input: { email: uniqueEmail('probe'), password: 'Zle-haslo-1' },
      });
      expect(errorCode(blocked)).toBe(ErrorCode.RATE_LIMITED);
      // Another address is not affected.
      const { email } = await registerUser(t.client());
      const other = await t.client('192.0.2.78').request(LOGIN, { input: { email, password: STRONG_PASSWORD } });
      expect(other.errors).toBeUndefined();
    });
  });

  describe('sessions', () => {
    const SESSIONS = `{ mySessions { id current userAgent } }`;

    it('logout ends the session on the server, not only the cookie', async () => {
      const { client } = await registerUser(t.client());
      const stolenCookie = client.cookie;
      expect(await client.data(`mutation { logout }`)).toEqual({ logout: true });
      expect(client.cookie).toBeNull();
      client.cookie = stolenCookie;
      expect((await client.data<{ me: null }>(ME)).me).toBeNull();
    });

    it('lists sessions and logs out everywhere', async () => {
      const { email, client: first } = await registerUser(t.client());
      const second = t.client();
      await second.data(LOGIN, { input: { email, password: STRONG_PASSWORD } });

      const listed = await first.data<{ mySessions: { id: string; current: boolean }[] }>(SESSIONS);
      expect(listed.mySessions).toHaveLength(2);
      expect(listed.mySessions.filter((s) => s.current)).toHaveLength(1);

      expect(await second.data(`mutation { logoutEverywhere }`)).toEqual({ logoutEverywhere: 2 });
      expect((await first.data<{ me: null }>(ME)).me).toBeNull();
      expect((await second.data<{ me: null }>(ME)).me).toBeNull();
    });

    it('revokes one other session and cannot touch another user’s', async () => {
      const { email, client: laptop } = await registerUser(t.client());
      const phone = t.client();
      await phone.data(LOGIN, { input: { email, password: STRONG_PASSWORD } });
      const sessions = await laptop.data<{ mySessions: { id: string; current: boolean }[] }>(SESSIONS);
      const phoneSession = sessions.mySessions.find((s) => !s.current)!;

      const { client: stranger } = await registerUser(t.client());
      expect(await stranger.data(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: phoneSession.id })).toEqual({
        revokeSession: false,
      });
      expect((await phone.data<{ me: { email: string } }>(ME)).me.email).toBe(email);

      expect(await laptop.data(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: phoneSession.id })).toEqual({
        revokeSession: true,
      });
      expect((await phone.data<{ me: null }>(ME)).me).toBeNull();
      expect((await laptop.data<{ me: { email: string } }>(ME)).me.email).toBe(email);
    });

    it('does not accept an expired session', async () => {
      const { id, client } = await registerUser(t.client());
      await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [id]);
      expect((await client.data<{ me: null }>(ME)).me).toBeNull();
    });

    it('housekeeping deletes sessions that ended over a month ago and stale login counters, nothing newer', async () => {
      const { id } = await registerUser(t.client());
      await registerUser(t.client()); // a live session of somebody else, which must stay
      const [{ sessions: before }] = await t.db.query(`SELECT count(*)::int AS sessions FROM sessions`);
      // One session of this user ended 31 days ago (deleted), one 29 days ago (kept).
      const [{ id: kept }] = await t.db.query(
        `INSERT INTO sessions (user_id, token_hash, expires_at, revoked_at)
         VALUES ($1, decode(md5(random()::text), 'hex'), now(), now() - interval '29 days') RETURNING id`,
        [id],
      );
      await t.db.query(
        `INSERT INTO sessions (user_id, token_hash, expires_at)
         VALUES ($1, decode(md5(random()::text), 'hex'), now() - interval '31 days')`,
        [id],
      );
      await t.db.query(
        `INSERT INTO login_throttle (key, window_start, failures)
         VALUES ('housekeeping:old', now() - interval '25 hours', 3), ('housekeeping:new', now(), 1)`,
      );

      await t.app.get(HousekeepingService).run();

      const [{ sessions: after }] = await t.db.query(`SELECT count(*)::int AS sessions FROM sessions`);
      expect(after).toBe(before + 1);
      expect(await t.db.query(`SELECT 1 FROM sessions WHERE id = $1`, [kept])).toHaveLength(1);
      const keys = await t.db.query(`SELECT key FROM login_throttle WHERE key LIKE 'housekeeping:%'`);
      expect(keys).toEqual([{ key: 'housekeeping:new' }]);
    });

    it('answers UNAUTHENTICATED to anonymous calls of member-only operations', async () => {
      const anonymous = t.client();
      expect(errorCode(await anonymous.request(SESSIONS))).toBe(ErrorCode.UNAUTHENTICATED);
      expect(errorCode(await anonymous.request(`mutation { logout }`))).toBe(ErrorCode.UNAUTHENTICATED);
      expect(errorCode(await anonymous.request(`mutation { logoutEverywhere }`))).toBe(ErrorCode.UNAUTHENTICATED);
    });
  });

  it('refuses a request that could be cross-site (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: `mutation { logout }` }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  describe('profile', () => {
    const UPDATE = `mutation($input: UpdateProfileInput!) {
      updateProfile(input: $input) { displayName handle homeMunicipality { slug } }
    }`;

    it('changes the display name, the handle (typed with @ and capitals) and the home municipality', async () => {
      const user = await registerUser(t.client(), { displayName: 'Adam Profilowy' });
      const [zabki]: { id: string }[] = await t.db.query(`SELECT id FROM municipalities WHERE slug = 'zabki'`);
      expect(
        await user.client.data(UPDATE, {
          input: { displayName: ' Adam P. ', handle: ' @Adam_P ', homeMunicipalityId: zabki.id },
        }),
      ).toEqual({ updateProfile: { displayName: 'Adam P.', handle: 'adam_p', homeMunicipality: { slug: 'zabki' } } });
      expect(await user.client.data(UPDATE, { input: { homeMunicipalityId: null } })).toEqual({
        updateProfile: { displayName: 'Adam P.', handle: 'adam_p', homeMunicipality: null },
      });
    });

    it('refuses a taken or malformed handle with a field error and changes nothing', async () => {
      const first = await registerUser(t.client(), { displayName: 'Beata Zajęta' });
      const second = await registerUser(t.client(), { displayName: 'Celina Druga' });
      const taken = await second.client.request(UPDATE, {
        input: { displayName: 'Nowe imię', handle: 'beata_zajeta' },
      });
      expect(errorCode(taken)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(taken.errors?.[0].extensions?.fieldErrors).toEqual([
        { field: 'handle', code: FieldErrorCode.HANDLE_TAKEN },
      ]);
      for (const handle of ['ab', 'ząbki', 'a b c', 'x'.repeat(31)]) {
        const bad = await second.client.request(UPDATE, { input: { handle } });
        expect(bad.errors?.[0].extensions?.fieldErrors).toEqual([
          expect.objectContaining({ field: 'handle', code: FieldErrorCode.INVALID }),
        ]);
      }
      const unknownPlace = await second.client.request(UPDATE, {
        input: { homeMunicipalityId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(unknownPlace.errors?.[0].extensions?.fieldErrors).toEqual([
        { field: 'homeMunicipalityId', code: FieldErrorCode.NOT_FOUND },
      ]);
      expect(await second.client.data(`{ me { displayName handle } }`)).toEqual({
        me: { displayName: 'Celina Druga', handle: 'celina_druga' },
      });
      expect(first.id).not.toBe(second.id);
    });

    it('is for logged-in users only', async () => {
      expect(errorCode(await t.client().request(UPDATE, { input: { displayName: 'Ktoś' } }))).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    });
  });
});
