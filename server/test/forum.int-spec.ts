import { ErrorCode, FieldErrorCode, FORUM_LIMITS } from '@ratusz/shared';
import { ThreadSubjectType } from '../src/forum/models/forum.model.js';
import { PostService } from '../src/forum/services/post.service.js';
import { errorCode } from './support/graphql-client.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { CREATE_THREAD, REPLY, createCategory, createThread, reply } from './support/forum-factories.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const POSTS = `query($threadId: ID!, $first: Int!, $after: String, $order: PostOrder, $root: ID) {
  threadPosts(threadId: $threadId, first: $first, after: $after, order: $order, rootPostId: $root) {
    nodes { id number depth bodyHtml deleted score replyCount reactedByMe author { displayName } }
    pageInfo { endCursor hasNextPage }
  }
}`;

type Post = {
  id: string;
  number: number;
  depth: number;
  bodyHtml: string | null;
  deleted: boolean;
  score: number;
  replyCount: number;
};

describe('forum', () => {
  let t: TestApp;
  let anna: RegisteredUser;
  let jan: RegisteredUser;
  let categoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    anna = await registerUser(t.client(), { displayName: 'Anna' });
    jan = await registerUser(t.client(), { displayName: 'Jan' });
    categoryId = await createCategory(t.db);
  });
  afterAll(() => t.close());

  async function posts(threadId: string, extra: Record<string, unknown> = {}): Promise<Post[]> {
    const data = await anna.client.data<{ threadPosts: { nodes: Post[] } }>(POSTS, { threadId, first: 100, ...extra });
    return data.threadPosts.nodes;
  }

  describe('threads and replies', () => {
    it('creates a thread with its first post rendered from markdown', async () => {
      const thread = await createThread(anna.client, categoryId, { body: 'Spotkania **po 17:00**' });
      const [first] = await posts(thread.id);
      expect(first).toMatchObject({ number: 1, depth: 0, bodyHtml: '<p>Spotkania <strong>po 17:00</strong></p>\n' });
    });

    it('nests replies at any depth and returns them depth-first, oldest sibling first', async () => {
      const thread = await createThread(anna.client, categoryId);
      const a = await reply(jan.client, thread.id, 'A');
      const b = await reply(anna.client, thread.id, 'B');
      let parent = a.id;
      for (let depth = 2; depth <= 9; depth++)
        parent = (await reply(jan.client, thread.id, `A-${depth}`, { parentId: parent })).id;
      const a2 = await reply(anna.client, thread.id, 'A-bis', { parentId: a.id });

      const all = await posts(thread.id);
      expect(all.map((p) => p.bodyHtml?.replace(/<\/?p>\n?/g, ''))).toEqual([
        'Pierwszy post',
        'A',
        'A-2',
        'A-3',
        'A-4',
        'A-5',
        'A-6',
        'A-7',
        'A-8',
        'A-9',
        'A-bis',
        'B',
      ]);
      expect(all.find((p) => p.id === a.id)?.replyCount).toBe(2);
      expect(all.at(-2)).toMatchObject({ id: a2.id, depth: 2 });
      expect(all.at(-1)).toMatchObject({ id: b.id, depth: 1 });
      expect(Math.max(...all.map((p) => p.depth))).toBe(9);

      const subtree = await posts(thread.id, { root: a.id });
      expect(subtree[0].id).toBe(a.id);
      expect(subtree).toHaveLength(10);
    });

    it('pages a thread with cursors and orders siblings by score on request', async () => {
      const thread = await createThread(anna.client, categoryId);
      const replies = [];
      for (let i = 1; i <= 5; i++) replies.push(await reply(jan.client, thread.id, `R${i}`));
      await anna.client.data(`mutation($id: ID!) { togglePostReaction(id: $id) { reacted } }`, { id: replies[3].id });

      const first = await anna.client.data<{ threadPosts: { nodes: Post[]; pageInfo: { endCursor: string } } }>(POSTS, {
        threadId: thread.id,
        first: 4,
      });
      const second = await anna.client.data<{ threadPosts: { nodes: Post[]; pageInfo: { hasNextPage: boolean } } }>(
        POSTS,
        {
          threadId: thread.id,
          first: 4,
          after: first.threadPosts.pageInfo.endCursor,
        },
      );
      expect([...first.threadPosts.nodes, ...second.threadPosts.nodes].map((p) => p.number)).toEqual([
        1, 2, 3, 4, 5, 6,
      ]);
      expect(second.threadPosts.pageInfo.hasNextPage).toBe(false);

      const best = await posts(thread.id, { order: 'BEST' });
      expect(best.map((p) => p.number)).toEqual([1, 5, 2, 3, 4, 6]);
      expect(best.find((p) => p.number === 5)).toMatchObject({ score: 1, reactedByMe: true });
    });

    it('loads a page of 10 and of 50 posts with the same number of SQL statements', async () => {
      const thread = await createThread(anna.client, categoryId);
      for (let i = 0; i < 50; i++) await reply(i % 2 ? anna.client : jan.client, thread.id, `Głos ${i}`);
      const small = await countStatements(t.db, () => anna.client.data(POSTS, { threadId: thread.id, first: 10 }));
      const large = await countStatements(t.db, () => anna.client.data(POSTS, { threadId: thread.id, first: 50 }));
      expect(large.count).toBe(small.count);
    });

    it('reads what a reply checks (thread, parent, block, pre-moderation) in one statement before claiming', async () => {
      const thread = await createThread(anna.client, categoryId);
      // Anna's own thread and post: nobody to notify, so no earlier reply's after-commit work runs into the count.
      const parent = await reply(anna.client, thread.id, 'Rodzic');
      const { statements } = await countStatements(t.db, () =>
        reply(anna.client, thread.id, 'Odpowiedź', { parentId: parent.id }),
      );
      const begin = statements.indexOf('START TRANSACTION');
      const claim = statements.findIndex((sql) => sql.startsWith('WITH changed AS (UPDATE forum_threads'));
      expect(begin).toBeGreaterThanOrEqual(0);
      const beforeClaim = statements.slice(begin + 1, claim);
      expect(beforeClaim).toHaveLength(1);
      expect(beforeClaim[0]).toMatch(/moderation_sanctions.*forum_category_moderation_settings/);
    });

    it('opens only general threads through the API', async () => {
      const refused = await anna.client.request(CREATE_THREAD, {
        input: {
          categoryId,
          title: 'Podpięty wątek',
          body: 'Treść',
          subjectType: 'CONSULTATION',
          subjectId: '3b241101-e2bb-4255-8caf-4136c566a962',
        },
      });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(await t.db.query(`SELECT 1 FROM forum_threads WHERE title = 'Podpięty wątek'`)).toEqual([]);
    });

    it('allows a stance only in threads about a consultation', async () => {
      const general = await createThread(anna.client, categoryId);
      const refused = await jan.client.request(REPLY, { input: { threadId: general.id, body: 'Za', stance: 'FOR' } });
      expect(errorCode(refused)).toBe(ErrorCode.BAD_USER_INPUT);

      // Opened as the consultations feature opens its debate (the API opens general threads only).
      const consultation = await t.app.get(PostService).createThread(
        { userId: anna.id, sessionId: '', isAdmin: false },
        {
          categoryId,
          title: 'Debata',
          body: 'Zapraszamy',
          subjectType: ThreadSubjectType.CONSULTATION,
          subjectId: '3b241101-e2bb-4255-8caf-4136c566a962',
        },
      );
      const post = await jan.client.data<{ replyToPost: { stance: string } }>(REPLY, {
        input: { threadId: consultation.id, body: 'Jestem za', stance: 'AGAINST' },
      });
      expect(post.replyToPost.stance).toBe('AGAINST');
    });
  });

  describe('bad input', () => {
    it.each([
      ['empty body', { title: 'Tytuł', body: '' }, 'body', FieldErrorCode.REQUIRED],
      [
        'body over 20,000 characters',
        { title: 'Tytuł', body: 'x'.repeat(FORUM_LIMITS.bodyMax + 1) },
        'body',
        FieldErrorCode.TOO_LONG,
      ],
      [
        'title over 200 characters',
        { title: 'x'.repeat(FORUM_LIMITS.titleMax + 1), body: 'Treść' },
        'title',
        FieldErrorCode.TOO_LONG,
      ],
      ['empty title', { title: '', body: 'Treść' }, 'title', FieldErrorCode.REQUIRED],
    ])('refuses a thread with %s and stores nothing', async (_label, values, field, code) => {
      const before = await t.db.query('SELECT count(*)::int AS n FROM forum_threads');
      const result = await anna.client.request(CREATE_THREAD, { input: { categoryId, ...values } });
      expect(errorCode(result)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(result.errors?.[0].extensions?.fieldErrors?.[0]).toMatchObject({ field, code });
      expect(await t.db.query('SELECT count(*)::int AS n FROM forum_threads')).toEqual(before);
    });

    it('accepts a body of exactly 20,000 characters', async () => {
      const thread = await createThread(anna.client, categoryId, { body: 'ż'.repeat(FORUM_LIMITS.bodyMax) });
      expect(thread.id).toBeDefined();
    });

    it('refuses writes from anonymous users with UNAUTHENTICATED', async () => {
      const thread = await createThread(anna.client, categoryId);
      const anonymous = t.client();
      expect(errorCode(await anonymous.request(REPLY, { input: { threadId: thread.id, body: 'x' } }))).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
      expect(errorCode(await anonymous.request(CREATE_THREAD, { input: { categoryId, title: 't', body: 'b' } }))).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    });

    it('refuses replies in a locked thread (THREAD_LOCKED) and leaves no half-written post', async () => {
      const admin = await registerUser(t.client());
      await makeAdmin(t.db, admin.id);
      const thread = await createThread(anna.client, categoryId);
      await admin.client.data(`mutation($input: ThreadFlagsInput!) { setThreadFlags(input: $input) { locked } }`, {
        input: { threadId: thread.id, locked: true },
      });
      const result = await jan.client.request(REPLY, { input: { threadId: thread.id, body: 'Za późno' } });
      expect(errorCode(result)).toBe(ErrorCode.THREAD_LOCKED);
      expect(await posts(thread.id)).toHaveLength(1);
      const [row] = await t.db.query('SELECT post_count, last_post_number FROM forum_threads WHERE id = $1', [
        thread.id,
      ]);
      expect(row).toEqual({ post_count: 1, last_post_number: 1 });
    });

    it('refuses replies to a deleted post (POST_DELETED) and to an unknown one (NOT_FOUND)', async () => {
      const thread = await createThread(anna.client, categoryId);
      const post = await reply(jan.client, thread.id, 'Usunę to');
      await jan.client.data(`mutation($id: ID!) { deletePost(id: $id) { deleted } }`, { id: post.id });
      const toDeleted = await anna.client.request(REPLY, {
        input: { threadId: thread.id, parentId: post.id, body: 'x' },
      });
      expect(errorCode(toDeleted)).toBe(ErrorCode.POST_DELETED);
      const toUnknown = await anna.client.request(REPLY, {
        input: { threadId: thread.id, parentId: '00000000-0000-4000-8000-000000000000', body: 'x' },
      });
      expect(errorCode(toUnknown)).toBe(ErrorCode.NOT_FOUND);
      const unknownThread = await anna.client.request(POSTS, {
        threadId: '00000000-0000-4000-8000-000000000000',
        first: 5,
      });
      expect(errorCode(unknownThread)).toBe(ErrorCode.NOT_FOUND);
      const toOtherThread = await anna.client.request(REPLY, {
        input: { threadId: '00000000-0000-4000-8000-000000000000', body: 'x' },
      });
      expect(errorCode(toOtherThread)).toBe(ErrorCode.NOT_FOUND);
      const elsewhere = await reply(jan.client, (await createThread(anna.client, categoryId)).id, 'W innym wątku');
      const toPostOfAnotherThread = await anna.client.request(REPLY, {
        input: { threadId: thread.id, parentId: elsewhere.id, body: 'x' },
      });
      expect(errorCode(toPostOfAnotherThread)).toBe(ErrorCode.NOT_FOUND);
      expect((await posts(thread.id)).map((p) => p.number)).toEqual([1, 2]);
    });

    it('hangs a reply without a parent under the first post, even when its author deleted it', async () => {
      const thread = await createThread(anna.client, categoryId);
      const [first] = await posts(thread.id);
      await anna.client.data(`mutation($id: ID!) { deletePost(id: $id) { deleted } }`, { id: first!.id });
      const answer = await reply(jan.client, thread.id, 'Odpowiedź mimo to');
      expect(answer).toMatchObject({ number: 2, depth: 1, parentId: first!.id });
    });

    it('forbids editing or deleting someone else’s post', async () => {
      const thread = await createThread(anna.client, categoryId);
      const post = await reply(jan.client, thread.id, 'Mój post');
      const edit = await anna.client.request(`mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, {
        input: { postId: post.id, body: 'Podmiana' },
      });
      expect(errorCode(edit)).toBe(ErrorCode.FORBIDDEN);
      expect(
        errorCode(await anna.client.request(`mutation($id: ID!) { deletePost(id: $id) { id } }`, { id: post.id })),
      ).toBe(ErrorCode.FORBIDDEN);
      expect((await posts(thread.id))[1].bodyHtml).toBe('<p>Mój post</p>\n');
    });

    it('refuses a flag change that changes nothing, and a forged page position', async () => {
      const thread = await createThread(anna.client, categoryId);
      const empty = await anna.client.request(
        `mutation($input: ThreadFlagsInput!) { setThreadFlags(input: $input) { pinned } }`,
        {
          input: { threadId: thread.id },
        },
      );
      expect(errorCode(empty)).toBe(ErrorCode.BAD_USER_INPUT);
      const forged = Buffer.from(JSON.stringify(['abc', 'x'])).toString('base64url');
      const search = await anna.client.request(
        `query($a: String) { forumSearch(query: "post", first: 5, after: $a) { nodes { postId } } }`,
        {
          a: forged,
        },
      );
      expect(search.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'after', code: FieldErrorCode.INVALID }]);
      const best = await anna.client.request(POSTS, { threadId: thread.id, first: 5, order: 'BEST', after: forged });
      expect(errorCode(best)).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('forbids pinning for residents', async () => {
      const thread = await createThread(anna.client, categoryId);
      const result = await anna.client.request(
        `mutation($input: ThreadFlagsInput!) { setThreadFlags(input: $input) { pinned } }`,
        {
          input: { threadId: thread.id, pinned: true },
        },
      );
      expect(errorCode(result)).toBe(ErrorCode.FORBIDDEN);
    });
  });

  describe('edits, deletes, reactions', () => {
    it('keeps the full edit history and marks the post edited', async () => {
      const thread = await createThread(anna.client, categoryId);
      const post = await reply(jan.client, thread.id, 'Wersja 1');
      const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { bodyHtml editedAt } }`;
      await jan.client.data(EDIT, { input: { postId: post.id, body: 'Wersja 2' } });
      const edited = await jan.client.data<{ editPost: { bodyHtml: string; editedAt: string } }>(EDIT, {
        input: { postId: post.id, body: 'Wersja 3' },
      });
      expect(edited.editPost.bodyHtml).toBe('<p>Wersja 3</p>\n');
      expect(edited.editPost.editedAt).not.toBeNull();
      const history = await anna.client.data<{
        postRevisions: { previousSource: string; editor: { displayName: string } }[];
      }>(`query($id: ID!) { postRevisions(id: $id) { previousSource editedAt editor { displayName } } }`, {
        id: post.id,
      });
      expect(history.postRevisions.map((r) => r.previousSource)).toEqual(['Wersja 2', 'Wersja 1']);
      expect(history.postRevisions[0].editor.displayName).toBe('Jan');
    });

    it('leaves a tombstone that keeps the replies', async () => {
      const thread = await createThread(anna.client, categoryId);
      const post = await reply(jan.client, thread.id, 'Do usunięcia');
      await jan.client.data(`mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, {
        input: { postId: post.id, body: 'Do usunięcia, poprawione' },
      });
      const child = await reply(anna.client, thread.id, 'Odpowiedź', { parentId: post.id });
      await jan.client.data(`mutation($id: ID!) { deletePost(id: $id) { deleted } }`, { id: post.id });
      const all = await posts(thread.id);
      expect(all.find((p) => p.id === post.id)).toMatchObject({ deleted: true, bodyHtml: null });
      expect(all.find((p) => p.id === child.id)).toMatchObject({ deleted: false, depth: 2 });
      const history = await anna.client.data<{ postRevisions: unknown[] }>(
        `query($id: ID!) { postRevisions(id: $id) { id } }`,
        {
          id: post.id,
        },
      );
      expect(history.postRevisions).toEqual([]);
    });

    it('counts upvotes exactly under concurrent clicks, one per user, toggled', async () => {
      const thread = await createThread(anna.client, categoryId);
      const post = await reply(jan.client, thread.id, 'Głosujcie');
      const voters = await Promise.all(Array.from({ length: 12 }, () => registerUser(t.client())));
      const TOGGLE = `mutation($id: ID!) { togglePostReaction(id: $id) { reacted post { score } } }`;
      // Every voter clicks three times at once: an odd number of toggles leaves one upvote each.
      await Promise.all(voters.flatMap((v) => [1, 2, 3].map(() => v.client.data(TOGGLE, { id: post.id }))));
      const [row] = await t.db.query(
        'SELECT score, (SELECT count(*)::int FROM forum_reactions WHERE post_id = $1) AS reactions FROM forum_posts WHERE id = $1',
        [post.id],
      );
      expect(row).toEqual({ score: 12, reactions: 12 });
    });
  });

  describe('unread state', () => {
    it('counts unread posts per user and jumps to the first unread one', async () => {
      const thread = await createThread(anna.client, categoryId);
      for (let i = 0; i < 4; i++) await reply(anna.client, thread.id, `Nowość ${i}`);
      const Q = `query($id: ID!) { forumThread(id: $id) { unreadCount firstUnreadNumber lastPostNumber } }`;
      expect(await jan.client.data(Q, { id: thread.id })).toEqual({
        forumThread: { unreadCount: 5, firstUnreadNumber: 1, lastPostNumber: 5 },
      });
      expect(
        await jan.client.data(`mutation($t: ID!) { markThreadRead(threadId: $t, number: 3) }`, { t: thread.id }),
      ).toEqual({
        markThreadRead: 3,
      });
      // An older tab reporting an earlier position does not move it back.
      await jan.client.data(`mutation($t: ID!) { markThreadRead(threadId: $t, number: 2) }`, { t: thread.id });
      expect(await jan.client.data(Q, { id: thread.id })).toEqual({
        forumThread: { unreadCount: 2, firstUnreadNumber: 4, lastPostNumber: 5 },
      });
      expect(await t.client().data(Q, { id: thread.id })).toEqual({
        forumThread: { unreadCount: null, firstUnreadNumber: null, lastPostNumber: 5 },
      });
    });

    it('lists threads pinned first, then by last activity, with unread counts', async () => {
      const admin = await registerUser(t.client());
      await makeAdmin(t.db, admin.id);
      const own = await createCategory(t.db);
      const old = await createThread(anna.client, own, { title: 'Stary' });
      const pinned = await createThread(anna.client, own, { title: 'Przypięty' });
      const fresh = await createThread(anna.client, own, { title: 'Świeży' });
      await reply(jan.client, old.id, 'ożywiam');
      await admin.client.data(`mutation($input: ThreadFlagsInput!) { setThreadFlags(input: $input) { pinned } }`, {
        input: { threadId: pinned.id, pinned: true },
      });
      const list = await jan.client.data<{ forumThreads: { nodes: { title: string; unreadCount: number }[] } }>(
        `query($c: ID!) { forumThreads(categoryId: $c, first: 10) { nodes { title unreadCount pinned } } }`,
        { c: own },
      );
      expect(list.forumThreads.nodes.map((n) => n.title)).toEqual(['Przypięty', 'Stary', 'Świeży']);
      expect(list.forumThreads.nodes[1].unreadCount).toBe(2);
      void fresh;
    });
  });

  describe('search', () => {
    it('finds posts and titles without diacritics and marks the match in a snippet', async () => {
      const own = await createCategory(t.db);
      const thread = await createThread(anna.client, own, { title: 'Gospodarka odpadami w Łużnej' });
      await reply(jan.client, thread.id, 'Żółć, gęślą, jaźń – test polskich znaków. <script>x</script>');
      const SEARCH = `query($q: String!, $c: ID) { forumSearch(query: $q, categoryId: $c, first: 10) {
        nodes { postId postNumber snippetHtml thread { title } } } }`;
      const found = await t
        .client()
        .data<{ forumSearch: { nodes: { postId: string | null; snippetHtml: string }[] } }>(SEARCH, {
          q: 'zolc',
          c: own,
        });
      expect(found.forumSearch.nodes).toHaveLength(1);
      expect(found.forumSearch.nodes[0].snippetHtml).toContain('<mark>Żółć</mark>');
      expect(found.forumSearch.nodes[0].snippetHtml).toContain('&lt;script&gt;');

      const byTitle = await t
        .client()
        .data<{ forumSearch: { nodes: { postId: string | null; thread: { title: string } }[] } }>(SEARCH, {
          q: 'luzn',
          c: own,
        });
      expect(byTitle.forumSearch.nodes[0]).toMatchObject({
        postId: null,
        thread: { title: 'Gospodarka odpadami w Łużnej' },
      });
    });

    it('filters by municipality', async () => {
      const gmina = await createMunicipality(t.db, { name: 'Klembów' });
      const local = await createCategory(t.db, { municipalityId: gmina.id });
      await createThread(anna.client, local, { title: 'Kanalizacja w Klembowie unikalnetermin' });
      await createThread(anna.client, categoryId, { title: 'Gdzie indziej unikalnetermin' });
      const data = await t
        .client()
        .data<{ forumSearch: { nodes: { thread: { title: string } }[] } }>(
          `query($m: ID) { forumSearch(query: "unikalnetermin", municipalityId: $m, first: 10) { nodes { thread { title } } } }`,
          { m: gmina.id },
        );
      expect(data.forumSearch.nodes.map((n) => n.thread.title)).toEqual(['Kanalizacja w Klembowie unikalnetermin']);
    });
  });

  describe('categories', () => {
    it('lets an official add a category for their municipality but not a global one', async () => {
      const gmina = await createMunicipality(t.db, { name: 'Poświętne' });
      const official = await registerUser(t.client());
      await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
      const CREATE = `mutation($input: CreateCategoryInput!) { createForumCategory(input: $input) { slug municipality { name } } }`;
      expect(
        await official.client.data(CREATE, {
          input: { slug: 'drogi-gminne', name: 'Drogi gminne', municipalityId: gmina.id },
        }),
      ).toEqual({ createForumCategory: { slug: 'drogi-gminne', municipality: { name: 'Poświętne' } } });
      expect(errorCode(await official.client.request(CREATE, { input: { slug: 'globalna', name: 'Globalna' } }))).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect(
        errorCode(await jan.client.request(CREATE, { input: { slug: 'x-y', name: 'Moja', municipalityId: gmina.id } })),
      ).toBe(ErrorCode.FORBIDDEN);
      const duplicate = await official.client.request(CREATE, {
        input: { slug: 'drogi-gminne', name: 'Znowu', municipalityId: gmina.id },
      });
      expect(errorCode(duplicate)).toBe(ErrorCode.CONFLICT);
      expect(duplicate.errors?.[0].extensions?.fieldErrors).toEqual([
        { field: 'slug', code: FieldErrorCode.SLUG_TAKEN },
      ]);
    });

    it('lets the official rename, reorder and remove their categories, but never one with threads', async () => {
      const gmina = await createMunicipality(t.db, { name: 'Klembów' });
      const other = await createMunicipality(t.db, { name: 'Dąbrówka' });
      const official = await registerUser(t.client());
      await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
      const mine = await createCategory(t.db, { slug: 'sprawy-gminy', municipalityId: gmina.id });
      const theirs = await createCategory(t.db, { slug: 'sprawy-gminy', municipalityId: other.id });
      const UPDATE = `mutation($input: UpdateCategoryInput!) { updateForumCategory(input: $input) { slug name description position viewerCanManage } }`;
      const DELETE = `mutation($id: ID!) { deleteForumCategory(id: $id) { slug } }`;

      expect(
        await official.client.data(UPDATE, {
          input: { id: mine, name: '  Sprawy Klembowa ', description: 'Drogi, śmieci, szkoły', position: 3 },
        }),
      ).toEqual({
        updateForumCategory: {
          slug: 'sprawy-gminy',
          name: 'Sprawy Klembowa',
          description: 'Drogi, śmieci, szkoły',
          position: 3,
          viewerCanManage: true,
        },
      });
      expect(errorCode(await official.client.request(UPDATE, { input: { id: theirs, name: 'Cudza' } }))).toBe(
        ErrorCode.FORBIDDEN,
      );
      expect(errorCode(await jan.client.request(UPDATE, { input: { id: mine, name: 'Moja' } }))).toBe(
        ErrorCode.FORBIDDEN,
      );
      const badSlug = await official.client.request(UPDATE, { input: { id: mine, slug: 'Zła Nazwa' } });
      expect(errorCode(badSlug)).toBe(ErrorCode.BAD_USER_INPUT);
      await createCategory(t.db, { slug: 'zajety', municipalityId: gmina.id });
      expect(errorCode(await official.client.request(UPDATE, { input: { id: mine, slug: 'zajety' } }))).toBe(
        ErrorCode.CONFLICT,
      );

      await createThread(anna.client, mine);
      const notEmpty = await official.client.request(DELETE, { id: mine });
      expect(errorCode(notEmpty)).toBe(ErrorCode.CATEGORY_NOT_EMPTY);
      const [{ n }]: { n: number }[] = await t.db.query(
        'SELECT count(*)::int AS n FROM forum_categories WHERE id = $1',
        [mine],
      );
      expect(n).toBe(1);

      const empty = await createCategory(t.db, { slug: 'do-usuniecia', municipalityId: gmina.id });
      expect(await official.client.data(DELETE, { id: empty })).toEqual({
        deleteForumCategory: { slug: 'do-usuniecia' },
      });
      expect(errorCode(await official.client.request(DELETE, { id: empty }))).toBe(ErrorCode.NOT_FOUND);
    });

    it('keeps network categories apart and leaves them to administrators', async () => {
      const [network]: { id: string }[] = await t.db.query(
        `INSERT INTO networks (name, kind) VALUES ('Sieć testowa ' || gen_random_uuid(), 'EXCHANGE_GROUP') RETURNING id`,
      );
      const admin = await registerUser(t.client());
      await makeAdmin(t.db, admin.id);
      const CREATE = `mutation($input: CreateCategoryInput!) { createForumCategory(input: $input) { id networkId viewerCanManage } }`;
      const LIST = `query($n: ID, $m: ID) { forumCategories(networkId: $n, municipalityId: $m, first: 50) { nodes { id slug } } }`;

      expect(
        errorCode(
          await anna.client.request(CREATE, {
            input: { slug: 'porownania', name: 'Porównania', networkId: network.id },
          }),
        ),
      ).toBe(ErrorCode.FORBIDDEN);
      const created = await admin.client.data<{ createForumCategory: { id: string; networkId: string } }>(CREATE, {
        input: { slug: 'porownania', name: 'Porównania kosztów', networkId: network.id },
      });
      expect(created.createForumCategory).toMatchObject({ networkId: network.id, viewerCanManage: true });

      const inNetwork = await anna.client.data<{ forumCategories: { nodes: { id: string }[] } }>(LIST, {
        n: network.id,
      });
      expect(inNetwork.forumCategories.nodes.map((c) => c.id)).toEqual([created.createForumCategory.id]);
      const global = await anna.client.data<{ forumCategories: { nodes: { id: string }[] } }>(LIST, {});
      expect(global.forumCategories.nodes.map((c) => c.id)).not.toContain(created.createForumCategory.id);

      const both = await admin.client.request(CREATE, {
        input: { slug: 'oba', name: 'Oba', networkId: network.id, municipalityId: network.id },
      });
      expect(errorCode(both)).toBe(ErrorCode.BAD_USER_INPUT);
      const missing = await admin.client.request(CREATE, {
        input: { slug: 'brak', name: 'Brak', networkId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(errorCode(missing)).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('finds one category by id, and null for an unknown id', async () => {
      const id = await createCategory(t.db, { slug: 'po-id' });
      const Q = `query($id: ID!) { forumCategoryById(id: $id) { slug networkId } }`;
      expect(await t.client().data(Q, { id })).toEqual({ forumCategoryById: { slug: 'po-id', networkId: null } });
      expect(await t.client().data(Q, { id: '00000000-0000-4000-8000-000000000000' })).toEqual({
        forumCategoryById: null,
      });
    });

    it('tells each viewer whether they may moderate a thread', async () => {
      const gmina = await createMunicipality(t.db, { name: 'Tłuszcz' });
      const moderator = await registerUser(t.client());
      await grantRole(t.db, moderator.id, gmina.id, 'MODERATOR');
      const category = await createCategory(t.db, { municipalityId: gmina.id });
      const thread = await createThread(anna.client, category);
      const Q = `query($id: ID!) { forumThread(id: $id) { viewerCanModerate category { viewerCanManage } } }`;
      expect(await moderator.client.data(Q, { id: thread.id })).toEqual({
        forumThread: { viewerCanModerate: true, category: { viewerCanManage: false } },
      });
      expect(await anna.client.data(Q, { id: thread.id })).toEqual({
        forumThread: { viewerCanModerate: false, category: { viewerCanManage: false } },
      });
      expect(await t.client().data(Q, { id: thread.id })).toEqual({
        forumThread: { viewerCanModerate: false, category: { viewerCanManage: false } },
      });
    });

    it('answers the viewer’s permissions for a whole list with the same SQL as for one thread', async () => {
      const gmina = await createMunicipality(t.db, { name: 'Radzymin' });
      const official = await registerUser(t.client());
      await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
      const [one, many] = [
        await createCategory(t.db, { municipalityId: gmina.id }),
        await createCategory(t.db, { municipalityId: gmina.id }),
      ];
      await createThread(anna.client, one);
      for (let i = 0; i < 5; i++) await createThread(anna.client, many);
      const Q = `query($c: ID!) {
        forumThreads(categoryId: $c, first: 20) { nodes { viewerCanModerate category { viewerCanManage } } }
      }`;
      type Page = { forumThreads: { nodes: { viewerCanModerate: boolean; category: { viewerCanManage: boolean } }[] } };
      let page: Page | undefined;
      const small = await countStatements(t.db, () => official.client.data(Q, { c: one }));
      const large = await countStatements(t.db, async () => {
        page = await official.client.data<Page>(Q, { c: many });
      });
      expect(large.count).toBe(small.count);
      expect(page!.forumThreads.nodes).toHaveLength(5);
      expect(page!.forumThreads.nodes.every((n) => n.viewerCanModerate && n.category.viewerCanManage)).toBe(true);
    });
  });

  describe('paging', () => {
    type Page = { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };

    async function walk(load: (after: string | null) => Promise<Page>): Promise<string[]> {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await load(after);
        seen.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    }

    it('pages categories and threads by cursor without gaps or repeats', async () => {
      const gmina = await createMunicipality(t.db, { name: 'Kobyłka' });
      const categories: string[] = [];
      for (let i = 0; i < 5; i++) categories.push(await createCategory(t.db, { municipalityId: gmina.id }));
      const pagedCategories = await walk(async (after) => {
        const data = await anna.client.data<{ forumCategories: Page }>(
          `query($m: ID, $after: String) { forumCategories(municipalityId: $m, first: 2, after: $after) {
            nodes { id } pageInfo { endCursor hasNextPage } } }`,
          { m: gmina.id, after },
        );
        return data.forumCategories;
      });
      expect([...pagedCategories].sort()).toEqual([...categories].sort());

      const threads: string[] = [];
      for (let i = 0; i < 5; i++) threads.push((await createThread(anna.client, categories[0])).id);
      await reply(jan.client, threads[1], 'ożywiam');
      const pagedThreads = await walk(async (after) => {
        const data = await anna.client.data<{ forumThreads: Page }>(
          `query($c: ID!, $after: String) { forumThreads(categoryId: $c, first: 2, after: $after) {
            nodes { id } pageInfo { endCursor hasNextPage } } }`,
          { c: categories[0], after },
        );
        return data.forumThreads;
      });
      expect(pagedThreads).toEqual([threads[1], threads[4], threads[3], threads[2], threads[0]]);
    });
  });

  describe('mentions', () => {
    const MENTIONS = `query($threadId: ID!) { threadPosts(threadId: $threadId, first: 50) { nodes { id bodyHtml mentions { handle displayName } } } }`;
    type MentionedPost = { id: string; bodyHtml: string | null; mentions: { handle: string; displayName: string }[] };

    it('gives every user a handle from their name, numbered when the name is taken', async () => {
      const ME = `{ me { handle } }`;
      const first = await registerUser(t.client(), { displayName: 'Zofia Żółkiewska-Łęcka' });
      const second = await registerUser(t.client(), { displayName: 'zofia żółkiewska łęcka' });
      const short = await registerUser(t.client(), { displayName: 'Ół' });
      expect(await first.client.data(ME)).toEqual({ me: { handle: 'zofia_zolkiewska_lecka' } });
      expect(await second.client.data(ME)).toEqual({ me: { handle: 'zofia_zolkiewska_lecka2' } });
      expect(await short.client.data(ME)).toEqual({ me: { handle: 'uzytkownik_ol' } });
    });

    it('resolves @handles to users, stores them, and follows edits and deletion', async () => {
      const ewa = await registerUser(t.client(), { displayName: 'Ewa Mentionowska' });
      const piotr = await registerUser(t.client(), { displayName: 'Piotr Mentionowski' });
      const thread = await createThread(anna.client, categoryId);
      const post = await reply(
        anna.client,
        thread.id,
        'Pytanie do @ewa_mentionowska i @Piotr_Mentionowski, a @nikt_taki nie istnieje. `@ewa_mentionowska` w kodzie nie liczy się.',
      );
      const find = async () =>
        (
          await anna.client.data<{ threadPosts: { nodes: MentionedPost[] } }>(MENTIONS, { threadId: thread.id })
        ).threadPosts.nodes.find((p) => p.id === post.id)!;

      let found = await find();
      expect(found.mentions.map((m) => m.handle).sort()).toEqual(['ewa_mentionowska', 'piotr_mentionowski']);
      expect(found.bodyHtml).toContain('<span class="mention">@ewa_mentionowska</span>');
      expect(found.bodyHtml).toContain('<span class="mention">@piotr_mentionowski</span>');
      expect(found.bodyHtml).toContain('@nikt_taki nie istnieje');
      expect(found.bodyHtml).toContain('<code>@ewa_mentionowska</code>');
      const stored: { user_id: string }[] = await t.db.query(
        'SELECT user_id FROM forum_post_mentions WHERE post_id = $1',
        [post.id],
      );
      expect(stored.map((r) => r.user_id).sort()).toEqual([ewa.id, piotr.id].sort());

      await anna.client.data(`mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, {
        input: { postId: post.id, body: 'Jednak tylko @piotr_mentionowski.' },
      });
      found = await find();
      expect(found.mentions.map((m) => m.handle)).toEqual(['piotr_mentionowski']);

      await anna.client.data(`mutation($id: ID!) { deletePost(id: $id) { id } }`, { id: post.id });
      found = await find();
      expect(found.mentions).toEqual([]);
    });

    it('suggests users for a half-typed @mention by handle or by a word of the name, diacritics ignored', async () => {
      await registerUser(t.client(), { displayName: 'Krystyna Źdźbłowska' });
      await registerUser(t.client(), { displayName: 'Krzysztof Sugerowany' });
      await anna.client.data(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { handle } }`, {
        input: { handle: 'krz' },
      });
      const Q = `query($p: String!, $n: Int) { mentionSuggestions(prefix: $p, first: $n) { handle } }`;
      const handles = async (prefix: string, first?: number) =>
        (
          await jan.client.data<{ mentionSuggestions: { handle: string }[] }>(Q, { p: prefix, n: first })
        ).mentionSuggestions.map((u) => u.handle);

      // The exact handle first, then other handles, each alphabetically.
      expect(await handles('@Krz')).toEqual(['krz', 'krzysztof_sugerowany']);
      expect(await handles('zdzblo')).toEqual(['krystyna_zdzblowska']);
      expect(await handles('Źdźbł')).toEqual(['krystyna_zdzblowska']);
      expect(await handles('kr', 1)).toHaveLength(1);
      // LIKE wildcards are taken literally.
      expect(await handles('%')).toEqual([]);
      expect(errorCode(await t.client().request(Q, { p: 'krz' }))).toBe(ErrorCode.UNAUTHENTICATED);
      expect(errorCode(await jan.client.request(Q, { p: 'krz', n: 50 }))).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('previews mentions exactly as they will be stored', async () => {
      await registerUser(t.client(), { displayName: 'Ola Podglądowa' });
      const data = await t
        .client()
        .data<{ previewMarkdown: string }>(`query($b: String!) { previewMarkdown(body: $b) }`, {
          b: 'Hej @ola_podgladowa',
        });
      expect(data.previewMarkdown).toBe('<p>Hej <span class="mention">@ola_podgladowa</span></p>\n');
    });
  });

  it('previews markdown with the same renderer that stores posts', async () => {
    const data = await t
      .client()
      .data<{ previewMarkdown: string }>(`query($b: String!) { previewMarkdown(body: $b) }`, {
        b: '[x](javascript:alert(1)) **ok**',
      });
    expect(data.previewMarkdown).toBe('<p>[x](javascript:alert(1)) <strong>ok</strong></p>\n');
  });
});
