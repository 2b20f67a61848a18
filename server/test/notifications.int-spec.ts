import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { ThreadSubjectType } from '../src/forum/models/forum.model.js';
import { PostService } from '../src/forum/services/post.service.js';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@ratusz/shared';
import { NotificationService } from '../src/notifications/services/notification.service.js';
import { NotificationMailService } from '../src/notifications/services/notification-mail.service.js';
import { ConsultationTimelineService } from '../src/consultations/services/consultation-timeline.service.js';
import { MeetingReminderService } from '../src/notifications/services/meeting-reminder.service.js';
import { ensureServiceAreas } from './support/consultation-factories.js';
import { createConsultation, eventually, warsawDay } from './support/document-factories.js';
import { errorCode } from './support/graphql-client.js';
import { createMeeting, hoursFromNow, register } from './support/meeting-factories.js';
import { createTestDatabase } from './support/test-database.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, reply } from './support/forum-factories.js';
import { countStatements } from './support/sql-counter.js';
import { XSS_VECTORS } from './support/xss-vectors.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const LIST = `query($first: Int!, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id type title path readAt actor { displayName } }
    pageInfo { endCursor hasNextPage }
    unreadCount
  }
}`;

interface Listed {
  id: string;
  type: string;
  title: string;
  path: string;
  readAt: string | null;
  actor: { displayName: string } | null;
}

async function list(user: RegisteredUser, extra: Record<string, unknown> = {}) {
  const data = await user.client.data<{
    notifications: {
      nodes: Listed[];
      unreadCount: number;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  }>(LIST, { first: 50, ...extra });
  return data.notifications;
}

describe('notifications', () => {
  let t: TestApp;
  let anna: RegisteredUser;
  let jan: RegisteredUser;
  let ola: RegisteredUser;
  let categoryId: string;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    anna = await registerUser(t.client(), { displayName: 'Anna' });
    jan = await registerUser(t.client(), { displayName: 'Jan' });
    ola = await registerUser(t.client(), { displayName: 'Ola' });
    categoryId = await createCategory(t.db);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('notifies the author of the post replied to, once, and not the one who replied', async () => {
    const thread = await createThread(anna.client, categoryId, { title: 'Ławki w parku' });
    const answer = await reply(jan.client, thread.id, 'Zgadzam się');
    const annas = await list(anna);
    const mine = annas.nodes.filter((n) => n.path.includes(answer.id));
    expect(mine).toEqual([
      expect.objectContaining({ type: 'REPLY', title: 'Ławki w parku', readAt: null, actor: { displayName: 'Jan' } }),
    ]);
    expect(mine[0].path).toBe(`/forum/watek/${thread.id}#post-${answer.id}`);
    expect((await list(jan)).nodes.filter((n) => n.path.includes(answer.id))).toEqual([]);
  });

  it('notifies mentioned users, and followers of the thread (authors and repliers follow it)', async () => {
    const handle = (await t.db.query<{ handle: string }[]>('SELECT handle FROM users WHERE id = $1', [ola.id]))[0]
      .handle;
    const thread = await createThread(anna.client, categoryId, { title: 'Oświetlenie' });
    await reply(jan.client, thread.id, 'Pierwsza odpowiedź');
    const mention = await reply(anna.client, thread.id, `Co myślisz, @${handle}?`);
    expect((await list(ola)).nodes.find((n) => n.path.includes(mention.id))?.type).toBe('MENTION');
    // Jan replied before, so he follows the thread; Anna's reply is to the first post (hers), not to Jan's.
    expect((await list(jan)).nodes.find((n) => n.path.includes(mention.id))?.type).toBe('FOLLOWED_THREAD_POST');
    // Ola unfollows nothing (she never followed) and gets no follow notice for later posts.
    const later = await reply(jan.client, thread.id, 'Dalej');
    expect((await list(ola)).nodes.find((n) => n.path.includes(later.id))).toBeUndefined();
    expect((await list(anna)).nodes.find((n) => n.path.includes(later.id))?.type).toBe('REPLY');
  });

  it('follows and unfollows threads explicitly', async () => {
    const thread = await createThread(anna.client, categoryId);
    const follow = `mutation($threadId: ID!) { followThread(threadId: $threadId) }`;
    const unfollow = `mutation($threadId: ID!) { unfollowThread(threadId: $threadId) }`;
    const viewerFollows = `query($id: ID!) { forumThread(id: $id) { viewerFollows } }`;
    await ola.client.data(follow, { threadId: thread.id });
    expect(await ola.client.data(viewerFollows, { id: thread.id })).toEqual({ forumThread: { viewerFollows: true } });
    const first = await reply(jan.client, thread.id, 'Raz');
    expect((await list(ola)).nodes.find((n) => n.path.includes(first.id))?.type).toBe('FOLLOWED_THREAD_POST');
    await ola.client.data(unfollow, { threadId: thread.id });
    const second = await reply(jan.client, thread.id, 'Dwa');
    expect((await list(ola)).nodes.find((n) => n.path.includes(second.id))).toBeUndefined();
    expect(errorCode(await ola.client.request(follow, { threadId: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );
  });

  it("makes a post's author follow the thread once, and again after they unfollowed it", async () => {
    const thread = await createThread(anna.client, categoryId);
    const unfollow = `mutation($threadId: ID!) { unfollowThread(threadId: $threadId) }`;
    const viewerFollows = async () =>
      (
        await ola.client.data<{ forumThread: { viewerFollows: boolean } }>(
          `query($id: ID!) { forumThread(id: $id) { viewerFollows } }`,
          { id: thread.id },
        )
      ).forumThread.viewerFollows;
    const follows = (statements: string[]) => statements.filter((s) => s.startsWith('INSERT INTO thread_follows'));
    // The reply's own transaction: a previous reply's after-commit work may run into the next one's count.
    const transaction = (statements: string[]) =>
      statements.slice(statements.indexOf('START TRANSACTION'), statements.indexOf('COMMIT') + 1);

    const first = await countStatements(t.db, () => reply(ola.client, thread.id, 'Pierwszy głos'));
    expect(follows(first.statements)).toHaveLength(1);
    expect(await viewerFollows()).toBe(true);
    // Following already, her next post spends no statement on it while the thread row is locked.
    const next = await countStatements(t.db, () => reply(ola.client, thread.id, 'Drugi głos'));
    expect(follows(next.statements)).toEqual([]);
    expect(transaction(next.statements)).toHaveLength(transaction(first.statements).length - 1);

    await ola.client.data(unfollow, { threadId: thread.id });
    expect(await viewerFollows()).toBe(false);
    const after = await countStatements(t.db, () => reply(ola.client, thread.id, 'Jednak jeszcze raz'));
    expect(follows(after.statements)).toHaveLength(1);
    expect(await viewerFollows()).toBe(true);
  });

  it('fans a post out to 1,000 followers with one INSERT', async () => {
    const thread = await createThread(anna.client, categoryId, { title: 'Tysiąc obserwujących' });
    await t.db.query(
      `WITH made AS (
         INSERT INTO users (email, display_name, password_hash, handle)
         SELECT 'follower' || g || '@example.pl', 'Obserwator ' || g, 'x', 'follower_' || g FROM generate_series(1, 1000) g
         RETURNING id)
       INSERT INTO thread_follows (thread_id, user_id) SELECT $1, id FROM made`,
      [thread.id],
    );
    let postId = '';
    const counted = await countStatements(t.db, async () => {
      postId = (await reply(jan.client, thread.id, 'Do wszystkich')).id;
    });
    const inserts = counted.statements.filter((sql) => /INSERT INTO notifications/i.test(sql));
    expect(inserts).toHaveLength(1);
    const [{ count }] = await t.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notifications n JOIN users u ON u.id = n.recipient_id
       WHERE n.subject_id = $1 AND u.handle LIKE 'follower\\_%' AND n.type = 'FOLLOWED_THREAD_POST'`,
      [postId],
    );
    expect(count).toBe(1000);
  });

  it('lists with a cursor, marks read one by one and all at once', async () => {
    const thread = await createThread(ola.client, categoryId);
    for (const body of ['a', 'b', 'c']) await reply(jan.client, thread.id, body);
    const before = await list(ola);
    expect(before.unreadCount).toBeGreaterThanOrEqual(3);
    const page1 = await list(ola, { first: 2 });
    expect(page1.nodes).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list(ola, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.nodes[0].id).not.toBe(page1.nodes[1].id);
    const left = await ola.client.data<{ markNotificationsRead: number }>(
      `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: [page1.nodes[0].id] },
    );
    expect(left.markNotificationsRead).toBe(before.unreadCount - 1);
    // Someone else's notification cannot be marked by Jan.
    await jan.client.data(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [page1.nodes[1].id] });
    expect((await list(ola)).unreadCount).toBe(before.unreadCount - 1);
    await ola.client.data(`mutation { markAllNotificationsRead }`);
    expect((await list(ola, { unreadOnly: true })).nodes).toEqual([]);
    expect(await ola.client.data(`query { notificationUnreadCount }`)).toEqual({ notificationUnreadCount: 0 });
  });

  it("keeps every user's unread count in step with their notifications: parallel fan-outs, reading, mailing, deleting", async () => {
    // Users whose stored count differs from their unread notifications counted: none, after every step.
    const mismatches = () =>
      t.db.query(
        `SELECT coalesce(c.user_id, a.recipient_id) AS "userId", c.unread, a.actual
         FROM notification_unread_counts c
         FULL JOIN (SELECT recipient_id, count(*)::int AS actual FROM notifications WHERE read_at IS NULL
                    GROUP BY recipient_id) a ON a.recipient_id = c.user_id
         WHERE coalesce(c.unread, 0) <> coalesce(a.actual, 0)`,
      );
    const threads = [await createThread(anna.client, categoryId), await createThread(ola.client, categoryId)];
    const followers: { id: string }[] = await t.db.query(
      `WITH made AS (
         INSERT INTO users (email, display_name, password_hash, handle)
         SELECT 'licznik' || g || '@example.pl', 'Licznik ' || g, 'x', 'licznik_' || g FROM generate_series(1, 40) g
         RETURNING id)
       INSERT INTO thread_follows (thread_id, user_id) SELECT t, id FROM made, unnest($1::uuid[]) t RETURNING user_id AS id`,
      [threads.map((thread) => thread.id)],
    );
    // Fan-outs to the same 40 people from two threads at once: their counters are locked in the same order.
    await Promise.all(
      threads.flatMap((thread) => [jan, anna, ola].map((writer) => reply(writer.client, thread.id, 'Równolegle'))),
    );
    const someone = followers[0]!.id;
    const [{ count }] = await t.db.query<{ count: number }[]>(
      'SELECT unread AS count FROM notification_unread_counts WHERE user_id = $1',
      [someone],
    );
    expect(count).toBe(6);
    expect(await mismatches()).toEqual([]);

    const ids = followers.map((f) => f.id);
    // Some read, one by one and all at once; every one of them mailed (an update that leaves the counts alone).
    await t.db.query(
      `UPDATE notifications SET read_at = now()
       WHERE id IN (SELECT id FROM notifications WHERE recipient_id = ANY($1::uuid[]) ORDER BY id LIMIT 50)`,
      [ids],
    );
    await t.db.query('UPDATE notifications SET read_at = now() WHERE recipient_id = $1', [ids[1]]);
    await t.db.query('UPDATE notifications SET mailed_at = now() WHERE recipient_id = ANY($1::uuid[])', [ids]);
    expect(await mismatches()).toEqual([]);
    // Deleted: some notifications, then a user with all theirs (the cascade).
    await t.db.query('DELETE FROM notifications WHERE recipient_id = $1', [ids[2]]);
    await t.db.query('DELETE FROM users WHERE id = $1', [ids[3]]);
    expect(await mismatches()).toEqual([]);
  });

  it('pushes the unread count live to the recipient only', async () => {
    const connect = async (cookie: string | null) => {
      const socket: ClientSocket = io(t.url, {
        path: SOCKET_PATH,
        transports: ['websocket'],
        extraHeaders: cookie ? { cookie } : {},
        reconnection: false,
        forceNew: true,
      });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    };
    const annaSocket = await connect(anna.client.cookie);
    const janSocket = await connect(jan.client.cookie);
    const janHeard: number[] = [];
    janSocket.on('notifications.unread', (p) => janHeard.push(p.unreadCount));
    const heard = new Promise<number>((resolve) =>
      annaSocket.once('notifications.unread', (p) => resolve(p.unreadCount)),
    );
    const thread = await createThread(anna.client, categoryId);
    await reply(jan.client, thread.id, 'Na żywo');
    const expected = (await list(anna)).unreadCount;
    await expect(heard).resolves.toBe(expected);
    expect(janHeard).toEqual([]);
  });

  it('respects per-type settings: OFF stores nothing, defaults are listed', async () => {
    const settings = await ola.client.data<{
      notificationSettings: { type: string; delivery: string; customised: boolean }[];
    }>(`query { notificationSettings { type delivery customised } }`);
    expect(settings.notificationSettings).toContainEqual({ type: 'REPLY', delivery: 'IN_APP', customised: false });
    expect(settings.notificationSettings).toContainEqual({
      type: 'PHASE_CHANGE',
      delivery: 'DAILY_DIGEST',
      customised: false,
    });
    await ola.client.data(
      `mutation($input: SetNotificationSettingInput!) { setNotificationSetting(input: $input) { type } }`,
      {
        input: { type: 'REPLY', delivery: 'OFF' },
      },
    );
    const thread = await createThread(ola.client, categoryId);
    const answer = await reply(jan.client, thread.id, 'Cisza');
    // With replies off, her own thread's new post still reaches her as a followed thread's.
    expect((await list(ola)).nodes.find((n) => n.path.includes(answer.id))?.type).toBe('FOLLOWED_THREAD_POST');
    await ola.client.data(
      `mutation($input: SetNotificationSettingInput!) { setNotificationSetting(input: $input) { type } }`,
      {
        input: { type: 'FOLLOWED_THREAD_POST', delivery: 'OFF' },
      },
    );
    const second = await reply(jan.client, thread.id, 'Cisza 2');
    expect((await list(ola)).nodes.find((n) => n.path.includes(second.id))).toBeUndefined();
    expect(
      errorCode(
        await ola.client.request(
          `mutation($input: SetNotificationSettingInput!) { setNotificationSetting(input: $input) { type } }`,
          {
            input: { type: 'NOPE', delivery: 'OFF' },
          },
        ),
      ),
    ).toBeDefined();
  });

  describe('consultations and proposals', () => {
    let official: RegisteredUser;
    let gminaId: string;
    let consultationId: string;

    beforeAll(async () => {
      await ensureServiceAreas(t.db);
      gminaId = (await createMunicipality(t.db, { name: 'Gmina Powiadomień' })).id;
      official = await registerUser(t.client(), { displayName: 'Urzędniczka' });
      await grantRole(t.db, official.id, gminaId, 'OFFICIAL');
      consultationId = await createConsultation(t.db, {
        municipalityId: gminaId,
        organiserId: official.id,
        title: 'Budżet obywatelski',
        phases: [
          { kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) },
          { kind: 'VOTING', startsOn: warsawDay(6), endsOn: warsawDay(20) },
        ],
      });
    });

    it('tells the author of a proposal about a status change and the answer', async () => {
      const proposal = await anna.client.data<{ submitProposal: { id: string } }>(
        `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
        { input: { consultationId, title: 'Ławki przy szkole', body: 'Uzasadnienie', serviceArea: 'TRANSPORT' } },
      );
      const id = proposal.submitProposal.id;
      await official.client.data(`mutation($input: ReviewProposalInput!) { reviewProposal(input: $input) { id } }`, {
        input: { id, status: 'UNDER_REVIEW', answer: 'Sprawdzamy koszty.' },
      });
      const found = (await list(anna)).nodes.filter((n) => n.path.endsWith(`/propozycje/${id}`));
      expect(found).toEqual([
        expect.objectContaining({
          type: 'PROPOSAL_STATUS',
          title: 'Ławki przy szkole',
          actor: { displayName: 'Urzędniczka' },
        }),
      ]);
    });

    it('tells followers of a consultation about its phase change and posts in its debate', async () => {
      await jan.client.data(`mutation($id: ID!) { followConsultation(id: $id) { id } }`, { id: consultationId });
      await official.client.data(`mutation($id: ID!) { advanceConsultationPhase(id: $id) { id } }`, {
        id: consultationId,
      });
      const phase = (await list(jan)).nodes.filter(
        (n) => n.type === 'PHASE_CHANGE' && n.path === `/konsultacje/${consultationId}`,
      );
      expect(phase.length).toBeGreaterThanOrEqual(1);
      expect((await list(ola)).nodes.filter((n) => n.type === 'PHASE_CHANGE')).toEqual([]);

      // Opened as the consultations feature opens its debate (the API opens general threads only).
      const debate = await t.app.get(PostService).createThread(
        { userId: official.id, sessionId: '', isAdmin: false },
        {
          categoryId,
          title: 'Debata o budżecie',
          body: 'Zapraszamy',
          subjectType: ThreadSubjectType.CONSULTATION,
          subjectId: consultationId,
        },
      );
      const post = await reply(ola.client, debate.id, 'Mój głos w debacie');
      expect((await list(jan)).nodes.find((n) => n.path.includes(post.id))?.type).toBe('FOLLOWED_CONSULTATION_POST');
      // The same post reaches the thread's author as a reply, once.
      expect((await list(official)).nodes.filter((n) => n.path.includes(post.id)).map((n) => n.type)).toEqual([
        'REPLY',
      ]);
    });

    it('calls the phase-change job safely again: no second notification', async () => {
      const before = (await list(jan)).nodes.filter((n) => n.type === 'PHASE_CHANGE').length;
      await t.app.get(ConsultationTimelineService).emitDuePhaseChanges();
      expect((await list(jan)).nodes.filter((n) => n.type === 'PHASE_CHANGE').length).toBe(before);
    });
  });

  describe('e-mail', () => {
    const OUTBOX = `query($to: String) { mailOutbox(first: 50, to: $to) { nodes { id to kind subject text html listUnsubscribe } } }`;
    let admin: RegisteredUser;
    let mail: NotificationMailService;
    let service: NotificationService;

    beforeAll(async () => {
      admin = await registerUser(t.client(), { displayName: 'Admin' });
      await makeAdmin(t.db, admin.id);
      mail = t.app.get(NotificationMailService);
      service = t.app.get(NotificationService);
    });

    async function outbox(to: string) {
      const data = await admin.client.data<{
        mailOutbox: {
          nodes: {
            to: string;
            kind: string;
            subject: string;
            text: string;
            html: string;
            listUnsubscribe: string | null;
          }[];
        };
      }>(OUTBOX, { to });
      // Every test user's first e-mail is its sign-up confirmation; these tests are about notifications.
      return data.mailOutbox.nodes.filter((mail) => mail.kind !== 'REGISTRATION_CONFIRMATION');
    }

    /**
     * The app's own run (nudged after a write, or scheduled) may hold some of the user's notifications while ours
     * skips them (each run skips rows another holds): wait for its commit too before reading the outbox.
     */
    async function untilMailed(userId: string): Promise<void> {
      await eventually(async () => {
        const [{ unmailed }] = await t.db.query<{ unmailed: number }[]>(
          `SELECT count(*)::int AS unmailed FROM notifications
           WHERE recipient_id = $1 AND mailed_at IS NULL AND delivery = 'EMAIL_IMMEDIATELY'`,
          [userId],
        );
        return unmailed === 0;
      });
    }

    it('mails an EMAIL_IMMEDIATELY notification exactly once, escaped, with a one-click unsubscribe', async () => {
      const user = await registerUser(t.client(), { displayName: 'Mailowa' });
      await user.client.data(
        `mutation($input: SetNotificationSettingInput!) { setNotificationSetting(input: $input) { type } }`,
        {
          input: { type: 'REPLY', delivery: 'EMAIL_IMMEDIATELY' },
        },
      );
      const thread = await createThread(user.client, categoryId, { title: '<script>alert(1)</script> & ławki' });
      await reply(jan.client, thread.id, 'Odpowiedź');
      // The job may have run already (nudged after the write); running it again mails nothing twice.
      await mail.mailImmediate();
      await mail.mailImmediate();
      await untilMailed(user.id);
      const mails = await outbox(user.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].kind).toBe('NOTIFICATION');
      expect(mails[0].html).not.toContain('<script>');
      expect(mails[0].html).toContain('&#60;script&#62;');
      expect(mails[0].listUnsubscribe).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\?token=.+>$/);

      const url = new URL(mails[0].listUnsubscribe!.slice(1, -1));
      const unsubscribe = await fetch(`${t.url}${url.pathname}${url.search}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(unsubscribe.status).toBe(200);
      const after = await user.client.data<{ notificationSettings: { type: string; delivery: string }[] }>(
        `query { notificationSettings { type delivery } }`,
      );
      expect(after.notificationSettings).toContainEqual({ type: 'REPLY', delivery: 'OFF' });
      const forged = await fetch(`${t.url}/api/unsubscribe?token=${url.searchParams.get('token')!.slice(0, -2)}xx`, {
        method: 'POST',
      });
      expect(forged.status).toBe(400);
    });

    it('groups the daily digest by consultation and sends it once', async () => {
      const user = await registerUser(t.client(), { displayName: 'Cyfrowa' });
      const [m] = await t.db.query<{ id: string }[]>(
        `INSERT INTO municipalities (slug, name, kind) VALUES ('digest-gmina', 'Gmina', 'RURAL_GMINA') RETURNING id`,
      );
      const [c1] = await t.db.query<{ id: string }[]>(
        `INSERT INTO consultations (municipality_id, slug, title, summary_source, summary_html, goal_source, goal_html)
         VALUES ($1, 'park', 'Park miejski', '', '', '', '') RETURNING id`,
        [m.id],
      );
      const [c2] = await t.db.query<{ id: string }[]>(
        `INSERT INTO consultations (municipality_id, slug, title, summary_source, summary_html, goal_source, goal_html)
         VALUES ($1, 'rynek', 'Rynek', '', '', '', '') RETURNING id`,
        [m.id],
      );
      for (const [consultationId, title] of [
        [c1.id, 'Etap propozycji'],
        [c2.id, 'Etap głosowania'],
        [c1.id, 'Etap raportu'],
      ]) {
        await service.notify({
          type: 'PHASE_CHANGE',
          recipientIds: [user.id],
          subjectKind: 'CONSULTATION',
          subjectId: consultationId,
          consultationId,
          title,
          path: `/konsultacje/${consultationId}`,
          dedupeKey: `phase:${consultationId}:${title}`,
        });
      }
      expect(await mail.sendDigests()).toBeGreaterThanOrEqual(1);
      await mail.sendDigests();
      const mails = (await outbox(user.email)).filter((m) => m.kind === 'DIGEST');
      expect(mails).toHaveLength(1);
      const text = mails[0].text;
      expect(text.indexOf('## Park miejski')).toBeLessThan(text.indexOf('Etap propozycji'));
      expect(text.indexOf('Etap raportu')).toBeLessThan(text.indexOf('## Rynek'));
      expect(text.indexOf('## Rynek')).toBeLessThan(text.indexOf('Etap głosowania'));
      expect(mails[0].listUnsubscribe).toContain('/api/unsubscribe?token=');
    });

    it('keeps every known XSS vector inert in e-mails (titles and actor names)', async () => {
      const user = await registerUser(t.client(), { displayName: 'Odbiorca' });
      const actor = await registerUser(t.client(), { displayName: XSS_VECTORS[0].slice(0, 60) });
      for (const [index, vector] of XSS_VECTORS.entries()) {
        await service.notify({
          type: 'MEETING_REMINDER',
          recipientIds: [user.id],
          actorId: actor.id,
          subjectKind: 'MEETING',
          subjectId: `xss-${index}`,
          title: vector,
          path: '/spotkania/x',
          dedupeKey: `xss:${index}`,
        });
      }
      await mail.mailImmediate();
      await untilMailed(user.id);
      const found = (
        await admin.client.data<{ mailOutbox: { nodes: { html: string; kind: string }[] } }>(
          `query($to: String) { mailOutbox(first: 100, to: $to) { nodes { html kind } } }`,
          { to: user.email },
        )
      ).mailOutbox.nodes.filter((mail) => mail.kind !== 'REGISTRATION_CONFIRMATION');
      expect(found.length).toBe(XSS_VECTORS.length);
      const dangers: string[] = [];
      const visit = (node: DefaultTreeAdapterTypes.Node) => {
        if ('tagName' in node) {
          const element = node as DefaultTreeAdapterTypes.Element;
          if (!['a', 'p', 'strong', 'hr', 'small', 'h1', 'h2', 'ul', 'li'].includes(element.tagName))
            dangers.push(`<${element.tagName}>`);
          for (const attribute of element.attrs) {
            if (attribute.name !== 'href') dangers.push(`${attribute.name}=`);
            else if (!/^(http:\/\/localhost:\d+\/|https?:\/\/)/.test(attribute.value)) dangers.push(attribute.value);
          }
        }
        if ('childNodes' in node) for (const child of node.childNodes) visit(child);
      };
      for (const { html } of found) {
        const body = /<body>([\s\S]*)<\/body>/.exec(html)![1];
        visit(parseFragment(body));
      }
      expect(dangers).toEqual([]);
    });

    it('lets only administrators read the outbox', async () => {
      expect(errorCode(await jan.client.request(OUTBOX, { to: jan.email }))).toBe('FORBIDDEN');
    });
  });
});

describe('meeting reminders on two instances', () => {
  it('reminds each registered person once, a day before, whichever instance runs the job', async () => {
    const database = await createTestDatabase();
    const a = await startTestApp({ databaseUrl: database.url });
    const b = await startTestApp({ databaseUrl: database.url });
    try {
      const gminaId = (await createMunicipality(a.db, { name: 'Gmina Spotkań' })).id;
      const official = await registerUser(a.client(), { displayName: 'Organizatorka' });
      await grantRole(a.db, official.id, gminaId, 'OFFICIAL');
      const soon = await createMeeting(official.client, {
        municipalityId: gminaId,
        title: 'Spotkanie jutro',
        startsAt: hoursFromNow(23),
        endsAt: hoursFromNow(25),
      });
      const later = await createMeeting(official.client, {
        municipalityId: gminaId,
        title: 'Spotkanie pojutrze',
        startsAt: hoursFromNow(24.5),
        endsAt: hoursFromNow(26),
      });
      const people = [await registerUser(a.client()), await registerUser(b.client())];
      for (const person of people) {
        expect((await register(person.client, soon.id)).errors).toBeUndefined();
        expect((await register(person.client, later.id)).errors).toBeUndefined();
      }
      // Both instances scan at once, as their cron ticks would.
      await Promise.all([
        a.app.get(MeetingReminderService).scheduleDue(),
        b.app.get(MeetingReminderService).scheduleDue(),
      ]);
      await a.app.get(MeetingReminderService).scheduleDue();

      const reminders = async () =>
        a.db.query<{ recipient_id: string; subject_id: string }[]>(
          `SELECT recipient_id, subject_id FROM notifications WHERE type = 'MEETING_REMINDER'`,
        );
      for (let i = 0; i < 150 && (await reminders()).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      // Reminders are mailed at once by default: wait for both e-mails too, then for any straggling duplicate.
      const mails = async () =>
        a.db.query<{ to_address: string }[]>(`SELECT to_address FROM mail_outbox WHERE subject LIKE 'Przypomnienie%'`);
      for (let i = 0; i < 150 && (await mails()).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 3000));

      const found = await reminders();
      expect(found.map((row) => row.subject_id)).toEqual([soon.id, soon.id]);
      expect(new Set(found.map((row) => row.recipient_id))).toEqual(new Set(people.map((p) => p.id)));
      expect((await mails()).map((m) => m.to_address).sort()).toEqual(people.map((p) => p.email).sort());

      // The later meeting's reminder waits in the queue until a day before it starts.
      const [job] = await a.db.query<{ start_after: Date }[]>(
        `SELECT start_after FROM pgboss.job WHERE name = 'notifications.meeting-reminder' AND data->>'meetingId' = $1`,
        [later.id],
      );
      expect(
        Math.abs(new Date(job.start_after).getTime() - (new Date(later.startsAt).getTime() - 24 * 3600_000)),
      ).toBeLessThan(1000);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await database.drop();
    }
  }, 120_000);
});
