import { SeedService } from '../src/seed/seed.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoData } from '../src/seed/demo-data.js';
import { DEMO_PROBLEM_TREE } from '../src/seed/demo-problem-tree.js';
import { DEMO_MUNICIPAL_CATEGORIES, DEMO_NETWORK_CATEGORIES, DEMO_THREADS } from '../src/seed/demo-forum.js';
import { DEMO_COMPARISON_NETWORK } from '../src/seed/demo-indicators.js';
import { DEMO_PRACTICES } from '../src/seed/demo-networks.js';
import { startTestApp, type TestApp } from './support/test-app.js';

async function counts(t: TestApp): Promise<Record<string, number>> {
  const [row] = await t.db.query(`SELECT
    (SELECT count(*)::int FROM municipalities) AS municipalities,
    (SELECT count(*)::int FROM service_areas) AS service_areas,
    (SELECT count(*)::int FROM networks) AS networks,
    (SELECT count(*)::int FROM forum_categories) AS forum_categories,
    (SELECT count(*)::int FROM users) AS users,
    (SELECT count(*)::int FROM role_grants) AS role_grants,
    (SELECT count(*)::int FROM forum_threads) AS forum_threads,
    (SELECT count(*)::int FROM forum_posts) AS forum_posts`);
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
      // The fixture's networks and the indicators' comparison network of the Wołomin county.
      networks: [...demoData.networks.map((n) => n.name), DEMO_COMPARISON_NETWORK].length,
      forum_categories:
        demoData.forumCategories.length + DEMO_MUNICIPAL_CATEGORIES.length + DEMO_NETWORK_CATEGORIES.length,
      users: DEMO_ACCOUNTS.length,
      role_grants: 2,
      // Each good practice is discussed in a thread of its own, opened by its first post.
      forum_threads: DEMO_THREADS.length + DEMO_PRACTICES.length,
      forum_posts: DEMO_THREADS.reduce((n, thread) => n + 1 + thread.replies.length, 0) + DEMO_PRACTICES.length,
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

  it('holds a Polish debate about the sample consultation: nested replies, stances, a quote and a mention', async () => {
    const [thread]: { id: string; subject_type: string }[] = await t.db.query(
      `SELECT t.id, t.subject_type FROM forum_threads t JOIN forum_categories c ON c.id = t.category_id
       JOIN municipalities m ON m.id = c.municipality_id
       WHERE m.slug = 'powiat-wolominski' AND t.subject_type = 'CONSULTATION'`,
    );
    expect(thread.subject_type).toBe('CONSULTATION');
    const data = await t.client().data<{
      threadPosts: {
        nodes: {
          depth: number;
          stance: string | null;
          quotedPostId: string | null;
          bodyHtml: string;
          mentions: { handle: string }[];
        }[];
      };
    }>(`query($id: ID!) { threadPosts(threadId: $id, first: 50) { nodes { depth stance quotedPostId bodyHtml mentions { handle } } } }`, { id: thread.id });
    const posts = data.threadPosts.nodes;
    expect(posts.map((p) => p.stance)).toEqual([null, 'FOR', 'NEUTRAL', null, 'FOR', 'AGAINST']);
    expect(posts.map((p) => p.depth)).toEqual([0, 1, 2, 2, 1, 2]);
    expect(posts[3].quotedPostId).not.toBeNull();
    expect(posts[3].mentions).toEqual([{ handle: 'zofia_mieszkanka' }]);
    expect(posts[3].bodyHtml).toContain('<span class="mention">@zofia_mieszkanka</span>');

    const [rules]: { pinned: boolean }[] = await t.db.query(
      `SELECT pinned FROM forum_threads WHERE title = 'Zasady dyskusji na forum Ratusza'`,
    );
    expect(rules.pinned).toBe(true);
  });

  it('holds the fixture’s problem tree in the demo consultation, accepted, with one resident’s suggestion', async () => {
    // The first test seeded twice: still one tree.
    const trees: { id: string; joinCode: string }[] = await t.db.query(
      `SELECT t.id, t.join_code AS "joinCode" FROM problem_trees t JOIN consultations c ON c.id = t.consultation_id`,
    );
    expect(trees).toEqual([{ id: expect.any(String), joinCode: DEMO_PROBLEM_TREE.joinCode }]);
    const nodes: { id: string; kind: string; parentId: string | null; text: string; status: string }[] =
      await t.db.query(
        `SELECT id, kind, parent_id AS "parentId", text, status FROM problem_tree_nodes WHERE tree_id = $1
         ORDER BY parent_id NULLS FIRST, position`,
        [trees[0].id],
      );
    const core = nodes.find((node) => node.kind === 'CORE')!;
    expect(core.text).toBe(DEMO_PROBLEM_TREE.core);
    const under = (id: string, kind: string) => nodes.filter((n) => n.parentId === id && n.kind === kind);
    expect(under(core.id, 'CAUSE').map((n) => [n.text, n.status])).toEqual([
      ...DEMO_PROBLEM_TREE.causes.map((c) => [c.text, 'ACCEPTED']),
      [DEMO_PROBLEM_TREE.suggestion, 'PROPOSED'],
    ]);
    expect(under(core.id, 'EFFECT').map((n) => n.text)).toEqual(DEMO_PROBLEM_TREE.effects.map((e) => e.text));
    const firstCause = under(core.id, 'CAUSE')[0];
    expect(under(firstCause.id, 'CAUSE').map((n) => n.text)).toEqual(
      DEMO_PROBLEM_TREE.causes[0].causes!.map((c) => c.text),
    );
  });
});
