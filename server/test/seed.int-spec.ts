import { SeedService } from '../src/seed/seed.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoData } from '../src/seed/demo-data.js';
import { startTestApp, type TestApp } from './support/test-app.js';

async function counts(t: TestApp): Promise<Record<string, number>> {
  const [row] = await t.db.query(`SELECT
    (SELECT count(*)::int FROM municipalities) AS municipalities,
    (SELECT count(*)::int FROM service_areas) AS service_areas,
    (SELECT count(*)::int FROM networks) AS networks,
    (SELECT count(*)::int FROM forum_categories) AS forum_categories,
    (SELECT count(*)::int FROM users) AS users,
    (SELECT count(*)::int FROM role_grants) AS role_grants`);
  return row;
}

describe('demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t.close());

  it('loads every place of the fixture, one account per role, and is idempotent', async () => {
    const expectedPlaces = demoData.municipalities.reduce(
      (n, m) => n + 1 + (m.districts?.length ?? 0) + (m.gminas?.length ?? 0),
      0,
    );
    const first = await counts(t);
    expect(first).toEqual({
      municipalities: expectedPlaces,
      service_areas: 8,
      networks: demoData.networks.length,
      forum_categories: demoData.forumCategories.length,
      users: DEMO_ACCOUNTS.length,
      role_grants: 2,
    });
    await t.app.get(SeedService).seed();
    expect(await counts(t)).toEqual(first);
  });

  it('demo accounts log in with the published password, and the admin is an admin', async () => {
    const admin = t.client();
    const data = await admin.data<{ login: { account: { isAdmin: boolean } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { account { isAdmin } } }`,
      { input: { email: 'admin@ratusz.example', password: DEMO_PASSWORD } },
    );
    expect(data.login.account.isAdmin).toBe(true);
    const official = t.client();
    await official.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
      input: { email: 'urzednik@ratusz.example', password: DEMO_PASSWORD },
    });
    expect(await official.data(`{ me { roles { role municipality { slug } } } }`)).toEqual({
      me: { roles: [{ role: 'OFFICIAL', municipality: { slug: 'powiat-wolominski' } }] },
    });
  });
});
