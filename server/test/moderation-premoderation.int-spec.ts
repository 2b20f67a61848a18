import { io, type Socket } from 'socket.io-client';
import {
  ErrorCode,
  SOCKET_PATH,
  type CategoryThreadPayload,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@ratusz/shared';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread } from './support/forum-factories.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { SETTINGS } from './support/moderation-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const SET_CATEGORY = `mutation($input: CategoryModerationSettingsInput!) {
  setCategoryModerationSettings(input: $input) {
    categoryId inherited premoderation premoderationAccountDays premoderationApprovedPosts
  }
}`;
const CATEGORY_SETTINGS = `query($id: ID!) { forumCategory: forumCategoryById(id: $id) { id threadCount moderationSettings { inherited premoderation } } }`;
const REPLY_AS = `mutation($input: ReplyInput!) { replyToPost(input: $input) { id awaitingModeration } }`;
const START = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id awaitingModeration } }`;
const THREADS = `query($categoryId: ID!) { forumThreads(categoryId: $categoryId, first: 50) { nodes { id awaitingModeration } } }`;
const THREAD = `query($id: ID!) { forumThread(id: $id) { id title awaitingModeration } }`;
const POSTS = `query($threadId: ID!) { threadPosts(threadId: $threadId, first: 50) { nodes { id awaitingModeration } } }`;
const SEARCH = `query($query: String!) { forumSearch(query: $query, first: 20) { nodes { thread { id } postId } } }`;
const APPROVE = `mutation($input: ModerationItemInput!) { approveContent(input: $input) { state } }`;

/** Waits until `find` sees what it looks for among what arrived, or fails after five seconds. */
async function arrival<T, R>(received: T[], find: (items: T[]) => R | undefined): Promise<R> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = find(received);
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out; received ${JSON.stringify(received)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('pre-moderation per category, and of new threads', () => {
  let t: TestApp;
  let gmina: { id: string };
  let other: { id: string };
  let held: string;
  let open: string;
  let moderator: RegisteredUser;
  let official: RegisteredUser;
  let outsider: RegisteredUser;
  let veteran: RegisteredUser;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    gmina = await createMunicipality(t.db, { name: 'Gmina Kategorii' });
    other = await createMunicipality(t.db, { name: 'Gmina Obok' });
    held = await createCategory(t.db, { municipalityId: gmina.id });
    open = await createCategory(t.db, { municipalityId: gmina.id });
    moderator = await registerUser(t.client(), { displayName: 'Moderatorka Kasia' });
    official = await registerUser(t.client(), { displayName: 'Urzędnik Tomek' });
    outsider = await registerUser(t.client(), { displayName: 'Moderator Obcy' });
    veteran = await registerUser(t.client(), { displayName: 'Stała Bywalczyni' });
    await grantRole(t.db, moderator.id, gmina.id, 'MODERATOR');
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    await grantRole(t.db, outsider.id, other.id, 'MODERATOR');
    await moderator.client.data(SET_CATEGORY, {
      input: { categoryId: held, premoderation: true, premoderationAccountDays: 30 },
    });
  }, 120_000);
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t?.close();
  });

  async function newcomer(name: string): Promise<RegisteredUser> {
    return registerUser(t.client(), { displayName: name });
  }

  async function replyAs(client: GraphQLClient, threadId: string, body: string): Promise<boolean> {
    const data = await client.data<{ replyToPost: { awaitingModeration: boolean } }>(REPLY_AS, {
      input: { threadId, body },
    });
    return data.replyToPost.awaitingModeration;
  }

  it('is set by the category’s moderators and officials, not by others, and shown to them only', async () => {
    expect(
      errorCode(await outsider.client.request(SET_CATEGORY, { input: { categoryId: open, premoderation: true } })),
    ).toBe(ErrorCode.MODERATION_OUT_OF_SCOPE);
    expect(
      errorCode(await veteran.client.request(SET_CATEGORY, { input: { categoryId: open, premoderation: true } })),
    ).toBe(ErrorCode.FORBIDDEN);
    const set = await official.client.data<{ setCategoryModerationSettings: Record<string, unknown> }>(SET_CATEGORY, {
      input: { categoryId: open, premoderation: false, premoderationApprovedPosts: 4 },
    });
    expect(set.setCategoryModerationSettings).toEqual({
      categoryId: open,
      inherited: false,
      premoderation: false,
      premoderationAccountDays: 0,
      premoderationApprovedPosts: 4,
    });
    const cleared = await official.client.data<{ setCategoryModerationSettings: Record<string, unknown> }>(
      SET_CATEGORY,
      { input: { categoryId: open, premoderation: null } },
    );
    expect(cleared.setCategoryModerationSettings).toMatchObject({ inherited: true, premoderation: false });

    type View = { forumCategory: { moderationSettings: { premoderation: boolean } | null } };
    expect((await t.client().data<View>(CATEGORY_SETTINGS, { id: held })).forumCategory.moderationSettings).toBeNull();
    expect(
      (await veteran.client.data<View>(CATEGORY_SETTINGS, { id: held })).forumCategory.moderationSettings,
    ).toBeNull();
    expect(
      (await moderator.client.data<View>(CATEGORY_SETTINGS, { id: held })).forumCategory.moderationSettings,
    ).toEqual({ inherited: false, premoderation: true });
  });

  it('holds new accounts’ replies in that category only, and its own setting overrides the municipality’s', async () => {
    const inHeld = await createThread(moderator.client, held, { title: 'Kategoria wstrzymana' });
    const inOpen = await createThread(moderator.client, open, { title: 'Kategoria otwarta' });
    const nowy = await newcomer('Nowy Karol');
    expect(await replyAs(nowy.client, inHeld.id, 'Wstrzymana odpowiedź')).toBe(true);
    expect(await replyAs(nowy.client, inOpen.id, 'Od razu widoczna')).toBe(false);

    // The municipality turns it on everywhere; the category that says "off" stays open.
    await official.client.data(SETTINGS, {
      input: { municipalityId: gmina.id, flagThreshold: 3, premoderation: true, premoderationAccountDays: 30 },
    });
    try {
      await moderator.client.data(SET_CATEGORY, { input: { categoryId: open, premoderation: false } });
      expect(await replyAs(nowy.client, inOpen.id, 'Nadal widoczna')).toBe(false);
      await moderator.client.data(SET_CATEGORY, { input: { categoryId: open, premoderation: null } });
      expect(await replyAs(nowy.client, inOpen.id, 'Teraz wstrzymana')).toBe(true);
    } finally {
      await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, flagThreshold: 3 } });
    }
  });

  it('holds a new thread: its author sees it awaiting moderation, nobody else sees anything until approval', async () => {
    const observer = io(t.url, { path: SOCKET_PATH, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(observer);
    await new Promise<void>((resolve, reject) => {
      observer.once('connect', resolve);
      observer.once('connect_error', reject);
    });
    expect((await observer.timeout(5000).emitWithAck('room.join', { room: `category:${held}` })).ok).toBe(true);
    const received: CategoryThreadPayload[] = [];
    observer.on('category.thread', (payload) => received.push(payload));

    const [{ handle }] = (await t.db.query('SELECT handle FROM users WHERE id = $1', [veteran.id])) as {
      handle: string;
    }[];
    type Count = { forumCategory: { threadCount: number } };
    const countBefore = (await t.client().data<Count>(CATEGORY_SETTINGS, { id: held })).forumCategory.threadCount;
    const author = await newcomer('Nowa Weronika');
    const { createThread: thread } = await author.client.data<{
      createThread: { id: string; awaitingModeration: boolean };
    }>(START, {
      input: { categoryId: held, title: 'Niepotwierdzonytytuł wątku', body: `Pierwszy wpis, pytam @${handle}` },
    });
    expect(thread.awaitingModeration).toBe(true);

    type List = { forumThreads: { nodes: { id: string }[] } };
    const listed = async (client: GraphQLClient) =>
      (await client.data<List>(THREADS, { categoryId: held })).forumThreads.nodes.map((n) => n.id);
    expect(await listed(author.client)).toContain(thread.id);
    expect(
      (await author.client.data<{ forumThread: { awaitingModeration: boolean } }>(THREAD, { id: thread.id }))
        .forumThread.awaitingModeration,
    ).toBe(true);
    expect(
      (
        await author.client.data<{ threadPosts: { nodes: { awaitingModeration: boolean }[] } }>(POSTS, {
          threadId: thread.id,
        })
      ).threadPosts.nodes.map((p) => p.awaitingModeration),
    ).toEqual([true]);
    for (const client of [t.client(), veteran.client]) {
      expect(await listed(client)).not.toContain(thread.id);
      expect(errorCode(await client.request(THREAD, { id: thread.id }))).toBe(ErrorCode.NOT_FOUND);
      expect(
        (await client.data<{ threadPosts: { nodes: unknown[] } }>(POSTS, { threadId: thread.id })).threadPosts.nodes,
      ).toEqual([]);
    }
    expect((await t.client().data<Count>(CATEGORY_SETTINGS, { id: held })).forumCategory.threadCount).toBe(countBefore);
    const search = await t.client().data<{ forumSearch: { nodes: { thread: { id: string } }[] } }>(SEARCH, {
      query: 'niepotwierdzonytytuł',
    });
    expect(search.forumSearch.nodes).toEqual([]);
    const mentions = async () =>
      (
        (await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND type = 'MENTION'`, [
          veteran.id,
        ])) as { n: number }[]
      )[0].n;
    expect(await mentions()).toBe(0);

    const [{ firstPostId }] = (await t.db.query(
      'SELECT id AS "firstPostId" FROM forum_posts WHERE thread_id = $1 AND number = 1',
      [thread.id],
    )) as { firstPostId: string }[];
    // Nothing was pushed to the category while it waited.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received.filter((p) => p.threadId === thread.id)).toEqual([]);

    await moderator.client.data(APPROVE, { input: { kind: 'POST', itemId: firstPostId } });
    expect(
      await arrival(received, (items) => items.find((p) => p.threadId === thread.id && p.kind === 'thread.created')),
    ).toEqual({ categoryId: held, threadId: thread.id, kind: 'thread.created' });
    expect(await listed(veteran.client)).toContain(thread.id);
    expect(
      (await t.client().data<{ forumThread: { awaitingModeration: boolean } }>(THREAD, { id: thread.id })).forumThread
        .awaitingModeration,
    ).toBe(false);
    expect((await t.client().data<Count>(CATEGORY_SETTINGS, { id: held })).forumCategory.threadCount).toBe(
      countBefore + 1,
    );
    expect(await mentions()).toBe(1);
  });
});
