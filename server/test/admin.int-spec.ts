import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { errorCode } from './support/graphql-client.js';
import { createMunicipality, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const GRANT = `mutation($input: GrantRoleInput!) {
  grantRole(input: $input) { id role municipality { id name } user { id displayName } }
}`;
const REVOKE = `mutation($id: ID!) { revokeRole(id: $id) }`;
const ME_ROLES = `{ me { roles { role municipality { name } } } }`;

describe('role administration', () => {
  let t: TestApp;
  let admin: RegisteredUser;
  let official: RegisteredUser;
  let gmina: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await registerUser(t.client(), { displayName: 'Admin' });
    await makeAdmin(t.db, admin.id);
    official = await registerUser(t.client(), { displayName: 'Urzędniczka' });
    gmina = await createMunicipality(t.db, { name: 'Jadów' });
  });
  afterAll(() => t.close());

  it('lets an admin grant a role that then shows on the user’s account, and revoke it', async () => {
    const granted = await admin.client.data<{
      grantRole: { id: string; role: string; municipality: { name: string } };
    }>(GRANT, { input: { userId: official.id, municipalityId: gmina.id, role: 'OFFICIAL' } });
    expect(granted.grantRole).toMatchObject({ role: 'OFFICIAL', municipality: { name: 'Jadów' } });
    expect(await official.client.data(ME_ROLES)).toEqual({
      me: { roles: [{ role: 'OFFICIAL', municipality: { name: 'Jadów' } }] },
    });

    expect(await admin.client.data(REVOKE, { id: granted.grantRole.id })).toEqual({ revokeRole: true });
    expect(await official.client.data(ME_ROLES)).toEqual({ me: { roles: [] } });
    expect(errorCode(await admin.client.request(REVOKE, { id: granted.grantRole.id }))).toBe(ErrorCode.NOT_FOUND);
  });

  it('refuses the same role twice with CONFLICT', async () => {
    const input = { userId: official.id, municipalityId: gmina.id, role: 'MODERATOR' };
    await admin.client.data(GRANT, { input });
    expect(errorCode(await admin.client.request(GRANT, { input }))).toBe(ErrorCode.CONFLICT);
  });

  it('names the unknown user or municipality in a field error', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    const badMunicipality = await admin.client.request(GRANT, {
      input: { userId: official.id, municipalityId: nobody, role: 'OFFICIAL' },
    });
    expect(badMunicipality.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'municipalityId', code: FieldErrorCode.NOT_FOUND },
    ]);
    const badUser = await admin.client.request(GRANT, {
      input: { userId: nobody, municipalityId: gmina.id, role: 'OFFICIAL' },
    });
    expect(badUser.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'userId', code: FieldErrorCode.NOT_FOUND }]);
  });

  it('refuses ADMIN as a per-municipality role', async () => {
    const result = await admin.client.request(GRANT, {
      input: { userId: official.id, municipalityId: gmina.id, role: 'ADMIN' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM role_grants WHERE role NOT IN ('OFFICIAL','MODERATOR')`,
    );
    expect(n).toBe(0);
  });

  it('forbids residents and requires login for every admin operation', async () => {
    const resident = await registerUser(t.client());
    const operations: [string, Record<string, unknown>][] = [
      [`{ users(first: 5) { nodes { id } } }`, {}],
      [`{ roleGrants(first: 5) { nodes { id } } }`, {}],
      [GRANT, { input: { userId: resident.id, municipalityId: gmina.id, role: 'OFFICIAL' } }],
      [REVOKE, { id: '00000000-0000-4000-8000-000000000000' }],
    ];
    for (const [query, variables] of operations) {
      expect(errorCode(await resident.client.request(query, variables))).toBe(ErrorCode.FORBIDDEN);
      expect(errorCode(await t.client().request(query, variables))).toBe(ErrorCode.UNAUTHENTICATED);
    }
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM role_grants WHERE user_id = $1', [resident.id]);
    expect(n).toBe(0);
  });

  it('finds users by part of the e-mail or name (diacritics ignored) and lists grants newest first', async () => {
    const zofia = await registerUser(t.client(), { displayName: 'Zofia Żółkiewska' });
    const found = await admin.client.data<{ users: { nodes: { id: string; email: string }[] } }>(
      `query($q: String) { users(search: $q, first: 10) { nodes { id email } } }`,
      { q: 'zolkiew' },
    );
    expect(found.users.nodes.map((u) => u.id)).toEqual([zofia.id]);
    // LIKE wildcards are searched for literally, not as "anything".
    const wildcard = await admin.client.data<{ users: { nodes: unknown[] } }>(
      `query($q: String) { users(search: $q, first: 10) { nodes { id } } }`,
      { q: '%' },
    );
    expect(wildcard.users.nodes).toEqual([]);

    await admin.client.data(GRANT, { input: { userId: zofia.id, municipalityId: gmina.id, role: 'OFFICIAL' } });
    const grants = await admin.client.data<{ roleGrants: { nodes: { user: { displayName: string } }[] } }>(
      `query($m: ID) { roleGrants(municipalityId: $m, first: 1) { nodes { user { displayName } } pageInfo { hasNextPage } } }`,
      { m: gmina.id },
    );
    expect(grants.roleGrants.nodes[0].user.displayName).toBe('Zofia Żółkiewska');
  });
});
