import { io, type Socket } from 'socket.io-client';
import {
  ErrorCode,
  SOCKET_PATH,
  type ClientToServerEvents,
  type CategoryThreadPayload,
  type ConsultationEvent,
  type ProblemTreeEvent,
  type ServerToClientEvents,
  type ThreadEvent,
} from '@ratusz/shared';
import { ensureServiceAreas } from './support/consultation-factories.js';
import { createConsultation, warsawDay } from './support/document-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, reply } from './support/forum-factories.js';
import { errorCode } from './support/graphql-client.js';
import { DISMISS, EDIT, flag, HIDE, RESTORE, SETTINGS } from './support/moderation-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const SUBMIT_PROPOSAL = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const CREATE_TREE = `mutation($input: CreateProblemTreeInput!) { createProblemTree(input: $input) { id } }`;
const ADD_NODE = `mutation($input: AddProblemTreeNodeInput!) { addProblemTreeNode(input: $input) { id } }`;
const SUPPORT_NODE = `mutation($id: ID!) { supportProblemTreeNode(id: $id) { id } }`;
const APPROVE = `mutation($input: ModerationItemInput!) { approveContent(input: $input) { state } }`;
const REPLY_AS = `mutation($input: ReplyInput!) { replyToPost(input: $input) { id awaitingModeration } }`;
const EDIT_POST = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const FOLLOW = `mutation($threadId: ID!) { followThread(threadId: $threadId) }`;
const CREATE_ORG = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id name } }`;
const CREATE_THREAD_AS = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;

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

describe('moderation, live', () => {
  let t: TestApp;
  let gmina: { id: string };
  let categoryId: string;
  let author: RegisteredUser;
  let moderator: RegisteredUser;
  let official: RegisteredUser;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await ensureServiceAreas(t.db);
    gmina = await createMunicipality(t.db, { name: 'Gmina Na Żywo' });
    categoryId = await createCategory(t.db, { municipalityId: gmina.id });
    author = await registerUser(t.client(), { displayName: 'Autorka Ewa', homeMunicipalityId: gmina.id });
    moderator = await registerUser(t.client(), { displayName: 'Moderator Marek' });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Iza' });
    await grantRole(t.db, moderator.id, gmina.id, 'MODERATOR');
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    // A database, migrations and three sign-ups (each hashing a password twice): slow on a busy CI machine.
  }, 120_000);
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await t?.close();
  });

  /** An anonymous viewer in `room`. */
  async function viewer(room: string): Promise<ClientSocket> {
    const socket: ClientSocket = io(t.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    expect((await socket.timeout(5000).emitWithAck('room.join', { room })).ok).toBe(true);
    return socket;
  }

  /** What a list of the thread's category and a page of the thread receive from now on. */
  /** What a page opened now hears: the thread's events after those already stored (as the client's sequencer does). */
  async function watchThread(threadId: string): Promise<{ nudges: CategoryThreadPayload[]; events: ThreadEvent[] }> {
    const [{ seq }] = (await t.db.query(
      'SELECT coalesce(max(seq), 0)::int AS seq FROM forum_events WHERE thread_id = $1',
      [threadId],
    )) as { seq: number }[];
    const list = await viewer(`category:${categoryId}`);
    const page = await viewer(`thread:${threadId}`);
    const nudges: CategoryThreadPayload[] = [];
    const events: ThreadEvent[] = [];
    list.on('category.thread', (payload) => nudges.push(payload));
    // A batch queued before the page joined may still arrive (up to BATCH_INTERVAL_MS after its write answered).
    page.on('thread.events', (batch) => events.push(...batch.filter((event) => event.seq > seq)));
    return { nudges, events };
  }

  describe('hiding and restoring', () => {
    it('tells a consultation’s viewers a proposal was hidden (without its text) and restored (with it)', async () => {
      const consultationId = await createConsultation(t.db, {
        municipalityId: gmina.id,
        organiserId: official.id,
        phases: [{ kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) }],
      });
      const { submitProposal } = await author.client.data<{ submitProposal: { id: string } }>(SUBMIT_PROPOSAL, {
        input: {
          consultationId,
          title: 'Parking przy szkole',
          body: 'Tajny numer telefonu 600 100 200',
          serviceArea: 'TRANSPORT',
        },
      });
      const socket = await viewer(`consultation:${consultationId}`);
      const received: ConsultationEvent[] = [];
      socket.on('consultation.event', (event) => received.push(event));

      await moderator.client.data(HIDE, {
        input: { kind: 'PROPOSAL', itemId: submitProposal.id, reason: 'Dane osobowe' },
      });
      const hidden = await arrival(received, (events) => events.find((e) => e.kind === 'proposal.hidden'));
      expect(hidden).toEqual({
        kind: 'proposal.hidden',
        consultationId,
        seq: expect.any(Number),
        proposalId: submitProposal.id,
        hiddenReason: 'Dane osobowe',
      });
      // Neither the live event nor the stored one (replayed after a reconnect) carries the text.
      const stored = (await t.db.query(
        `SELECT payload::text AS payload FROM consultation_events WHERE consultation_id = $1 AND seq = $2`,
        [consultationId, hidden.seq],
      )) as { payload: string }[];
      for (const text of [JSON.stringify(hidden), stored[0]?.payload ?? '']) {
        expect(text).not.toContain('600 100 200');
        expect(text).not.toContain('Parking');
      }

      await moderator.client.data(RESTORE, { input: { kind: 'PROPOSAL', itemId: submitProposal.id } });
      const restored = await arrival(received, (events) => events.find((e) => e.kind === 'proposal.restored'));
      expect(restored).toMatchObject({
        kind: 'proposal.restored',
        seq: hidden.seq + 1,
        proposal: { id: submitProposal.id, title: 'Parking przy szkole' },
      });
      expect(restored.kind === 'proposal.restored' && restored.bodyHtml).toContain('600 100 200');
    });

    it('tells a tree’s viewers a node was hidden (without its description) and restored (with it)', async () => {
      const tree = await official.client.data<{ createProblemTree: { id: string } }>(CREATE_TREE, {
        input: { municipalityId: gmina.id, title: 'Drzewo na żywo', coreText: 'Korki rano' },
      });
      const treeId = tree.createProblemTree.id;
      const [core] = (await t.db.query(`SELECT id FROM problem_tree_nodes WHERE tree_id = $1 AND kind = 'CORE'`, [
        treeId,
      ])) as { id: string }[];
      const node = await author.client.data<{ addProblemTreeNode: { id: string } }>(ADD_NODE, {
        input: { treeId, parentId: core.id, kind: 'CAUSE', text: 'Brak autobusów', description: 'Adres: ul. Tajna 5' },
      });
      const nodeId = node.addProblemTreeNode.id;
      const socket = await viewer(`problemTree:${treeId}`);
      const received: ProblemTreeEvent[] = [];
      socket.on('problemTree.event', (event) => received.push(event));

      await moderator.client.data(HIDE, { input: { kind: 'TREE_NODE', itemId: nodeId, reason: 'Dane osobowe' } });
      const hidden = await arrival(received, (events) => events.find((e) => e.kind === 'node.hidden'));
      expect(hidden).toEqual({
        kind: 'node.hidden',
        treeId,
        seq: expect.any(Number),
        nodeId,
        hiddenReason: 'Dane osobowe',
      });
      // Later events of the hidden node (here a support) do not carry the description either.
      await official.client.data(SUPPORT_NODE, { id: nodeId });
      const supported = await arrival(received, (events) => events.find((e) => e.kind === 'node.supportChanged'));
      const stored = (await t.db.query(`SELECT payload::text AS payload FROM problem_tree_events WHERE tree_id = $1`, [
        treeId,
      ])) as { payload: string }[];
      const afterHide = stored.map((row) => row.payload).filter((p) => JSON.parse(p).seq >= hidden.seq);
      for (const text of [JSON.stringify(hidden), JSON.stringify(supported), ...afterHide]) {
        expect(text).not.toContain('Tajna');
      }

      await moderator.client.data(RESTORE, { input: { kind: 'TREE_NODE', itemId: nodeId } });
      const restored = await arrival(received, (events) => events.find((e) => e.kind === 'node.restored'));
      expect(restored).toMatchObject({
        kind: 'node.restored',
        node: { id: nodeId, text: 'Brak autobusów', descriptionSource: 'Adres: ul. Tajna 5' },
      });
      expect(restored.kind === 'node.restored' && restored.node.descriptionHtml).toContain('Tajna 5');
    });

    it('tells a category’s and a thread’s viewers a thread was hidden (without its title) and restored (with it)', async () => {
      const thread = await createThread(author.client, categoryId, { title: 'Sąsiad spod 7 to złodziej' });
      const { nudges, events } = await watchThread(thread.id);
      const titles = () =>
        t
          .client()
          .data<{ forumThreads: { nodes: { id: string; title: string | null; hiddenReason: string | null }[] } }>(
            `query($c: ID!) { forumThreads(categoryId: $c, first: 50) { nodes { id title hiddenReason } } }`,
            { c: categoryId },
          )
          .then((data) => data.forumThreads.nodes.find((node) => node.id === thread.id));

      await moderator.client.data(HIDE, { input: { kind: 'THREAD', itemId: thread.id, reason: 'Pomówienie' } });
      await arrival(nudges, (all) => all.find((n) => n.threadId === thread.id));
      const hidden = await arrival(events, (all) => all.find((e) => e.kind === 'thread.updated'));
      expect(nudges).toEqual([{ categoryId, threadId: thread.id, kind: 'thread.updated' }]);
      expect(hidden).toMatchObject({ kind: 'thread.updated', threadId: thread.id, title: null });
      for (const text of [JSON.stringify(nudges), JSON.stringify(hidden)]) expect(text).not.toContain('złodziej');
      // What the list re-reads on the nudge: the notice, not the title.
      expect(await titles()).toEqual({ id: thread.id, title: null, hiddenReason: 'Pomówienie' });

      await moderator.client.data(RESTORE, { input: { kind: 'THREAD', itemId: thread.id } });
      await arrival(nudges, (all) => (all.length === 2 ? all : undefined));
      const restored = await arrival(events, (all) =>
        all.find((e) => e.kind === 'thread.updated' && e.seq > hidden.seq),
      );
      expect(restored).toMatchObject({ title: 'Sąsiad spod 7 to złodziej' });
      expect(await titles()).toEqual({ id: thread.id, title: 'Sąsiad spod 7 to złodziej', hiddenReason: null });
    });
  });

  describe('editing with a note', () => {
    it('tells a consultation’s viewers a moderator corrected a visible proposal, with the note; not a hidden one', async () => {
      const consultationId = await createConsultation(t.db, {
        municipalityId: gmina.id,
        organiserId: official.id,
        phases: [{ kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) }],
      });
      const submit = (title: string) =>
        author.client.data<{ submitProposal: { id: string } }>(SUBMIT_PROPOSAL, {
          input: { consultationId, title, body: 'Dzwońcie: 600 300 400', serviceArea: 'TRANSPORT' },
        });
      const { submitProposal: visible } = await submit('Plac zabaw');
      const { submitProposal: hidden } = await submit('Boisko');
      await moderator.client.data(HIDE, { input: { kind: 'PROPOSAL', itemId: hidden.id, reason: 'Dane osobowe' } });
      const socket = await viewer(`consultation:${consultationId}`);
      const received: ConsultationEvent[] = [];
      socket.on('consultation.event', (event) => received.push(event));

      await moderator.client.data(EDIT, {
        input: { kind: 'PROPOSAL', itemId: hidden.id, body: 'Bez numeru, ukryte', note: 'Usunięto telefon' },
      });
      await moderator.client.data(EDIT, {
        input: { kind: 'PROPOSAL', itemId: visible.id, body: 'Dzwońcie do urzędu', note: 'Usunięto numer telefonu' },
      });
      const edited = await arrival(received, (events) => events.find((e) => e.kind === 'proposal.moderatorEdited'));
      expect(edited).toMatchObject({
        kind: 'proposal.moderatorEdited',
        consultationId,
        proposal: { id: visible.id, title: 'Plac zabaw' },
        note: 'Usunięto numer telefonu',
      });
      expect(edited.kind === 'proposal.moderatorEdited' && edited.bodyHtml).toContain('Dzwońcie do urzędu');
      // The hidden one's correction went nowhere: not live, not into the replayable log.
      expect(received.filter((e) => e.kind === 'proposal.moderatorEdited')).toHaveLength(1);
      const stored = (await t.db.query(
        `SELECT payload::text AS payload FROM consultation_events WHERE consultation_id = $1`,
        [consultationId],
      )) as { payload: string }[];
      expect(stored.map((row) => row.payload).join()).not.toContain('ukryte');
    });

    it('tells a tree’s viewers a moderator corrected a visible node, with the note; not a hidden one', async () => {
      const tree = await official.client.data<{ createProblemTree: { id: string } }>(CREATE_TREE, {
        input: { municipalityId: gmina.id, title: 'Drzewo poprawek', coreText: 'Brud na ulicach' },
      });
      const treeId = tree.createProblemTree.id;
      const [core] = (await t.db.query(`SELECT id FROM problem_tree_nodes WHERE tree_id = $1 AND kind = 'CORE'`, [
        treeId,
      ])) as { id: string }[];
      const add = async (text: string) =>
        (
          await author.client.data<{ addProblemTreeNode: { id: string } }>(ADD_NODE, {
            input: { treeId, parentId: core.id, kind: 'CAUSE', text },
          })
        ).addProblemTreeNode.id;
      const visibleId = await add('Za mało koszy, pan Kowalski');
      const hiddenId = await add('Obraźliwy wpis');
      await moderator.client.data(HIDE, { input: { kind: 'TREE_NODE', itemId: hiddenId, reason: 'Obraźliwe' } });
      const socket = await viewer(`problemTree:${treeId}`);
      const received: ProblemTreeEvent[] = [];
      socket.on('problemTree.event', (event) => received.push(event));

      await moderator.client.data(EDIT, {
        input: { kind: 'TREE_NODE', itemId: hiddenId, body: 'Poprawione ukryte', note: 'Łagodniej' },
      });
      await moderator.client.data(EDIT, {
        input: { kind: 'TREE_NODE', itemId: visibleId, body: 'Za mało koszy', note: 'Bez nazwisk' },
      });
      const edited = await arrival(received, (events) => events.find((e) => e.kind === 'node.moderatorEdited'));
      expect(edited).toMatchObject({
        kind: 'node.moderatorEdited',
        treeId,
        node: { id: visibleId, text: 'Za mało koszy', version: 2 },
        note: 'Bez nazwisk',
      });
      expect(received.filter((e) => e.kind === 'node.moderatorEdited')).toHaveLength(1);
      const stored = (await t.db.query(`SELECT payload::text AS payload FROM problem_tree_events WHERE tree_id = $1`, [
        treeId,
      ])) as { payload: string }[];
      expect(stored.map((row) => row.payload).join()).not.toContain('Poprawione ukryte');
    });
  });

  describe('an action that rolls back', () => {
    /** A note the log refuses: the action fails after the content and its event were written in its transaction. */
    const REFUSED_NOTE = 'Poprawka, której dziennik nie przyjmie';

    beforeAll(async () => {
      await t.db.query(`CREATE FUNCTION refuse_moderation_note() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.reason = '${REFUSED_NOTE}' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`);
      await t.db.query(
        `CREATE TRIGGER refuse_note BEFORE INSERT ON moderation_log FOR EACH ROW EXECUTE FUNCTION refuse_moderation_note()`,
      );
    });
    afterAll(async () => {
      await t.db.query('DROP TRIGGER refuse_note ON moderation_log');
      await t.db.query('DROP FUNCTION refuse_moderation_note()');
    });

    /**
     * The failed correction, then an action that itself announces nothing
     * (dismissing flags on a visible item: where a stale event would go out),
     * then a hide that announces only itself.
     */
    async function failThenDismissThenHide(kind: 'THREAD' | 'POST', itemId: string): Promise<void> {
      const failed = await moderator.client.request(EDIT, {
        input: { kind, itemId, body: 'Tekst, który się wycofał', note: REFUSED_NOTE },
      });
      expect(errorCode(failed)).toBe('INTERNAL_SERVER_ERROR');
      expect((await flag(official.client, kind, itemId)).errors).toBeUndefined();
      await moderator.client.data(DISMISS, { input: { kind, itemId } });
      await moderator.client.data(HIDE, { input: { kind, itemId, reason: 'Obraźliwe' } });
    }

    it('publishes no event of a thread’s rolled-back correction, and the next action only its own', async () => {
      const thread = await createThread(author.client, categoryId, { title: 'Zimowe utrzymanie dróg' });
      const { nudges, events } = await watchThread(thread.id);

      await failThenDismissThenHide('THREAD', thread.id);
      const hidden = await arrival(events, (all) => all.find((e) => e.kind === 'thread.updated'));
      await arrival(nudges, (all) => all.find((n) => n.threadId === thread.id));
      // One socket delivers in order: anything published before the hide is here by now.
      expect(events).toEqual([hidden]);
      expect(hidden).toMatchObject({ threadId: thread.id, title: null, seq: thread.seq + 1 });
      expect(nudges).toEqual([{ categoryId, threadId: thread.id, kind: 'thread.updated' }]);
      expect(JSON.stringify(events)).not.toContain('wycofał');
    });

    it('publishes no event of a post’s rolled-back correction, and the next action only its own', async () => {
      const thread = await createThread(author.client, categoryId, { title: 'Odśnieżanie chodników' });
      const post = await reply(author.client, thread.id, 'Chodnik przy szkole nieodśnieżony');
      const { events } = await watchThread(thread.id);

      await failThenDismissThenHide('POST', post.id);
      const hidden = await arrival(events, (all) => all.find((e) => e.kind === 'post.edited'));
      expect(events).toEqual([hidden]);
      expect(hidden).toMatchObject({ post: { id: post.id, hiddenReason: 'Obraźliwe' } });
      expect(JSON.stringify(events)).not.toContain('wycofał');
    });
  });

  describe('pre-moderation', () => {
    /** What publishing the post notified (the moderators' and the author's moderation notices aside). */
    async function notices(postId: string): Promise<{ recipient: string; type: string }[]> {
      return (await t.db.query(
        `SELECT recipient_id AS recipient, type FROM notifications
         WHERE subject_id = $1 AND type NOT LIKE 'MODERATION\\_%' ORDER BY type, recipient_id`,
        [postId],
      )) as { recipient: string; type: string }[];
    }

    it('notifies on approval exactly as an unheld reply does: the author replied to, the mentioned, followers; once', async () => {
      const anna = await registerUser(t.client(), { displayName: 'Anna Wątkowa' });
      const ola = await registerUser(t.client(), { displayName: 'Ola Wspomniana' });
      const jan = await registerUser(t.client(), { displayName: 'Jan Obserwator' });
      const [{ handle }] = (await t.db.query('SELECT handle FROM users WHERE id = $1', [ola.id])) as {
        handle: string;
      }[];
      await official.client.data(SETTINGS, {
        input: { municipalityId: gmina.id, flagThreshold: 3, premoderation: true, premoderationAccountDays: 30 },
      });
      try {
        const thread = await createThread(anna.client, categoryId, { title: 'Ścieżka rowerowa' });
        await jan.client.data(FOLLOW, { threadId: thread.id });
        const newcomer = await registerUser(t.client(), { displayName: 'Nowy Mieszkaniec' });
        const held = await newcomer.client.data<{ replyToPost: { id: string; awaitingModeration: boolean } }>(
          REPLY_AS,
          { input: { threadId: thread.id, body: `Popieram, a co na to @${handle}?` } },
        );
        expect(held.replyToPost.awaitingModeration).toBe(true);
        expect(await notices(held.replyToPost.id)).toEqual([]);

        await moderator.client.data(APPROVE, { input: { kind: 'POST', itemId: held.replyToPost.id } });
        const expected = [
          { recipient: jan.id, type: 'FOLLOWED_THREAD_POST' },
          { recipient: ola.id, type: 'MENTION' },
          { recipient: anna.id, type: 'REPLY' },
        ].sort((a, b) => a.type.localeCompare(b.type) || a.recipient.localeCompare(b.recipient));
        expect(await notices(held.replyToPost.id)).toEqual(expected);
        // Its author now follows the thread, as one whose reply was not held does.
        const [{ follows }] = (await t.db.query(
          'SELECT count(*)::int AS follows FROM thread_follows WHERE user_id = $1 AND thread_id = $2',
          [newcomer.id, thread.id],
        )) as { follows: number }[];
        expect(follows).toBe(1);

        // An unheld reply of the same shape (the moderator's) notifies the same people the same way, and the
        // approved reply's author too, who follows the thread now.
        const unheld = await reply(moderator.client, thread.id, `Popieram, a co na to @${handle}?`);
        expect(await notices(unheld.id)).toEqual(
          [...expected, { recipient: newcomer.id, type: 'FOLLOWED_THREAD_POST' }].sort(
            (a, b) => a.type.localeCompare(b.type) || a.recipient.localeCompare(b.recipient),
          ),
        );

        expect(
          errorCode(await moderator.client.request(APPROVE, { input: { kind: 'POST', itemId: held.replyToPost.id } })),
        ).toBe(ErrorCode.CONFLICT);
        expect(await notices(held.replyToPost.id)).toEqual(expected);
      } finally {
        await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, flagThreshold: 3 } });
      }
    });
  });

  describe('on behalf of an organisation', () => {
    it('pushes posts with their organisation (id, name, verified) so the label is live', async () => {
      const { createOrganisation: org } = await author.client.data<{
        createOrganisation: { id: string; name: string };
      }>(CREATE_ORG, { input: { name: 'Stowarzyszenie Na Żywo', municipalityIds: [gmina.id] } });
      const thread = await createThread(moderator.client, categoryId, { title: 'Etykiety na żywo' });
      const socket = await viewer(`thread:${thread.id}`);
      const received: ThreadEvent[] = [];
      socket.on('thread.events', (batch) => received.push(...batch));

      const written = await author.client.data<{ replyToPost: { id: string } }>(REPLY_AS, {
        input: { threadId: thread.id, body: 'Zapraszamy na spotkanie', organisationId: org.id },
      });
      const created = await arrival(received, (events) =>
        events.find((e) => e.kind === 'post.created' && e.post.id === written.replyToPost.id),
      );
      expect(created.kind === 'post.created' && created.post.organisation).toEqual({
        id: org.id,
        name: 'Stowarzyszenie Na Żywo',
        verified: false,
      });

      await t.db.query('UPDATE organisations SET verified_at = now() WHERE id = $1', [org.id]);
      await author.client.data(EDIT_POST, { input: { postId: written.replyToPost.id, body: 'Zapraszamy we wtorek' } });
      const edited = await arrival(received, (events) => events.find((e) => e.kind === 'post.edited'));
      expect(edited.kind === 'post.edited' && edited.post.organisation).toEqual({
        id: org.id,
        name: 'Stowarzyszenie Na Żywo',
        verified: true,
      });

      const plain = await reply(author.client, thread.id, 'Od siebie');
      const own = await arrival(received, (events) =>
        events.find((e) => e.kind === 'post.created' && e.post.id === plain.id),
      );
      expect(own.kind === 'post.created' && own.post.organisation).toBeNull();

      const { createThread: orgThread } = await author.client.data<{ createThread: { id: string } }>(CREATE_THREAD_AS, {
        input: { categoryId, title: 'Wątek organizacji', body: 'Pierwszy wpis', organisationId: org.id },
      });
      const [{ payload }] = (await t.db.query(
        `SELECT payload::text AS payload FROM forum_events WHERE thread_id = $1 AND seq = 1`,
        [orgThread.id],
      )) as { payload: string }[];
      expect((JSON.parse(payload) as { post: { organisation: unknown } }).post.organisation).toEqual({
        id: org.id,
        name: 'Stowarzyszenie Na Żywo',
        verified: true,
      });
    });
  });
});
