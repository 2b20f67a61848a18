import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_PATH,
  type ClientToServerEvents,
  type ConsultationEvent,
  type ServerToClientEvents,
} from '@ratusz/shared';
import { createConsultation, setPhases, warsawDay } from './support/document-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, REPLY } from './support/forum-factories.js';
import { errorCode, type GraphQLResponse } from './support/graphql-client.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const PUBLISH = `mutation($input: PublishDraftInput!) {
  publishDraft(input: $input) { id version title paragraphCount consultationId }
}`;
const DRAFT = `query($id: ID!) {
  draft(id: $id) {
    id version createdBy { id }
    paragraphs { id number source html threadId commentCount answeredCount officialAnswers { postId answeredPostId } }
  }
}`;
const DRAFTS = `query($c: ID!) { consultationDrafts(consultationId: $c) { id version } }`;
const COMMENT = `mutation($input: CommentOnParagraphInput!) {
  commentOnParagraph(input: $input) { id threadId parentId depth number bodyHtml }
}`;
const ANSWER = `mutation($input: AnswerParagraphCommentInput!) {
  answerParagraphComment(input: $input) { id threadId parentId depth }
}`;
const DIFF = `query($from: ID!, $to: ID!) {
  draftDiff(fromDraftId: $from, toDraftId: $to) { change from { number source } to { number source html } }
}`;
const POSTS = `query($threadId: ID!) { threadPosts(threadId: $threadId, first: 50) { nodes { id number depth parentId } } }`;

interface Paragraph {
  id: string;
  number: number;
  source: string;
  html: string;
  threadId: string | null;
  commentCount: number;
  answeredCount: number;
  officialAnswers: { postId: string; answeredPostId: string }[];
}

const VERSION_1 = [
  '# Strategia rozwoju Ząbek',
  'Cel pierwszy: czyste powietrze.',
  'Działania:\n\n- wymiana pieców\n\n- ścieżki rowerowe',
  '```\nbudżet = 1000\n\nrezerwa = 10\n```',
  'Ostatni akapit.',
].join('\n\n');

const VERSION_2 = [
  '# Strategia rozwoju Ząbek',
  'Cel pierwszy: czyste powietrze.',
  'Działania:\n\n- wymiana pieców\n\n- ścieżki rowerowe\n\n- nowe parki',
  '```\nbudżet = 1000\n\nrezerwa = 10\n```',
  'Nowy akapit o transporcie.',
].join('\n\n');

describe('draft documents', () => {
  let t: TestApp;
  let official: RegisteredUser;
  let resident: RegisteredUser;
  let neighbour: RegisteredUser;
  let consultationId: string;
  let socket: ClientSocket;
  const live: ConsultationEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const municipality = await createMunicipality(t.db, { name: 'Ząbki' });
    await createCategory(t.db, { municipalityId: municipality.id });
    official = await registerUser(t.client(), { displayName: 'Urzędnik Jan' });
    resident = await registerUser(t.client());
    neighbour = await registerUser(t.client());
    await grantRole(t.db, official.id, municipality.id, 'OFFICIAL');
    consultationId = await createConsultation(t.db, {
      municipalityId: municipality.id,
      organiserId: official.id,
      phases: [
        { kind: 'DIAGNOSIS', startsOn: warsawDay(-5), endsOn: warsawDay(1) },
        { kind: 'DRAFT_CONSULTATION', startsOn: warsawDay(2), endsOn: warsawDay(20) },
      ],
    });
    socket = io(t.url, { path: SOCKET_PATH, transports: ['websocket'], reconnection: false, forceNew: true });
    socket.on('consultation.event', (event) => live.push(event));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const ack = await socket.timeout(5000).emitWithAck('room.join', { room: `consultation:${consultationId}` });
    expect(ack.ok).toBe(true);
  });
  afterAll(async () => {
    socket?.disconnect();
    await t?.close();
  });

  async function liveEvent(predicate: (event: ConsultationEvent) => boolean): Promise<ConsultationEvent> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = live.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No such live event; got ${JSON.stringify(live.map((e) => e.kind))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const loadDraft = async (id: string) =>
    (await resident.client.data<{ draft: { paragraphs: Paragraph[]; createdBy: { id: string } } }>(DRAFT, { id }))
      .draft;

  let v1: { id: string; version: number };
  let v1Paragraphs: Paragraph[];
  let commentId: string;
  let threadId: string;

  it('publishes a draft split into numbered paragraphs (lists and code blocks whole), for officials only', async () => {
    const byResident = await resident.client.request(PUBLISH, {
      input: { consultationId, title: 'Strategia', source: VERSION_1 },
    });
    expect(errorCode(byResident)).toBe('FORBIDDEN');
    expect(
      errorCode(await official.client.request(PUBLISH, { input: { consultationId, title: 'S', source: '   ' } })),
    ).toBe('BAD_USER_INPUT');

    const data = await official.client.data<{ publishDraft: { id: string; version: number; paragraphCount: number } }>(
      PUBLISH,
      { input: { consultationId, title: 'Strategia rozwoju', source: VERSION_1 } },
    );
    v1 = data.publishDraft;
    expect(v1.version).toBe(1);
    expect(data.publishDraft.paragraphCount).toBe(6);

    const draft = await loadDraft(v1.id);
    v1Paragraphs = draft.paragraphs;
    expect(draft.createdBy.id).toBe(official.id);
    expect(v1Paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(v1Paragraphs[2].source).toBe('Działania:');
    expect(v1Paragraphs[3].source).toBe('- wymiana pieców\n\n- ścieżki rowerowe');
    expect(v1Paragraphs[3].html).toContain('<li>');
    expect(v1Paragraphs[4].source).toBe('```\nbudżet = 1000\n\nrezerwa = 10\n```');

    const published = await liveEvent((e) => e.kind === 'draft.published');
    expect(published).toMatchObject({ consultationId, draft: { id: v1.id, version: 1, paragraphCount: 6 } });
  });

  it('closes comments outside the draft consultation phase, naming the phase they open in', async () => {
    const closed = await resident.client.request(COMMENT, {
      input: { paragraphId: v1Paragraphs[2].id, body: 'Za mało konkretów.' },
    });
    expect(errorCode(closed)).toBe('PHASE_CLOSED');
    expect(closed.errors?.[0].extensions).toMatchObject({ opensIn: 'DRAFT_CONSULTATION', phase: 'DIAGNOSIS' });
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM forum_threads WHERE subject_type = $1', [
      'DRAFT_PARAGRAPH',
    ]);
    expect(n).toBe(0);
  });

  it('takes threaded comments on paragraph 3 in phase, as forum posts, live', async () => {
    await setPhases(t.db, consultationId, [
      { kind: 'DIAGNOSIS', startsOn: warsawDay(-10), endsOn: warsawDay(-1) },
      { kind: 'DRAFT_CONSULTATION', startsOn: warsawDay(0), endsOn: warsawDay(20) },
    ]);
    const paragraph = v1Paragraphs[2];
    const first = await resident.client.data<{ commentOnParagraph: { id: string; threadId: string; depth: number } }>(
      COMMENT,
      { input: { paragraphId: paragraph.id, body: 'Za mało **konkretów**, @nikt.' } },
    );
    commentId = first.commentOnParagraph.id;
    threadId = first.commentOnParagraph.threadId;
    expect(first.commentOnParagraph.depth).toBe(1);

    const reply = await neighbour.client.data<{
      commentOnParagraph: { parentId: string; depth: number; threadId: string };
    }>(COMMENT, { input: { paragraphId: paragraph.id, body: 'Zgadzam się.', parentPostId: commentId } });
    expect(reply.commentOnParagraph).toMatchObject({ parentId: commentId, depth: 2, threadId });

    // A parent from another thread is refused by the forum's own rule.
    const stray = await neighbour.client.request(COMMENT, {
      input: { paragraphId: v1Paragraphs[0].id, body: 'Nie tu.', parentPostId: commentId },
    });
    expect(errorCode(stray)).toBe('NOT_FOUND');

    const draft = await loadDraft(v1.id);
    expect(draft.paragraphs[2]).toMatchObject({ threadId, commentCount: 2, answeredCount: 0 });
    expect(draft.paragraphs[0]).toMatchObject({ threadId: null, commentCount: 0 });

    const posts = await resident.client.data<{ threadPosts: { nodes: { number: number; depth: number }[] } }>(POSTS, {
      threadId,
    });
    expect(posts.threadPosts.nodes.map((p) => [p.number, p.depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
    ]);

    const event = await liveEvent((e) => e.kind === 'paragraph.commented' && e.commentCount === 2);
    expect(event).toMatchObject({ paragraphId: paragraph.id, paragraphNumber: 3, threadId, officialAnswer: false });
  });

  it('refuses replies through the forum’s own API in a paragraph’s thread, where the phase rules would be skipped', async () => {
    const result = await neighbour.client.request(REPLY, {
      input: { threadId, parentId: commentId, body: 'Obchodzę zasady etapu.' },
    });
    expect(errorCode(result)).toBe('CONFLICT');
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM forum_posts WHERE thread_id = $1', [
      threadId,
    ]);
    expect(count).toBe(3);
  });

  it('lets only the consultation’s officials answer a comment, marked as the official answer', async () => {
    const byResident = await neighbour.client.request(ANSWER, { input: { postId: commentId, body: 'Odpowiedź' } });
    expect(errorCode(byResident)).toBe('FORBIDDEN');

    const [{ id: openingPostId }] = await t.db.query('SELECT id FROM forum_posts WHERE thread_id = $1 AND number = 1', [
      threadId,
    ]);
    expect(errorCode(await official.client.request(ANSWER, { input: { postId: openingPostId, body: 'x' } }))).toBe(
      'BAD_USER_INPUT',
    );

    const answer = await official.client.data<{
      answerParagraphComment: { id: string; parentId: string; depth: number };
    }>(ANSWER, { input: { postId: commentId, body: 'Dziękujemy, uzupełnimy harmonogram.' } });
    expect(answer.answerParagraphComment).toMatchObject({ parentId: commentId, depth: 2 });
    expect(
      errorCode(
        await official.client.request(ANSWER, { input: { postId: answer.answerParagraphComment.id, body: 'x' } }),
      ),
    ).toBe('BAD_USER_INPUT');

    const paragraph = (await loadDraft(v1.id)).paragraphs[2];
    expect(paragraph).toMatchObject({ commentCount: 2, answeredCount: 1 });
    expect(paragraph.officialAnswers).toEqual([
      { postId: answer.answerParagraphComment.id, answeredPostId: commentId },
    ]);
    const event = await liveEvent((e) => e.kind === 'paragraph.commented' && e.officialAnswer);
    expect(event).toMatchObject({ answeredCount: 1, commentCount: 2, postId: answer.answerParagraphComment.id });
  });

  it('loads a draft’s paragraphs with their counts in a fixed number of statements', async () => {
    const many = await official.client.data<{ publishDraft: { id: string } }>(PUBLISH, {
      input: {
        consultationId,
        title: 'Długi',
        source: Array.from({ length: 40 }, (_, i) => `Akapit ${i + 1}.`).join('\n\n'),
      },
    });
    const small = await countStatements(t.db, () => loadDraft(v1.id));
    const large = await countStatements(t.db, () => loadDraft(many.publishDraft.id));
    expect(large.count).toBe(small.count);
  });

  it('keeps the old version’s comments when a new version comes, and diffs them paragraph by paragraph', async () => {
    const data = await official.client.data<{ publishDraft: { id: string; version: number } }>(PUBLISH, {
      input: { consultationId, title: 'Strategia rozwoju, poprawiona', source: VERSION_2 },
    });
    expect(data.publishDraft.version).toBe(3);
    const drafts = await resident.client.data<{ consultationDrafts: { version: number }[] }>(DRAFTS, {
      c: consultationId,
    });
    expect(drafts.consultationDrafts.map((d) => d.version)).toEqual([3, 2, 1]);
    // What the consultation holds decides its tabs: three versions, no documents or meetings.
    const counts = await resident.client.data<{ consultation: { contentCounts: Record<string, number> } }>(
      `query($id: ID!) { consultation(id: $id) { contentCounts { documents drafts meetings } } }`,
      { id: consultationId },
    );
    expect(counts.consultation.contentCounts).toEqual({ documents: 0, drafts: 3, meetings: 0 });

    const old = await loadDraft(v1.id);
    expect(old.paragraphs[2]).toMatchObject({ threadId, commentCount: 2, answeredCount: 1 });
    const fresh = await loadDraft(data.publishDraft.id);
    expect(fresh.paragraphs.every((p) => p.threadId === null && p.commentCount === 0)).toBe(true);

    // Comments go to the current version only.
    const late = await resident.client.request(COMMENT, {
      input: { paragraphId: old.paragraphs[1].id, body: 'Spóźniony.' },
    });
    expect(errorCode(late)).toBe('CONFLICT');

    const diff = await resident.client.data<{
      draftDiff: { change: string; from: { number: number } | null; to: { number: number; html: string } | null }[];
    }>(DIFF, { from: v1.id, to: data.publishDraft.id });
    expect(diff.draftDiff.map((d) => [d.change, d.from?.number ?? null, d.to?.number ?? null])).toEqual([
      ['UNCHANGED', 1, 1],
      ['UNCHANGED', 2, 2],
      ['UNCHANGED', 3, 3],
      ['CHANGED', 4, 4],
      ['UNCHANGED', 5, 5],
      ['CHANGED', 6, 6],
    ]);
    expect(diff.draftDiff[3].to!.html).toContain('nowe parki');

    const otherConsultation = await createConsultation(t.db, {
      municipalityId: (await t.db.query('SELECT municipality_id FROM consultations WHERE id = $1', [consultationId]))[0]
        .municipality_id,
      organiserId: official.id,
    });
    const foreign = await official.client.data<{ publishDraft: { id: string } }>(PUBLISH, {
      input: { consultationId: otherConsultation, title: 'Inny', source: 'Tekst.' },
    });
    const mixed: GraphQLResponse<unknown> = await resident.client.request(DIFF, {
      from: v1.id,
      to: foreign.publishDraft.id,
    });
    expect(errorCode(mixed)).toBe('BAD_USER_INPUT');
  });
});
