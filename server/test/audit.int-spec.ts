import {
  createMunicipality,
  grantRole,
  makeAdmin,
  registerUser,
  STRONG_PASSWORD,
  type RegisteredUser,
} from './support/factories.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { createMeeting } from './support/meeting-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const EVENTS = `query($kinds: [AuditEventKind!], $actor: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditEvents(kinds: $kinds, actorId: $actor, from: $from, to: $to, first: $first, after: $after) {
    nodes { id kind occurredAt actorId actorDisplayName actorEmail ip targetType targetId detailsJson }
    pageInfo { hasNextPage endCursor }
  }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere }`;
const SESSIONS = `{ mySessions { id current } }`;
const REVOKE_SESSION = `mutation($id: ID!) { revokeSession(id: $id) }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
const REVOKE_ROLE = `mutation($id: ID!) { revokeRole(id: $id) }`;
const REGISTER_FOR_MEETING = `mutation($m: ID!) { registerForMeeting(meetingId: $m) { id } }`;
const CREATE_ORG = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`;
const VERIFY = `mutation($id: ID!) { setOrganisationVerified(id: $id, verified: true) { verified } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const OUTBOX = `query($to: String) { mailOutbox(first: 20, to: $to) { nodes { kind text } } }`;
const DELETE_ACCOUNT = `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`;
const NEW_PASSWORD = 'Nowe-Haslo-Audyt-2026!';

interface AuditView {
  id: string;
  kind: string;
  occurredAt: string;
  actorId: string | null;
  actorDisplayName: string | null;
  actorEmail: string | null;
  ip: string | null;
  targetType: string | null;
  targetId: string | null;
  detailsJson: string;
}

interface Page {
  nodes: AuditView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('audit log', () => {
  let t: TestApp;
  let admin: RegisteredUser;
  let resident: RegisteredUser;
  let gmina: { id: string };

  async function events(client: GraphQLClient, variables: Record<string, unknown> = {}): Promise<Page> {
    return (await client.data<{ auditEvents: Page }>(EVENTS, { first: 100, ...variables })).auditEvents;
  }

  async function latest(kind: string): Promise<AuditView> {
    const [event] = (await events(admin.client, { kinds: [kind], first: 1 })).nodes;
    return event;
  }

  beforeAll(async () => {
    t = await startTestApp();
    gmina = await createMunicipality(t.db, { name: 'Gmina Radzymin' });
    admin = await registerUser(t.client(), { displayName: 'Administratorka' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkanka Ala' });
    await makeAdmin(t.db, admin.id);
    // The admin flag is read at login: a fresh session.
    admin.client = t.client();
    await admin.client.data(LOGIN, { input: { email: admin.email, password: STRONG_PASSWORD } });
  });
  afterAll(() => t?.close());

  it('records a login with the actor and the client address, and a failed one without the password', async () => {
    const phone = t.client('203.0.113.7');
    await phone.data(LOGIN, { input: { email: resident.email, password: STRONG_PASSWORD } });
    const login = await latest('LOGIN');
    expect(login).toMatchObject({
      actorId: resident.id,
      actorDisplayName: 'Mieszkanka Ala',
      actorEmail: resident.email,
      ip: '203.0.113.7',
      targetType: 'SESSION',
    });

    const attacker = t.client('198.51.100.9');
    const wrong = 'Zle-haslo-999';
    expect(errorCode(await attacker.request(LOGIN, { input: { email: resident.email, password: wrong } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    const failed = await latest('LOGIN_FAILED');
    expect(failed).toMatchObject({ actorId: null, ip: '198.51.100.9', targetType: 'USER', targetId: resident.id });
    expect(JSON.parse(failed.detailsJson)).toEqual({ email: resident.email });
    const stored: { row: string }[] = await t.db.query(`SELECT row_to_json(a)::text AS row FROM audit_events a`);
    for (const { row } of stored) {
      expect(row).not.toContain(wrong);
      expect(row).not.toContain(STRONG_PASSWORD);
    }
  });

  it('records ending another session and logging out everywhere', async () => {
    // Someone else: logging out everywhere would end the resident's session the other tests use.
    const traveller = await registerUser(t.client(), { displayName: 'Podróżnik Olek' });
    const laptop = t.client();
    const phone = t.client();
    for (const client of [laptop, phone]) {
      await client.data(LOGIN, { input: { email: traveller.email, password: STRONG_PASSWORD } });
    }
    const sessions = (await laptop.data<{ mySessions: { id: string; current: boolean }[] }>(SESSIONS)).mySessions;
    const other = sessions.find((s) => !s.current)!;
    await laptop.data(REVOKE_SESSION, { id: other.id });
    expect(await latest('SESSION_REVOKED')).toMatchObject({
      actorId: traveller.id,
      targetType: 'SESSION',
      targetId: other.id,
    });

    await laptop.data(LOGOUT_EVERYWHERE);
    const everywhere = await latest('LOGOUT_EVERYWHERE');
    expect(everywhere).toMatchObject({ actorId: traveller.id, targetId: traveller.id });
    expect(JSON.parse(everywhere.detailsJson).sessionsEnded).toBeGreaterThan(0);
  });

  it('records role grants and revocations by the administrator', async () => {
    const granted = await admin.client.data<{ grantRole: { id: string } }>(GRANT, {
      input: { userId: resident.id, municipalityId: gmina.id, role: 'MODERATOR' },
    });
    const grant = await latest('ROLE_GRANTED');
    expect(grant).toMatchObject({ actorId: admin.id, targetType: 'USER', targetId: resident.id });
    expect(JSON.parse(grant.detailsJson)).toMatchObject({ role: 'MODERATOR', municipalityId: gmina.id });

    await admin.client.data(REVOKE_ROLE, { id: granted.grantRole.id });
    const revoked = await latest('ROLE_REVOKED');
    expect(revoked).toMatchObject({ actorId: admin.id, targetId: resident.id });
    expect(JSON.parse(revoked.detailsJson)).toMatchObject({ role: 'MODERATOR', grantId: granted.grantRole.id });
  });

  it('records an organisation’s verification', async () => {
    const created = await resident.client.data<{ createOrganisation: { id: string } }>(CREATE_ORG, {
      input: { name: 'Fundacja Audytowana', municipalityIds: [gmina.id] },
    });
    await admin.client.data(VERIFY, { id: created.createOrganisation.id });
    expect(await latest('ORGANISATION_VERIFIED')).toMatchObject({
      actorId: admin.id,
      targetType: 'ORGANISATION',
      targetId: created.createOrganisation.id,
    });
  });

  it('records the download of a meeting’s attendee list', async () => {
    const official = await registerUser(t.client(), { displayName: 'Urzędnik Piotr' });
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    const meeting = await createMeeting(official.client, { municipalityId: gmina.id });
    await resident.client.data(REGISTER_FOR_MEETING, { m: meeting.id });
    const response = await fetch(`${t.url}/api/meetings/${meeting.id}/attendees.csv`, {
      headers: { cookie: official.client.cookie!, 'x-forwarded-for': '192.0.2.44' },
    });
    expect(response.status).toBe(200);
    const exported = await latest('EXPORT');
    expect(exported).toMatchObject({
      actorId: official.id,
      ip: '192.0.2.44',
      targetType: 'MEETING',
      targetId: meeting.id,
    });
    expect(JSON.parse(exported.detailsJson)).toMatchObject({ export: 'meeting attendees', format: 'csv', rows: 1 });
  });

  it('records a reset link asked for (for any address) and used, with nothing secret', async () => {
    const forgetful = await registerUser(t.client(), { displayName: 'Zapominalska Iza' });
    const unknown = 'nikt.taki.audyt@example.pl';
    for (const email of [forgetful.email, unknown]) {
      await t.client('203.0.113.21').data(REQUEST_RESET, { input: { email } });
    }
    const asked = (await events(admin.client, { kinds: ['PASSWORD_RESET_REQUESTED'] })).nodes;
    expect(asked.map((n) => JSON.parse(n.detailsJson))).toEqual([{ email: unknown }, { email: forgetful.email }]);
    expect(asked[0]).toMatchObject({ actorId: null, ip: '203.0.113.21', targetType: null, targetId: null });

    let token: string | null = null;
    for (let i = 0; i < 100 && !token; i++) {
      const mail = (
        await admin.client.data<{ mailOutbox: { nodes: { kind: string; text: string }[] } }>(OUTBOX, {
          to: forgetful.email,
        })
      ).mailOutbox.nodes.find((m) => m.kind === 'PASSWORD_RESET');
      token = mail ? /token=([A-Za-z0-9_-]+)/.exec(mail.text)![1] : null;
      if (!token) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(token).not.toBeNull();
    expect(
      errorCode(await t.client().request(RESET, { input: { token: 'x'.repeat(43), password: NEW_PASSWORD } })),
    ).toBe('RESET_TOKEN_INVALID');
    expect((await events(admin.client, { kinds: ['PASSWORD_RESET_COMPLETED'] })).nodes).toEqual([]);

    await t.client('203.0.113.22').data(RESET, { input: { token, password: NEW_PASSWORD } });
    const completed = (await events(admin.client, { kinds: ['PASSWORD_RESET_COMPLETED'], actor: forgetful.id })).nodes;
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ ip: '203.0.113.22', targetType: 'USER', targetId: forgetful.id });
    expect(JSON.parse(completed[0].detailsJson)).toEqual({ sessionsEnded: 1 });
    const stored: { row: string }[] = await t.db.query(`SELECT row_to_json(a)::text AS row FROM audit_events a`);
    for (const { row } of stored) {
      expect(row).not.toContain(token);
      expect(row).not.toContain(NEW_PASSWORD);
    }
  });

  it('records an account’s deletion by its owner, without the erased address', async () => {
    const leaving = await registerUser(t.client(), { displayName: 'Odchodząca Ewa' });
    expect(errorCode(await leaving.client.request(DELETE_ACCOUNT, { input: { password: 'Zle-haslo-999' } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await events(admin.client, { kinds: ['ACCOUNT_DELETED'], actor: leaving.id })).nodes).toEqual([]);

    await leaving.client.data(DELETE_ACCOUNT, { input: { password: STRONG_PASSWORD, removeContent: true } });
    const deleted = (await events(admin.client, { kinds: ['ACCOUNT_DELETED'], actor: leaving.id })).nodes;
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatchObject({ targetType: 'USER', targetId: leaving.id });
    expect(JSON.parse(deleted[0].detailsJson)).toEqual({ removeContent: true, sessionsEnded: 1 });
    expect(JSON.stringify(deleted[0])).not.toContain(leaving.email);
  });

  it('is read by administrators only', async () => {
    expect(errorCode(await resident.client.request(EVENTS))).toBe('FORBIDDEN');
    expect(errorCode(await t.client().request(EVENTS))).toBe('UNAUTHENTICATED');
  });

  it('filters by kind, actor and time and pages newest first', async () => {
    const all = await events(admin.client);
    expect(all.nodes.length).toBeGreaterThan(5);
    const times = all.nodes.map((n) => Date.parse(n.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const logins = await events(admin.client, { kinds: ['LOGIN', 'LOGIN_FAILED'] });
    expect(new Set(logins.nodes.map((n) => n.kind))).toEqual(new Set(['LOGIN', 'LOGIN_FAILED']));
    expect(logins.nodes.length).toBe(all.nodes.filter((n) => n.kind === 'LOGIN' || n.kind === 'LOGIN_FAILED').length);

    const byResident = await events(admin.client, { actor: resident.id });
    expect(byResident.nodes.length).toBeGreaterThan(0);
    expect(byResident.nodes.every((n) => n.actorId === resident.id)).toBe(true);

    const middle = all.nodes[Math.floor(all.nodes.length / 2)];
    const before = await events(admin.client, { to: middle.occurredAt });
    expect(before.nodes.every((n) => Date.parse(n.occurredAt) < Date.parse(middle.occurredAt))).toBe(true);
    const since = await events(admin.client, { from: middle.occurredAt });
    expect(since.nodes.every((n) => Date.parse(n.occurredAt) >= Date.parse(middle.occurredAt))).toBe(true);
    expect(before.nodes.length + since.nodes.length).toBe(all.nodes.length);
    expect(
      errorCode(await admin.client.request(EVENTS, { from: middle.occurredAt, to: all.nodes.at(-1)!.occurredAt })),
    ).toBe('BAD_USER_INPUT');

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result: Page = await events(admin.client, { first: 2, after });
      seen.push(...result.nodes.map((n) => n.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.id));
  });
});
