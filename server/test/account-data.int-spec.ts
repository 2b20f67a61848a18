import { ErrorCode } from '@ratusz/shared';
import { errorCode } from './support/graphql-client.js';
import { registerUser, STRONG_PASSWORD, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, reply } from './support/forum-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MY_DATA = `query { myData }`;
const DELETE = `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;
const POSTS = `query($threadId: ID!) { threadPosts(threadId: $threadId, first: 50) { nodes { id bodyHtml deleted author { displayName } } } }`;

interface Post {
  id: string;
  bodyHtml: string | null;
  deleted: boolean;
  author: { displayName: string } | null;
}

describe('account data (RODO)', () => {
  let t: TestApp;
  let categoryId: string;
  let other: RegisteredUser;

  beforeAll(async () => {
    t = await startTestApp();
    categoryId = await createCategory(t.db);
    other = await registerUser(t.client(), { displayName: 'Sąsiad' });
  });
  afterAll(() => t.close());

  async function posts(threadId: string): Promise<Post[]> {
    return (await other.client.data<{ threadPosts: { nodes: Post[] } }>(POSTS, { threadId })).threadPosts.nodes;
  }

  it('downloads the user’s own data as JSON, without others’ content', async () => {
    const user = await registerUser(t.client(), { displayName: 'Zofia' });
    const thread = await createThread(user.client, categoryId, { title: 'Mój wątek', body: 'Mój pierwszy wpis' });
    await reply(other.client, thread.id, 'Cudzy wpis sąsiada');
    await reply(user.client, thread.id, 'Moja odpowiedź');
    const json = (await user.client.data<{ myData: string }>(MY_DATA)).myData;
    const data = JSON.parse(json) as Record<string, unknown> & {
      profile: { email: string; displayName: string };
      posts: { body: string }[];
      threads: { title: string }[];
      threadFollows: unknown[];
      sessions: unknown[];
      notifications: { type: string }[];
      votes: unknown[];
    };
    expect(data.profile).toMatchObject({ email: user.email, displayName: 'Zofia' });
    expect(data.posts.map((p) => p.body).sort()).toEqual(['Moja odpowiedź', 'Mój pierwszy wpis']);
    expect(json).not.toContain('Cudzy wpis sąsiada');
    expect(json).not.toContain('password');
    expect(data.threads).toEqual([expect.objectContaining({ title: 'Mój wątek' })]);
    expect(data.threadFollows).toHaveLength(1);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.notifications.map((n) => n.type)).toContain('REPLY');
    expect(data.votes).toEqual([]);
    for (const key of ['proposals', 'supports', 'consultationFollows', 'notificationSettings', 'meetingRegistrations'])
      expect(Array.isArray(data[key])).toBe(true);
    // A download of personal data is a security-relevant event administrators can trace.
    const audited: { kind: string }[] = await t.db.query(
      `SELECT kind FROM audit_events WHERE actor_id = $1 AND target_id = $1::text`,
      [user.id],
    );
    expect(audited.map((row) => row.kind)).toEqual(['DATA_DOWNLOAD']);
  });

  it('refuses a wrong password, then deletes: posts stay by "deleted user", login and sessions end', async () => {
    const user = await registerUser(t.client(), { displayName: 'Odchodzący' });
    const thread = await createThread(other.client, categoryId);
    const mine = await reply(user.client, thread.id, 'Zostanie po mnie');
    await user.client.data(`mutation($threadId: ID!) { followThread(threadId: $threadId) }`, { threadId: thread.id });
    expect(errorCode(await user.client.request(DELETE, { input: { password: 'Zle-Haslo-123' } }))).toBe(
      ErrorCode.INVALID_CREDENTIALS,
    );
    expect(await user.client.data(DELETE, { input: { password: STRONG_PASSWORD } })).toEqual({ deleteAccount: true });

    expect(await user.client.data(`{ me { id } }`)).toEqual({ me: null });
    expect(
      errorCode(await t.client().request(LOGIN, { input: { email: user.email, password: STRONG_PASSWORD } })),
    ).toBe(ErrorCode.INVALID_CREDENTIALS);
    const post = (await posts(thread.id)).find((p) => p.id === mine.id)!;
    expect(post).toMatchObject({ deleted: false, author: { displayName: 'Usunięty użytkownik' } });
    expect(post.bodyHtml).toContain('Zostanie po mnie');
    const [counts] = await t.db.query<{ sessions: number; follows: number; settings: number; email: string }[]>(
      `SELECT (SELECT count(*)::int FROM sessions WHERE user_id = $1) AS sessions,
              (SELECT count(*)::int FROM thread_follows WHERE user_id = $1) AS follows,
              (SELECT count(*)::int FROM notification_settings WHERE user_id = $1) AS settings,
              (SELECT email FROM users WHERE id = $1) AS email`,
      [user.id],
    );
    expect(counts).toEqual({ sessions: 0, follows: 0, settings: 0, email: `deleted-${user.id}@deleted.invalid` });
    // The address is free again for a new account.
    await registerUser(t.client(), { email: user.email });
  });

  it('removes the content too when asked', async () => {
    const user = await registerUser(t.client(), { displayName: 'Znikający' });
    const thread = await createThread(other.client, categoryId);
    const mine = await reply(user.client, thread.id, 'Proszę to usunąć');
    await user.client.data(DELETE, { input: { password: STRONG_PASSWORD, removeContent: true } });
    const post = (await posts(thread.id)).find((p) => p.id === mine.id)!;
    expect(post).toMatchObject({ deleted: true, bodyHtml: null });
  });
});
