import { GraphQLSchemaHost } from '@nestjs/graphql';
import { clientOperation } from '../bench/client-documents.js';
import { planReadCache } from '../src/common/read-cache/read-cache-plan.js';
import { READ_CACHE_HEADER } from '../src/common/read-cache/read-cache.middleware.js';
import { ReadCacheRepository } from '../src/common/read-cache/read-cache.repository.js';
import { registerUser, STRONG_PASSWORD, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, reply } from './support/forum-factories.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * The anonymous read cache (server/src/common/read-cache/): a visitor's thread page may come from memory, but never
 * stale — every change to what the page shows, by the API or straight in the database, is in the very next read.
 */

const PAGE = `query Page($threadId: ID!) { threadPosts(threadId: $threadId, first: 50) {
  nodes { id number bodyHtml hiddenReason deleted score reactedByMe replyCount
          author { id displayName handle } organisation { id name verified } }
  pageInfo { endCursor hasNextPage } } }`;

interface PageData {
  threadPosts: {
    nodes: {
      id: string;
      number: number;
      bodyHtml: string | null;
      hiddenReason: string | null;
      deleted: boolean;
      score: number;
      reactedByMe: boolean;
      author: { displayName: string } | null;
      organisation: { name: string; verified: boolean } | null;
    }[];
  };
}

interface Answer {
  cache: string | null;
  text: string;
  data: PageData;
}

describe('anonymous read cache', () => {
  let t: TestApp;
  let anna: RegisteredUser;
  let jan: RegisteredUser;
  let threadId: string;

  async function anonymous(query = PAGE, variables: Record<string, unknown> = { threadId }): Promise<Answer> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return {
      cache: response.headers.get(READ_CACHE_HEADER),
      text,
      data: (JSON.parse(text) as { data: PageData }).data,
    };
  }

  /** Reads twice: the first read after a change must show it; the second is then served from memory. */
  async function settled(): Promise<Answer> {
    const first = await anonymous();
    const second = await anonymous();
    expect(second).toEqual({ ...first, cache: 'hit' });
    return first;
  }

  beforeAll(async () => {
    t = await startTestApp();
    anna = await registerUser(t.client(), { displayName: 'Anna' });
    jan = await registerUser(t.client(), { displayName: 'Jan' });
    threadId = (await createThread(anna.client, await createCategory(t.db), { body: 'Pierwszy post' })).id;
  });
  afterAll(() => t.close());

  it('answers a repeated anonymous page from memory with one SQL statement and the same bytes', async () => {
    const first = await anonymous();
    expect(first.cache).toBe('miss');
    let second: Answer | undefined;
    const { statements } = await countStatements(t.db, async () => {
      second = await anonymous();
    });
    expect(second?.cache).toBe('hit');
    expect(second?.text).toBe(first.text);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/read_version/);
  });

  it('shows a new reply in the very next read', async () => {
    await settled();
    await reply(jan.client, threadId, 'Nowa odpowiedź');
    const next = await anonymous();
    expect(next.cache).toBe('miss');
    expect(next.data.threadPosts.nodes.map((p) => p.bodyHtml)).toContain('<p>Nowa odpowiedź</p>\n');
  });

  it("writes a reply's thread row once: one new version of the busiest row per reply, however many statements", async () => {
    const version = async () =>
      Number(
        (
          await t.db.query<{ v: string }[]>('SELECT read_version::text AS v FROM forum_threads WHERE id = $1', [
            threadId,
          ])
        )[0].v,
      );
    const before = await version();
    const first = await reply(jan.client, threadId, 'Raz');
    // A reply to a reply also counts itself on its parent, a second statement on the thread's posts.
    await reply(anna.client, threadId, 'Dwa', { parentId: first.id });
    expect(await version()).toBe(before + 2);

    // A transaction that changes posts without writing the thread row still moves the version, once per statement.
    await t.db.query(`UPDATE forum_posts SET body_html = body_html WHERE id = $1`, [first.id]);
    expect(await version()).toBe(before + 3);
  });

  it('shows reactions, edits and deletions through the API in the very next read', async () => {
    const post = await reply(jan.client, threadId, 'Do zmiany');
    await settled();
    await anna.client.data(`mutation($id: ID!) { togglePostReaction(id: $id) { reacted } }`, { id: post.id });
    expect((await anonymous()).data.threadPosts.nodes.find((p) => p.id === post.id)?.score).toBe(1);

    await settled();
    await jan.client.data(`mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, {
      input: { postId: post.id, body: 'Zmienione' },
    });
    expect((await anonymous()).data.threadPosts.nodes.find((p) => p.id === post.id)?.bodyHtml).toBe(
      '<p>Zmienione</p>\n',
    );

    await settled();
    await jan.client.data(`mutation($id: ID!) { deletePost(id: $id) { id } }`, { id: post.id });
    expect((await anonymous()).data.threadPosts.nodes.find((p) => p.id === post.id)?.deleted).toBe(true);
  });

  it('counts changes made by any path, even straight in the database', async () => {
    const post = await reply(jan.client, threadId, 'Do ukrycia');
    await settled();
    await t.db.query(`UPDATE forum_posts SET hidden_reason = 'Spam', hidden_at = now() WHERE id = $1`, [post.id]);
    expect((await anonymous()).data.threadPosts.nodes.find((p) => p.id === post.id)?.hiddenReason).toBe('Spam');

    await settled();
    await t.db.query(`UPDATE users SET display_name = 'Jan Nowy' WHERE id = $1`, [jan.id]);
    const renamed = await anonymous();
    expect(renamed.cache).toBe('miss');
    expect(renamed.data.threadPosts.nodes.find((p) => p.id === post.id)?.author?.displayName).toBe('Jan Nowy');

    const organisationId = await t.db.transaction(async (tx) => {
      const [{ id }] = await tx.query<{ id: string }[]>(
        `INSERT INTO organisations (name) VALUES ('Fundacja Testowa') RETURNING id`,
      );
      await tx.query(`INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [
        id,
        jan.id,
      ]);
      return id;
    });
    await t.db.query(`UPDATE forum_posts SET organisation_id = $2 WHERE id = $1`, [post.id, organisationId]);
    await settled();
    await t.db.query(`UPDATE organisations SET verified_at = now() WHERE id = $1`, [organisationId]);
    expect((await anonymous()).data.threadPosts.nodes.find((p) => p.id === post.id)?.organisation).toEqual({
      id: organisationId,
      name: 'Fundacja Testowa',
      verified: true,
    });
  });

  it('shows a deleted account as deleted in the very next read', async () => {
    const leaving = await registerUser(t.client(), { displayName: 'Odchodzący' });
    const post = await reply(leaving.client, threadId, 'Do widzenia');
    expect((await settled()).data.threadPosts.nodes.find((p) => p.id === post.id)?.author?.displayName).toBe(
      'Odchodzący',
    );
    await leaving.client.data(`mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`, {
      input: { password: STRONG_PASSWORD },
    });
    expect((await anonymous()).data.threadPosts.nodes.find((p) => p.id === post.id)?.author?.displayName).not.toBe(
      'Odchodzący',
    );
  });

  it('never answers a logged-in reader from memory', async () => {
    const [first] = (await settled()).data.threadPosts.nodes;
    await anna.client.data(`mutation($id: ID!) { togglePostReaction(id: $id) { reacted } }`, { id: first?.id });
    await settled();
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: anna.client.cookie ?? '' },
      body: JSON.stringify({ query: PAGE, variables: { threadId } }),
    });
    expect(response.headers.get(READ_CACHE_HEADER)).toBeNull();
    const data = ((await response.json()) as { data: PageData }).data;
    expect(data.threadPosts.nodes[0]?.reactedByMe).toBe(true);
  });

  it('executes documents with fields off the list, several root fields or directives', async () => {
    for (const query of [
      `query($threadId: ID!) { threadPosts(threadId: $threadId, first: 5) { nodes { id mentions { id } } } }`,
      `query($threadId: ID!) { a: threadPosts(threadId: $threadId, first: 5) { nodes { id } }
                               b: threadPosts(threadId: $threadId, first: 6) { nodes { id } } }`,
      `query($threadId: ID!, $x: Boolean!) { threadPosts(threadId: $threadId, first: 5) { nodes { id @include(if: $x) } } }`,
      `query($threadId: ID!) { threadPosts(threadId: $threadId, first: 5) { nodes { id } } serviceAreas { code } }`,
    ]) {
      for (let i = 0; i < 2; i++) {
        expect((await anonymous(query, { threadId, x: true })).cache).toBeNull();
      }
    }
  });

  it('never keeps an answer with errors', async () => {
    const unknown = { threadId: '00000000-0000-4000-8000-000000000000' };
    for (let i = 0; i < 2; i++) {
      const answer = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: PAGE, variables: unknown }),
      });
      expect(answer.headers.get(READ_CACHE_HEADER)).not.toBe('hit');
      expect(((await answer.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    }
  });

  it('gives concurrent first readers the same answer', async () => {
    await reply(jan.client, threadId, 'Jeszcze jedna');
    const answers = await Promise.all(Array.from({ length: 10 }, () => anonymous()));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => a.cache === 'miss').length).toBeGreaterThanOrEqual(1);
  });

  it('checks the versions of reads arriving together in one statement, each answered for its own threads', async () => {
    const other = (await createThread(jan.client, await createCategory(t.db), { body: 'Inny wątek' })).id;
    const missing = '00000000-0000-4000-8000-000000000000';
    const versions = t.app.get(ReadCacheRepository);
    const alone = await Promise.all([versions.versionOf([threadId]), versions.versionOf([other])]);
    await reply(jan.client, other, 'Zmienia tylko drugi wątek');
    let together: (string | null)[] = [];
    const { statements } = await countStatements(t.db, async () => {
      together = await Promise.all([
        versions.versionOf([threadId]),
        versions.versionOf([other]),
        versions.versionOf([threadId, missing]),
        versions.versionOf([other, threadId]),
      ]);
    });
    expect(statements).toHaveLength(1);
    const [first, second, withMissing, both] = together;
    expect(first).toBe(alone[0]);
    expect(second).not.toBe(alone[1]);
    expect(second).toMatch(/^\d+:\d+$/);
    // A thread that does not exist makes the answer an error, never stored.
    expect(withMissing).toBeNull();
    expect(both).toBe(await versions.versionOf([threadId, other]));
  });

  it("can serve the client's own thread page document", () => {
    const document = clientOperation('ThreadPosts', [
      'forum/graphql/threadPosts.graphql',
      'forum/graphql/fragments.graphql',
      'organisations/graphql/fragments.graphql',
    ]);
    const plan = planReadCache(t.app.get(GraphQLSchemaHost).schema, document, 'ThreadPosts');
    expect(plan?.threadIds({ threadId, order: 'OLDEST' })).toEqual([threadId]);
  });
});
