import { ViewerService } from '../src/common/policy/viewer.service.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/* The viewer every policy judges: its grants read for each request, those of concurrent requests in one statement. */
describe('viewer', () => {
  let t: TestApp;
  let official: RegisteredUser;
  let moderator: RegisteredUser;
  let resident: RegisteredUser;
  let municipalityId: string;

  const auth = (user: RegisteredUser) => ({ userId: user.id, sessionId: user.id, isAdmin: false });
  const roles = (viewer: { municipalRoles: ReadonlyMap<string, ReadonlySet<string>> }) =>
    Object.fromEntries([...viewer.municipalRoles].map(([id, held]) => [id, [...held].sort()]));

  beforeAll(async () => {
    t = await startTestApp();
    [official, moderator, resident] = await Promise.all([
      registerUser(t.client()),
      registerUser(t.client()),
      registerUser(t.client()),
    ]);
    municipalityId = (await createMunicipality(t.db, { name: 'Gmina Widzów' })).id;
    await grantRole(t.db, official.id, municipalityId, 'OFFICIAL');
    await grantRole(t.db, moderator.id, municipalityId, 'MODERATOR');
    await grantRole(t.db, moderator.id, municipalityId, 'OFFICIAL');
  });
  afterAll(() => t.close());

  it("reads the grants of viewers asked for together in one statement, each viewer's own", async () => {
    const viewers = t.app.get(ViewerService);
    let built: Awaited<ReturnType<ViewerService['forAuth']>>[] = [];
    const { statements } = await countStatements(t.db, async () => {
      built = await Promise.all([official, moderator, resident, official].map((user) => viewers.forAuth(auth(user))));
    });
    expect(statements).toHaveLength(1);
    expect(built.map(roles)).toEqual([
      { [municipalityId]: ['OFFICIAL'] },
      { [municipalityId]: ['MODERATOR', 'OFFICIAL'] },
      {},
      { [municipalityId]: ['OFFICIAL'] },
    ]);
  });

  it('sees a role granted a moment ago in the next request: nothing is kept between them', async () => {
    const viewers = t.app.get(ViewerService);
    expect(roles(await viewers.forAuth(auth(resident)))).toEqual({});
    await grantRole(t.db, resident.id, municipalityId, 'MODERATOR');
    expect(roles(await viewers.forAuth(auth(resident)))).toEqual({ [municipalityId]: ['MODERATOR'] });
  });
});
