import { io, type Socket } from 'socket.io-client';
import {
  AUTO_HIDDEN_REASON,
  ErrorCode,
  FieldErrorCode,
  SOCKET_PATH,
  type ClientToServerEvents,
  type ModerationQueueChangedPayload,
  type ServerToClientEvents,
} from '@ratusz/shared';
import { ensureServiceAreas } from './support/consultation-factories.js';
import { createConsultation, warsawDay } from './support/document-factories.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, reply, CREATE_THREAD, REPLY } from './support/forum-factories.js';
import { errorCode, type GraphQLClient, type GraphQLResponse } from './support/graphql-client.js';
import {
  BLOCK,
  CATEGORY_SETTINGS,
  DISMISS,
  EDIT,
  flag,
  HIDE,
  log,
  MOVE,
  queue,
  REMOVE,
  RESTORE,
  SETTINGS,
  UNBLOCK,
  WARN,
  type LogEntry,
  type Outcome,
} from './support/moderation-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const POSTS = `query($threadId: ID!) {
  threadPosts(threadId: $threadId, first: 100) { nodes { id parentId bodyHtml bodySource hiddenReason deleted } }
}`;
interface PostView {
  id: string;
  parentId: string | null;
  bodyHtml: string | null;
  bodySource: string | null;
  hiddenReason: string | null;
  deleted: boolean;
}
const SUBMIT_PROPOSAL = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const SUPPORT_PROPOSAL = `mutation($id: ID!) { supportProposal(id: $id) { id supportCount } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { id bodyHtml hiddenReason } }`;
const CREATE_TREE = `mutation($input: CreateProblemTreeInput!) { createProblemTree(input: $input) { id } }`;
const ADD_NODE = `mutation($input: AddProblemTreeNodeInput!) { addProblemTreeNode(input: $input) { id } }`;
const TREE_NODES = `query($id: ID!) { problemTree(id: $id) { nodes { id hiddenReason descriptionHtml } } }`;

describe('moderation', () => {
  let t: TestApp;
  let gmina: { id: string };
  let elsewhere: { id: string };
  let categoryId: string;
  let secondCategoryId: string;
  let elsewhereCategoryId: string;
  let author: RegisteredUser;
  let resident: RegisteredUser;
  let moderator: RegisteredUser;
  let official: RegisteredUser;
  let outsideModerator: RegisteredUser;
  let outsideOfficial: RegisteredUser;
  let admin: RegisteredUser;
  const flaggers: RegisteredUser[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    gmina = await createMunicipality(t.db, { name: 'Gmina Moderowana' });
    elsewhere = await createMunicipality(t.db, { name: 'Gmina Obca' });
    categoryId = await createCategory(t.db, { municipalityId: gmina.id });
    secondCategoryId = await createCategory(t.db, { municipalityId: gmina.id });
    elsewhereCategoryId = await createCategory(t.db, { municipalityId: elsewhere.id });
    author = await registerUser(t.client(), { displayName: 'Autor Adam' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkanka Renata' });
    moderator = await registerUser(t.client(), { displayName: 'Moderatorka Maria' });
    official = await registerUser(t.client(), { displayName: 'Urzędnik Olek' });
    outsideModerator = await registerUser(t.client(), { displayName: 'Moderator Obcy' });
    outsideOfficial = await registerUser(t.client(), { displayName: 'Urzędniczka Obca' });
    admin = await registerUser(t.client(), { displayName: 'Administratorka' });
    for (let i = 0; i < 6; i++) flaggers.push(await registerUser(t.client(), { displayName: `Zgłaszający ${i}` }));
    await grantRole(t.db, moderator.id, gmina.id, 'MODERATOR');
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    await grantRole(t.db, outsideModerator.id, elsewhere.id, 'MODERATOR');
    await grantRole(t.db, outsideOfficial.id, elsewhere.id, 'OFFICIAL');
    await makeAdmin(t.db, admin.id);
  });
  afterAll(() => t?.close());

  /** A fresh reply by the author in the gmina's category. */
  async function freshPost(body = 'Kupię tanio, pisz na priv'): Promise<{ threadId: string; postId: string }> {
    const thread = await createThread(author.client, categoryId);
    const post = await reply(author.client, thread.id, body);
    return { threadId: thread.id, postId: post.id };
  }

  async function connect(cookie: string | null): Promise<ClientSocket> {
    const socket: ClientSocket = io(t.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: cookie ? { cookie } : {},
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    return socket;
  }

  async function postsOf(client: GraphQLClient, threadId: string): Promise<PostView[]> {
    return (await client.data<{ threadPosts: { nodes: PostView[] } }>(POSTS, { threadId })).threadPosts.nodes;
  }

  async function logCount(itemId: string, action?: string): Promise<number> {
    const [{ n }] = (await t.db.query(
      `SELECT count(*)::int AS n FROM moderation_log WHERE item_id = $1 AND ($2::text IS NULL OR action = $2)`,
      [itemId, action ?? null],
    )) as { n: number }[];
    return n;
  }

  describe('flags', () => {
    it('takes one flag per user and item, refuses flagging one’s own content, and needs a note for OTHER', async () => {
      const { postId } = await freshPost();
      const first = await flag(resident.client, 'POST', postId, 'SPAM');
      expect(first.data?.flagContent).toMatchObject({
        kind: 'POST',
        itemId: postId,
        state: 'OPEN',
        hiddenReason: null,
      });

      expect(errorCode(await flag(resident.client, 'POST', postId, 'OFFENSIVE'))).toBe(ErrorCode.ALREADY_FLAGGED);
      expect(errorCode(await flag(author.client, 'POST', postId, 'SPAM'))).toBe(ErrorCode.FLAG_OWN_CONTENT);
      const noNote = await flag(flaggers[0].client, 'POST', postId, 'OTHER');
      expect(errorCode(noNote)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(noNote.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'note', code: FieldErrorCode.REQUIRED }]);
      expect((await flag(flaggers[0].client, 'POST', postId, 'OTHER', 'Reklama')).data?.flagContent.state).toBe('OPEN');

      expect(errorCode(await flag(t.client(), 'POST', postId))).toBe(ErrorCode.UNAUTHENTICATED);
      expect(errorCode(await flag(resident.client, 'POST', '00000000-0000-4000-8000-000000000000'))).toBe(
        ErrorCode.MODERATION_ITEM_NOT_FOUND,
      );
      expect(errorCode(await flag(resident.client, 'POST', 'nie-uuid'))).toBe(ErrorCode.BAD_USER_INPUT);
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM moderation_flags WHERE item_id = $1', [
        postId,
      ])) as { n: number }[];
      expect(n).toBe(2);
    });

    it('hides an item pending review at the municipality’s threshold, exactly once, and keeps its replies', async () => {
      const { threadId, postId } = await freshPost('Spam spam spam');
      const child = await reply(resident.client, threadId, 'Odpowiedź zostaje', { parentId: postId });
      const states: string[] = [];
      for (const flagger of flaggers.slice(0, 4)) {
        states.push((await flag(flagger.client, 'POST', postId)).data!.flagContent.state);
      }
      expect(states).toEqual(['OPEN', 'OPEN', 'AUTO_HIDDEN', 'AUTO_HIDDEN']);
      expect(await logCount(postId, 'AUTO_HIDE')).toBe(1);

      const posts = await postsOf(resident.client, threadId);
      expect(posts.find((p) => p.id === postId)).toMatchObject({
        bodyHtml: null,
        bodySource: null,
        hiddenReason: AUTO_HIDDEN_REASON,
        deleted: false,
      });
      expect(posts.find((p) => p.id === child.id)?.bodyHtml).toContain('Odpowiedź zostaje');
      const entries = await log(t.client(), { municipalityId: gmina.id });
      expect(entries[0]).toMatchObject({ action: 'AUTO_HIDE', actorRole: 'SYSTEM', itemKind: 'POST' });
    });

    it('crosses the threshold exactly once when many flags arrive at the same moment', async () => {
      const { postId } = await freshPost('Równoczesne zgłoszenia');
      const results = await Promise.all(flaggers.map((flagger) => flag(flagger.client, 'POST', postId, 'OFFENSIVE')));
      expect(results.every((r) => !r.errors)).toBe(true);
      expect(await logCount(postId, 'AUTO_HIDE')).toBe(1);
      const [row] = (await t.db.query(
        'SELECT state, open_flag_count AS count FROM moderation_items WHERE item_id = $1',
        [postId],
      )) as { state: string; count: number }[];
      expect(row).toEqual({ state: 'AUTO_HIDDEN', count: 6 });
    });

    it('follows the threshold an official sets for the municipality, and only officials set it', async () => {
      const refused = await moderator.client.request(SETTINGS, {
        input: { municipalityId: gmina.id, flagThreshold: 1 },
      });
      expect(errorCode(refused)).toBe(ErrorCode.FORBIDDEN);
      const outside = await outsideOfficial.client.request(SETTINGS, {
        input: { municipalityId: gmina.id, flagThreshold: 1 },
      });
      expect(errorCode(outside)).toBe(ErrorCode.FORBIDDEN);
      const zero = await official.client.request(SETTINGS, { input: { municipalityId: gmina.id, flagThreshold: 0 } });
      expect(errorCode(zero)).toBe(ErrorCode.BAD_USER_INPUT);

      await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, flagThreshold: 1 } });
      try {
        const { postId } = await freshPost();
        expect((await flag(resident.client, 'POST', postId)).data?.flagContent.state).toBe('AUTO_HIDDEN');
      } finally {
        await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, flagThreshold: 3 } });
      }
    });
  });

  describe('queue', () => {
    it('shows moderators and officials the items of their municipalities with flags and the author’s history', async () => {
      const { postId } = await freshPost('Do kolejki');
      await flag(resident.client, 'POST', postId, 'OTHER', 'Nie na temat gminy');
      await moderator.client.data(WARN, {
        input: { userId: author.id, municipalityId: gmina.id, reason: 'Proszę o kulturę' },
      });

      for (const viewer of [moderator, official, admin]) {
        const item = (await queue(viewer.client)).find((i) => i.itemId === postId);
        expect(item).toMatchObject({
          kind: 'POST',
          municipalityId: gmina.id,
          state: 'OPEN',
          openFlagCount: 1,
          excerpt: 'Do kolejki',
          flags: [{ reason: 'OTHER', note: 'Nie na temat gminy' }],
        });
        expect(item?.authorHistory?.warningCount).toBeGreaterThanOrEqual(1);
      }
      expect((await queue(outsideModerator.client)).find((i) => i.itemId === postId)).toBeUndefined();
      const outsideFilter = await outsideModerator.client.request(
        `query($m: ID) { moderationQueue(municipalityId: $m) { nodes { itemId } } }`,
        { m: gmina.id },
      );
      expect(errorCode(outsideFilter)).toBe(ErrorCode.MODERATION_OUT_OF_SCOPE);
      const residentQueue = await resident.client.request(`{ moderationQueue { nodes { itemId } } }`);
      expect(errorCode(residentQueue)).toBe(ErrorCode.FORBIDDEN);
      expect(errorCode(await t.client().request(`{ moderationQueue { nodes { itemId } } }`))).toBe(
        ErrorCode.UNAUTHENTICATED,
      );
    });

    it('pages the queue with cursors', async () => {
      for (let i = 0; i < 3; i++) {
        const { postId } = await freshPost(`Stronicowanie ${i}`);
        await flag(resident.client, 'POST', postId);
      }
      const all = await queue(moderator.client);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const data: {
          moderationQueue: { nodes: { itemId: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
        } = await moderator.client.data(
          `query($after: String) { moderationQueue(first: 2, after: $after) { nodes { itemId } pageInfo { endCursor hasNextPage } } }`,
          { after },
        );
        seen.push(...data.moderationQueue.nodes.map((n) => n.itemId));
        if (!data.moderationQueue.pageInfo.hasNextPage) break;
        after = data.moderationQueue.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.map((i) => i.itemId));
    });
  });

  describe('permission matrix', () => {
    const actions = ['dismiss', 'hide', 'restore', 'edit', 'remove', 'move', 'warn', 'block'] as const;
    type Action = (typeof actions)[number];
    const roles = ['anonymous', 'resident', 'moderator', 'official', 'admin'] as const;
    type RoleName = (typeof roles)[number];
    const DOCS: Record<Action, string> = {
      dismiss: DISMISS,
      hide: HIDE,
      restore: RESTORE,
      edit: EDIT,
      remove: REMOVE,
      move: MOVE,
      warn: WARN,
      block: BLOCK,
    };

    /** A fresh item (or user) in the gmina, in the state the action needs. */
    async function prepare(action: Action): Promise<{ input: Record<string, unknown>; itemId: string }> {
      if (action === 'warn' || action === 'block') {
        const target = await registerUser(t.client(), { displayName: 'Upominany' });
        return {
          input: { userId: target.id, municipalityId: gmina.id, reason: 'Naruszenie regulaminu', days: 1 },
          itemId: target.id,
        };
      }
      if (action === 'move') {
        const thread = await createThread(author.client, categoryId);
        return {
          input: { threadId: thread.id, categoryId: secondCategoryId, reason: 'Lepsza kategoria' },
          itemId: thread.id,
        };
      }
      const { postId } = await freshPost();
      const base = { kind: 'POST', itemId: postId };
      if (action === 'dismiss') await flag(resident.client, 'POST', postId);
      if (action === 'remove') await flag(resident.client, 'POST', postId, 'PERSONAL_DATA');
      if (action === 'restore') await admin.client.data(HIDE, { input: { ...base, reason: 'Ukryte do testu' } });
      if (action === 'hide' || action === 'remove')
        return { input: { ...base, reason: 'Treść obraźliwa' }, itemId: postId };
      if (action === 'edit')
        return { input: { ...base, body: 'Poprawiona treść', note: 'Usunięto numer telefonu' }, itemId: postId };
      return { input: base, itemId: postId };
    }

    function actor(role: RoleName, inside: boolean): GraphQLClient {
      switch (role) {
        case 'anonymous':
          return t.client();
        case 'resident':
          return resident.client;
        case 'moderator':
          return inside ? moderator.client : outsideModerator.client;
        case 'official':
          return inside ? official.client : outsideOfficial.client;
        case 'admin':
          return admin.client;
      }
    }

    function expected(role: RoleName, inside: boolean): string | null {
      if (role === 'anonymous') return ErrorCode.UNAUTHENTICATED;
      if (role === 'resident') return ErrorCode.FORBIDDEN;
      if (role === 'admin') return null;
      return inside ? null : ErrorCode.MODERATION_OUT_OF_SCOPE;
    }

    const cases = actions.flatMap((action) =>
      roles.flatMap((role) => [true, false].map((inside) => ({ action, role, inside }))),
    );

    it.each(cases)('$action by $role (inside: $inside)', async ({ action, role, inside }) => {
      const { input, itemId } = await prepare(action);
      const entriesBefore =
        action === 'warn' || action === 'block'
          ? null
          : await logCount(action === 'move' ? (input.threadId as string) : itemId);
      const result: GraphQLResponse<Record<string, unknown>> = await actor(role, inside).request(DOCS[action], {
        input,
      });
      const code = expected(role, inside);
      if (code === null) {
        expect(result.errors).toBeUndefined();
        if (entriesBefore !== null) expect(await logCount(itemId)).toBe(entriesBefore + 1);
        const [entry] = await log(t.client(), { municipalityId: gmina.id, first: 1 });
        expect(entry.actorRole).toBe(role === 'admin' ? 'ADMIN' : role.toUpperCase());
      } else {
        expect(errorCode(result)).toBe(code);
        // Nothing half-applied: no log entry, no sanction.
        if (entriesBefore !== null) expect(await logCount(itemId)).toBe(entriesBefore);
        else {
          const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM moderation_sanctions WHERE user_id = $1', [
            itemId,
          ])) as { n: number }[];
          expect(n).toBe(0);
        }
      }
    });
  });

  describe('actions', () => {
    it('hides with a public reason and restores, keeping replies; the author cannot edit a hidden post', async () => {
      const { threadId, postId } = await freshPost('Obraźliwy wpis');
      const child = await reply(resident.client, threadId, 'Pod spodem', { parentId: postId });
      const hidden = await moderator.client.data<{ hideContent: Outcome }>(HIDE, {
        input: { kind: 'POST', itemId: postId, reason: 'Język nienawiści' },
      });
      expect(hidden.hideContent).toMatchObject({ state: 'HIDDEN', hiddenReason: 'Język nienawiści' });
      const posts = await postsOf(t.client(), threadId);
      expect(posts.find((p) => p.id === postId)).toMatchObject({ bodyHtml: null, hiddenReason: 'Język nienawiści' });
      expect(posts.find((p) => p.id === child.id)?.bodyHtml).toContain('Pod spodem');
      const authorEdit = await author.client.request(
        `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`,
        {
          input: { postId, body: 'Zmieniam' },
        },
      );
      expect(errorCode(authorEdit)).toBe(ErrorCode.CONFLICT);

      await moderator.client.data(RESTORE, { input: { kind: 'POST', itemId: postId } });
      expect((await postsOf(t.client(), threadId)).find((p) => p.id === postId)?.bodyHtml).toContain('Obraźliwy wpis');
      const again = await moderator.client.request(RESTORE, { input: { kind: 'POST', itemId: postId } });
      expect(errorCode(again)).toBe(ErrorCode.CONFLICT);
    });

    it('dismissing flags brings back an item the threshold hid', async () => {
      const { threadId, postId } = await freshPost('Niesłusznie zgłoszony');
      for (const flagger of flaggers.slice(0, 3)) await flag(flagger.client, 'POST', postId);
      const dismissed = await official.client.data<{ dismissFlags: Outcome }>(DISMISS, {
        input: { kind: 'POST', itemId: postId },
      });
      expect(dismissed.dismissFlags).toMatchObject({ state: 'DISMISSED', hiddenReason: null });
      expect((await postsOf(t.client(), threadId)).find((p) => p.id === postId)?.bodyHtml).toContain('Niesłusznie');
      expect((await queue(moderator.client)).find((i) => i.itemId === postId)).toBeUndefined();
    });

    it('edits with a public note and keeps the earlier version in the post’s history', async () => {
      const { threadId, postId } = await freshPost('Mój numer to 600 100 200');
      await moderator.client.data(EDIT, {
        input: { kind: 'POST', itemId: postId, body: 'Mój numer to [usunięto]', note: 'Usunięto numer telefonu' },
      });
      expect((await postsOf(t.client(), threadId)).find((p) => p.id === postId)?.bodyHtml).toContain('[usunięto]');
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM forum_post_revisions WHERE post_id = $1', [
        postId,
      ])) as { n: number }[];
      expect(n).toBe(1);
      expect((await log(t.client(), { first: 1 }))[0]).toMatchObject({
        action: 'EDIT',
        reason: 'Usunięto numer telefonu',
      });
    });

    it('removes permanently only what was flagged for personal data', async () => {
      const { threadId, postId } = await freshPost('PESEL 90010112345');
      const refused = await moderator.client.request(REMOVE, {
        input: { kind: 'POST', itemId: postId, reason: 'Dane osobowe' },
      });
      expect(errorCode(refused)).toBe(ErrorCode.REMOVAL_NOT_ALLOWED);
      await flag(resident.client, 'POST', postId, 'PERSONAL_DATA');
      await moderator.client.data(REMOVE, { input: { kind: 'POST', itemId: postId, reason: 'Dane osobowe' } });
      const [row] = (await t.db.query('SELECT body_source FROM forum_posts WHERE id = $1', [postId])) as {
        body_source: string | null;
      }[];
      expect(row.body_source).toBeNull();
      expect((await postsOf(t.client(), threadId)).find((p) => p.id === postId)).toMatchObject({ deleted: true });
    });

    it('moves a thread only between categories the moderator moderates', async () => {
      const thread = await createThread(author.client, categoryId);
      const outside = await moderator.client.request(MOVE, {
        input: { threadId: thread.id, categoryId: elsewhereCategoryId, reason: 'Nie ta gmina' },
      });
      expect(errorCode(outside)).toBe(ErrorCode.MODERATION_OUT_OF_SCOPE);
      const missing = await moderator.client.request(MOVE, {
        input: { threadId: thread.id, categoryId: '00000000-0000-4000-8000-000000000000', reason: 'Nie ma takiej' },
      });
      expect(errorCode(missing)).toBe(ErrorCode.BAD_USER_INPUT);
      await moderator.client.data(MOVE, {
        input: { threadId: thread.id, categoryId: secondCategoryId, reason: 'Temat' },
      });
      const [row] = (await t.db.query('SELECT category_id FROM forum_threads WHERE id = $1', [thread.id])) as {
        category_id: string;
      }[];
      expect(row.category_id).toBe(secondCategoryId);
    });

    it('rejects a too short reason with a field code', async () => {
      const { postId } = await freshPost();
      const result = await moderator.client.request(HIDE, { input: { kind: 'POST', itemId: postId, reason: 'x' } });
      expect(errorCode(result)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(result.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({ field: 'reason', code: 'TOO_SHORT' });
    });
  });

  describe('blocks', () => {
    it('refuses a blocked user’s posting and flagging in the municipality only, until unblocked', async () => {
      const blocked = await registerUser(t.client(), { displayName: 'Zablokowany' });
      const thread = await createThread(author.client, categoryId);
      const elsewhereThread = await createThread(author.client, elsewhereCategoryId);
      const { postId } = await freshPost();
      const missingDays = await moderator.client.request(BLOCK, {
        input: { userId: blocked.id, municipalityId: gmina.id, reason: 'Spamowanie' },
      });
      expect(errorCode(missingDays)).toBe(ErrorCode.BAD_USER_INPUT);
      const sanction = await moderator.client.data<{ blockUser: { kind: string; endsAt: string } }>(BLOCK, {
        input: { userId: blocked.id, municipalityId: gmina.id, reason: 'Spamowanie', days: 7 },
      });
      expect(sanction.blockUser.kind).toBe('BLOCK');

      const replied = await blocked.client.request(REPLY, { input: { threadId: thread.id, body: 'Nadal piszę' } });
      expect(errorCode(replied)).toBe(ErrorCode.USER_BLOCKED);
      const started = await blocked.client.request(CREATE_THREAD, {
        input: { categoryId, title: 'Nowy wątek', body: 'Treść' },
      });
      expect(errorCode(started)).toBe(ErrorCode.USER_BLOCKED);
      expect(errorCode(await flag(blocked.client, 'POST', postId))).toBe(ErrorCode.USER_BLOCKED);
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM forum_threads WHERE author_id = $1', [
        blocked.id,
      ])) as { n: number }[];
      expect(n).toBe(0);
      // Elsewhere they take part as before.
      expect(
        (await blocked.client.request(REPLY, { input: { threadId: elsewhereThread.id, body: 'Tu mogę' } })).errors,
      ).toBeUndefined();

      await moderator.client.data(UNBLOCK, {
        input: { userId: blocked.id, municipalityId: gmina.id, reason: 'Koniec' },
      });
      expect(
        (await blocked.client.request(REPLY, { input: { threadId: thread.id, body: 'Wróciłem' } })).errors,
      ).toBeUndefined();
      const entries = (await log(t.client(), { municipalityId: gmina.id, first: 5 })).map((e) => e.action);
      expect(entries).toEqual(expect.arrayContaining(['BLOCK', 'UNBLOCK']));
    });

    it('refuses warning or blocking an administrator, and a user who does not exist', async () => {
      const refused = await moderator.client.request(BLOCK, {
        input: { userId: admin.id, municipalityId: gmina.id, reason: 'Próba', days: 1 },
      });
      expect(errorCode(refused)).toBe(ErrorCode.CANNOT_SANCTION_ADMIN);
      const warned = await official.client.request(WARN, {
        input: { userId: admin.id, municipalityId: gmina.id, reason: 'Próba' },
      });
      expect(errorCode(warned)).toBe(ErrorCode.CANNOT_SANCTION_ADMIN);
      const missing = await moderator.client.request(WARN, {
        input: { userId: '00000000-0000-4000-8000-000000000000', municipalityId: gmina.id, reason: 'Nikt' },
      });
      expect(errorCode(missing)).toBe(ErrorCode.BAD_USER_INPUT);
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM moderation_sanctions WHERE user_id = $1', [
        admin.id,
      ])) as { n: number }[];
      expect(n).toBe(0);
    });

    it('refuses a blocked user’s proposals, supports and problem-tree suggestions', async () => {
      await ensureServiceAreas(t.db);
      const consultationId = await createConsultation(t.db, {
        municipalityId: gmina.id,
        organiserId: official.id,
        phases: [
          { kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) },
          { kind: 'VOTING', startsOn: warsawDay(6), endsOn: warsawDay(20) },
        ],
      });
      const proposalInput = {
        consultationId,
        title: 'Ławki w parku',
        body: 'Więcej ławek.',
        serviceArea: 'TRANSPORT',
      };
      const proposal = await author.client.data<{ submitProposal: { id: string } }>(SUBMIT_PROPOSAL, {
        input: proposalInput,
      });
      const tree = await official.client.data<{ createProblemTree: { id: string } }>(CREATE_TREE, {
        input: { municipalityId: gmina.id, title: 'Drzewo problemów', coreText: 'Korki w centrum' },
      });
      const [core] = (await t.db.query(`SELECT id FROM problem_tree_nodes WHERE tree_id = $1 AND kind = 'CORE'`, [
        tree.createProblemTree.id,
      ])) as { id: string }[];

      const blocked = await registerUser(t.client(), { displayName: 'Zablokowana' });
      await official.client.data(BLOCK, {
        input: { userId: blocked.id, municipalityId: gmina.id, reason: 'Spam w propozycjach', days: 3 },
      });
      expect(errorCode(await blocked.client.request(SUBMIT_PROPOSAL, { input: proposalInput }))).toBe(
        ErrorCode.USER_BLOCKED,
      );
      expect(errorCode(await blocked.client.request(SUPPORT_PROPOSAL, { id: proposal.submitProposal.id }))).toBe(
        ErrorCode.USER_BLOCKED,
      );
      const suggestion = await blocked.client.request(ADD_NODE, {
        input: { treeId: tree.createProblemTree.id, parentId: core.id, kind: 'CAUSE', text: 'Za mało autobusów' },
      });
      expect(errorCode(suggestion)).toBe(ErrorCode.USER_BLOCKED);
      // Others are not affected.
      expect(
        (await resident.client.request(SUPPORT_PROPOSAL, { id: proposal.submitProposal.id })).errors,
      ).toBeUndefined();
    });
  });

  describe('every registered kind of content', () => {
    it('flags and hides threads, proposals and problem-tree nodes through their adapters', async () => {
      await ensureServiceAreas(t.db);
      const consultationId = await createConsultation(t.db, {
        municipalityId: gmina.id,
        organiserId: official.id,
        phases: [{ kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) }],
      });
      const proposal = await author.client.data<{ submitProposal: { id: string } }>(SUBMIT_PROPOSAL, {
        input: { consultationId, title: 'Obraźliwa propozycja', body: 'Treść do ukrycia', serviceArea: 'TRANSPORT' },
      });
      const proposalId = proposal.submitProposal.id;
      expect((await flag(resident.client, 'PROPOSAL', proposalId, 'OFFENSIVE')).data?.flagContent.state).toBe('OPEN');
      expect((await queue(moderator.client)).find((i) => i.itemId === proposalId)?.excerpt).toContain('Obraźliwa');
      await moderator.client.data(HIDE, { input: { kind: 'PROPOSAL', itemId: proposalId, reason: 'Obraźliwe' } });
      const read = await t.client().data<{ proposal: { bodyHtml: string; hiddenReason: string } }>(PROPOSAL, {
        id: proposalId,
      });
      expect(read.proposal).toEqual({ id: proposalId, bodyHtml: '', hiddenReason: 'Obraźliwe' });

      const thread = await createThread(author.client, categoryId, { title: 'Wulgarny tytuł' });
      await flag(resident.client, 'THREAD', thread.id, 'OFFENSIVE');
      const hiddenThread = await moderator.client.data<{ hideContent: Outcome }>(HIDE, {
        input: { kind: 'THREAD', itemId: thread.id, reason: 'Tytuł obraźliwy' },
      });
      expect(hiddenThread.hideContent.state).toBe('HIDDEN');
      const threadRead = await t
        .client()
        .data<{ forumThread: { hiddenReason: string } }>(`query($id: ID!) { forumThread(id: $id) { hiddenReason } }`, {
          id: thread.id,
        });
      expect(threadRead.forumThread.hiddenReason).toBe('Tytuł obraźliwy');

      const tree = await official.client.data<{ createProblemTree: { id: string } }>(CREATE_TREE, {
        input: { municipalityId: gmina.id, title: 'Drzewo do moderacji', coreText: 'Brak zieleni' },
      });
      const [core] = (await t.db.query(`SELECT id FROM problem_tree_nodes WHERE tree_id = $1 AND kind = 'CORE'`, [
        tree.createProblemTree.id,
      ])) as { id: string }[];
      const node = await author.client.data<{ addProblemTreeNode: { id: string } }>(ADD_NODE, {
        input: {
          treeId: tree.createProblemTree.id,
          parentId: core.id,
          kind: 'CAUSE',
          text: 'Wycinka drzew',
          description: 'Opis z danymi',
        },
      });
      const nodeId = node.addProblemTreeNode.id;
      await flag(resident.client, 'TREE_NODE', nodeId, 'PERSONAL_DATA');
      await moderator.client.data(HIDE, { input: { kind: 'TREE_NODE', itemId: nodeId, reason: 'Dane osobowe' } });
      const nodes = await official.client.data<{
        problemTree: { nodes: { id: string; hiddenReason: string | null; descriptionHtml: string | null }[] };
      }>(TREE_NODES, { id: tree.createProblemTree.id });
      expect(nodes.problemTree.nodes.find((n) => n.id === nodeId)).toEqual({
        id: nodeId,
        hiddenReason: 'Dane osobowe',
        descriptionHtml: null,
      });
    });
  });

  describe('public log', () => {
    it('lists every action with role, municipality, kind and reason to anyone, naming nobody', async () => {
      const { postId } = await freshPost('Do dziennika');
      await moderator.client.data(HIDE, { input: { kind: 'POST', itemId: postId, reason: 'Reklama' } });
      const response = await t
        .client()
        .request<{ moderationLog: { nodes: unknown[] } }>(
          `query { moderationLog(first: 100) { nodes { id municipalityId action actorRole itemKind reason createdAt } } }`,
        );
      expect(response.errors).toBeUndefined();
      const text = JSON.stringify(response.data);
      for (const person of [moderator.id, author.id, postId, 'Moderatorka Maria', 'Autor Adam', author.email]) {
        expect(text).not.toContain(person);
      }
      const mine = await log(t.client(), { municipalityId: gmina.id, first: 1 });
      expect(mine[0]).toMatchObject({
        municipalityId: gmina.id,
        action: 'HIDE',
        actorRole: 'MODERATOR',
        itemKind: 'POST',
        reason: 'Reklama',
      });
      expect(await log(t.client(), { municipalityId: elsewhere.id })).toEqual([]);
    });

    it('pages with cursors, newest first, without repeats', async () => {
      const all = await log(t.client(), { municipalityId: gmina.id });
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 200; page++) {
        const data: {
          moderationLog: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
        } = await t.client().data(
          `query($m: ID, $after: String) { moderationLog(municipalityId: $m, first: 3, after: $after) {
              nodes { id } pageInfo { endCursor hasNextPage } } }`,
          { m: gmina.id, after },
        );
        seen.push(...data.moderationLog.nodes.map((n) => n.id));
        if (!data.moderationLog.pageInfo.hasNextPage) break;
        after = data.moderationLog.pageInfo.endCursor;
      }
      expect(seen).toEqual(all.map((e) => e.id));
      expect(new Set(seen).size).toBe(seen.length);
      const bad = await t.client().request(`query { moderationLog(after: "bm90LWEtY3Vyc29y") { nodes { id } } }`);
      expect(errorCode(bad)).toBe(ErrorCode.BAD_USER_INPUT);
    });
  });

  describe('settings changes in the log', () => {
    const CURRENT = `query($id: ID!) {
      moderationSettings(id: $id) { flagThreshold premoderation premoderationAccountDays premoderationApprovedPosts }
    }`;

    /** The log's entries of one settings action in the gmina, newest first. */
    async function settingsEntries(action: string): Promise<LogEntry[]> {
      return (await log(t.client(), { municipalityId: gmina.id, first: 50 })).filter((e) => e.action === action);
    }

    /** Who made the newest entry: kept in the database for accountability, never in the public log. */
    async function actorOfNewest(): Promise<string> {
      const [{ actor }] = (await t.db.query(
        `SELECT actor_id AS actor FROM moderation_log WHERE municipality_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
        [gmina.id],
      )) as { actor: string }[];
      return actor;
    }

    it('records a municipality’s new flag threshold and pre-moderation: by whom, when, before and after', async () => {
      const { moderationSettings: before } = await t
        .client()
        .data<{ moderationSettings: Record<string, unknown> }>(CURRENT, { id: gmina.id });
      const earlier = await settingsEntries('CHANGE_SETTINGS');
      const changed = {
        flagThreshold: 5,
        premoderation: true,
        premoderationAccountDays: 14,
        premoderationApprovedPosts: 2,
      };
      for (const refused of [moderator, resident, outsideOfficial]) {
        const response = await refused.client.request(SETTINGS, { input: { municipalityId: gmina.id, ...changed } });
        expect(errorCode(response)).toBe(ErrorCode.FORBIDDEN);
      }
      expect(
        (await t.client().data<{ moderationSettings: Record<string, unknown> }>(CURRENT, { id: gmina.id }))
          .moderationSettings,
      ).toEqual(before);
      expect(await settingsEntries('CHANGE_SETTINGS')).toEqual(earlier);

      const started = Date.now();
      await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, ...changed } });
      try {
        const [entry] = await log(t.client(), { municipalityId: gmina.id, first: 1 });
        expect(entry).toMatchObject({
          municipalityId: gmina.id,
          action: 'CHANGE_SETTINGS',
          actorRole: 'OFFICIAL',
          itemKind: null,
          reason: null,
          categoryId: null,
          settingsBefore: before,
          settingsAfter: changed,
        });
        // Seconds apart at most: the clocks of the test and of PostgreSQL are the same machine's.
        expect(Math.abs(new Date(entry.createdAt).getTime() - started)).toBeLessThan(5000);
        expect(await actorOfNewest()).toBe(official.id);

        // Saving the same values changes nothing, and the log says nothing.
        await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, ...changed } });
        expect((await settingsEntries('CHANGE_SETTINGS')).length).toBe(earlier.length + 1);
      } finally {
        await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, flagThreshold: 3 } });
      }
      const [restored] = await settingsEntries('CHANGE_SETTINGS');
      expect(restored).toMatchObject({
        settingsBefore: changed,
        settingsAfter: {
          flagThreshold: 3,
          premoderation: false,
          premoderationAccountDays: 0,
          premoderationApprovedPosts: 0,
        },
      });
    });

    it('records a category’s own pre-moderation turned on, off and back to the municipality’s, with its name', async () => {
      const [{ name }] = (await t.db.query('SELECT name FROM forum_categories WHERE id = $1', [secondCategoryId])) as {
        name: string;
      }[];
      const turnOn = {
        categoryId: secondCategoryId,
        premoderation: true,
        premoderationAccountDays: 7,
        premoderationApprovedPosts: 1,
      };
      expect(errorCode(await resident.client.request(CATEGORY_SETTINGS, { input: turnOn }))).toBe(ErrorCode.FORBIDDEN);
      expect(errorCode(await outsideModerator.client.request(CATEGORY_SETTINGS, { input: turnOn }))).toBe(
        ErrorCode.MODERATION_OUT_OF_SCOPE,
      );
      expect(await settingsEntries('CHANGE_CATEGORY_SETTINGS')).toEqual([]);

      const follows = {
        flagThreshold: null,
        premoderation: null,
        premoderationAccountDays: null,
        premoderationApprovedPosts: null,
      };
      const on = {
        flagThreshold: null,
        premoderation: true,
        premoderationAccountDays: 7,
        premoderationApprovedPosts: 1,
      };
      const off = {
        flagThreshold: null,
        premoderation: false,
        premoderationAccountDays: 0,
        premoderationApprovedPosts: 0,
      };
      await moderator.client.data(CATEGORY_SETTINGS, { input: turnOn });
      expect(await actorOfNewest()).toBe(moderator.id);
      await moderator.client.data(CATEGORY_SETTINGS, { input: { categoryId: secondCategoryId, premoderation: false } });
      await official.client.data(CATEGORY_SETTINGS, { input: { categoryId: secondCategoryId, premoderation: null } });
      expect(await actorOfNewest()).toBe(official.id);

      const entries = await settingsEntries('CHANGE_CATEGORY_SETTINGS');
      const common = {
        municipalityId: gmina.id,
        itemKind: null,
        reason: null,
        categoryId: secondCategoryId,
        categoryName: name,
      };
      expect(entries).toEqual([
        expect.objectContaining({ ...common, actorRole: 'OFFICIAL', settingsBefore: off, settingsAfter: follows }),
        expect.objectContaining({ ...common, actorRole: 'MODERATOR', settingsBefore: on, settingsAfter: off }),
        expect.objectContaining({ ...common, actorRole: 'MODERATOR', settingsBefore: follows, settingsAfter: on }),
      ]);
    });
  });

  describe('pre-moderation', () => {
    const APPROVE = `mutation($input: ModerationItemInput!) { approveContent(input: $input) { state } }`;
    const REPLY_HELD = `mutation($input: ReplyInput!) { replyToPost(input: $input) { id awaitingModeration } }`;
    const VISIBLE = `query($threadId: ID!) { threadPosts(threadId: $threadId, first: 100) { nodes { id awaitingModeration } } }`;

    it('holds new accounts’ replies for approval: the author sees them, others and live events do not until approval', async () => {
      await official.client.data(SETTINGS, {
        input: { municipalityId: gmina.id, flagThreshold: 3, premoderation: true, premoderationAccountDays: 30 },
      });
      const watcher = await connect(null);
      try {
        const thread = await createThread(moderator.client, categoryId);
        expect((await watcher.timeout(5000).emitWithAck('room.join', { room: `thread:${thread.id}` })).ok).toBe(true);
        const created: string[] = [];
        watcher.on('thread.events', (events) => {
          for (const event of events) if (event.kind === 'post.created') created.push(event.post.id);
        });

        const newcomer = await registerUser(t.client(), { displayName: 'Nowa Mieszkanka' });
        const held = await newcomer.client.data<{ replyToPost: { id: string; awaitingModeration: boolean } }>(
          REPLY_HELD,
          { input: { threadId: thread.id, body: 'Mój pierwszy wpis' } },
        );
        expect(held.replyToPost.awaitingModeration).toBe(true);
        const visibleTo = async (client: GraphQLClient) =>
          (
            await client.data<{ threadPosts: { nodes: { id: string; awaitingModeration: boolean }[] } }>(VISIBLE, {
              threadId: thread.id,
            })
          ).threadPosts.nodes.find((p) => p.id === held.replyToPost.id);
        expect(await visibleTo(newcomer.client)).toEqual({ id: held.replyToPost.id, awaitingModeration: true });
        expect(await visibleTo(t.client())).toBeUndefined();
        expect(await visibleTo(resident.client)).toBeUndefined();
        // The moderator's own reply (a new account too) is not held, and its event arrives.
        const own = await reply(moderator.client, thread.id, 'Odpowiedź moderatorki');
        const deadline = Date.now() + 5000;
        while (!created.includes(own.id)) {
          if (Date.now() > deadline) throw new Error('Timed out waiting for the moderator’s post');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(created).not.toContain(held.replyToPost.id);

        const waiting = (await queue(moderator.client)).find((i) => i.itemId === held.replyToPost.id);
        expect(waiting).toMatchObject({ state: 'HELD', excerpt: 'Mój pierwszy wpis' });
        expect(
          errorCode(await resident.client.request(APPROVE, { input: { kind: 'POST', itemId: held.replyToPost.id } })),
        ).toBe(ErrorCode.FORBIDDEN);
        await moderator.client.data(APPROVE, { input: { kind: 'POST', itemId: held.replyToPost.id } });
        expect(await visibleTo(resident.client)).toEqual({ id: held.replyToPost.id, awaitingModeration: false });
        const approvedBy = Date.now() + 5000;
        while (!created.includes(held.replyToPost.id)) {
          if (Date.now() > approvedBy) throw new Error('Timed out waiting for the approved post');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        const again = await moderator.client.request(APPROVE, { input: { kind: 'POST', itemId: held.replyToPost.id } });
        expect(errorCode(again)).toBe(ErrorCode.CONFLICT);
        expect((await log(t.client(), { municipalityId: gmina.id, first: 1 }))[0]).toMatchObject({ action: 'APPROVE' });
      } finally {
        watcher.disconnect();
        await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, flagThreshold: 3 } });
      }
    });
  });

  describe('notifications', () => {
    async function notified(userId: string, type: string, subjectId: string): Promise<number> {
      const [{ n }] = (await t.db.query(
        'SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND type = $2 AND subject_id = $3',
        [userId, type, subjectId],
      )) as { n: number }[];
      return n;
    }

    it('tells the municipality’s moderators about a flag and the author about the action', async () => {
      const { postId } = await freshPost('Powiadomienia');
      await flag(resident.client, 'POST', postId, 'SPAM');
      expect(await notified(moderator.id, 'MODERATION_FLAG', postId)).toBe(1);
      expect(await notified(official.id, 'MODERATION_FLAG', postId)).toBe(1);
      expect(await notified(outsideModerator.id, 'MODERATION_FLAG', postId)).toBe(0);
      await moderator.client.data(HIDE, { input: { kind: 'POST', itemId: postId, reason: 'Reklama' } });
      expect(await notified(author.id, 'MODERATION_ACTION', postId)).toBe(1);
    });
  });

  describe('live', () => {
    it('pushes queue changes to the municipality’s moderation room, which only its moderators may join', async () => {
      const residentSocket = await connect(resident.client.cookie);
      const outsider = await connect(outsideModerator.client.cookie);
      const socket = await connect(moderator.client.cookie);
      try {
        expect(await residentSocket.timeout(5000).emitWithAck('room.join', { room: `moderation:${gmina.id}` })).toEqual(
          {
            ok: false,
            error: 'FORBIDDEN',
          },
        );
        expect((await outsider.timeout(5000).emitWithAck('room.join', { room: `moderation:${gmina.id}` })).ok).toBe(
          false,
        );
        expect((await socket.timeout(5000).emitWithAck('room.join', { room: `moderation:${gmina.id}` })).ok).toBe(true);
        const received: ModerationQueueChangedPayload[] = [];
        socket.on('moderation.queue', (payload) => received.push(payload));

        const { postId } = await freshPost('Na żywo');
        await flag(resident.client, 'POST', postId, 'SPAM');
        await moderator.client.data(HIDE, { input: { kind: 'POST', itemId: postId, reason: 'Spam reklamowy' } });
        const deadline = Date.now() + 5000;
        while (received.filter((p) => p.itemId === postId).length < 2) {
          if (Date.now() > deadline) throw new Error('Timed out waiting for the queue events');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(received.filter((p) => p.itemId === postId)).toEqual([
          { municipalityId: gmina.id, kind: 'POST', itemId: postId, state: 'OPEN', openFlagCount: 1 },
          { municipalityId: gmina.id, kind: 'POST', itemId: postId, state: 'HIDDEN', openFlagCount: 0 },
        ]);
      } finally {
        residentSocket.disconnect();
        outsider.disconnect();
        socket.disconnect();
      }
    });
  });
});
