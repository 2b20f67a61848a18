import { PDFParse } from 'pdf-parse';
import { Clock } from '../src/consultations/clock.js';
import { createPublishedConsultation, ensureServiceAreas } from './support/consultation-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, reply } from './support/forum-factories.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { createMeeting, register } from './support/meeting-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/*
 * A known scenario, walked through the API with the clock standing on a day
 * of each phase. The database stamps rows with its own time, so each step's
 * rows are moved to the clock's instant (`stamp`), as if written that day.
 */

const PHASES = [
  { kind: 'DIAGNOSIS', startsOn: '2026-01-05', endsOn: '2026-01-11' },
  { kind: 'DELIBERATION', startsOn: '2026-01-12', endsOn: '2026-01-25' },
  { kind: 'DRAFT_CONSULTATION', startsOn: '2026-01-26', endsOn: '2026-02-08' },
  { kind: 'REPORT', startsOn: '2026-02-09', endsOn: '2026-02-22' },
];
const IN_DELIBERATION = new Date('2026-01-15T11:00:00Z');
const IN_DRAFT_CONSULTATION = new Date('2026-01-28T11:00:00Z');
const AFTER_MEETING = new Date('2026-01-31T11:00:00Z');
const IN_REPORT = new Date('2026-02-10T11:00:00Z');
const TITLE = 'Zażółć gęślą jaźń ĄĆĘŁŃÓŚŹŻ';

const DRAFT_SOURCE = ['# Strategia', 'Cel pierwszy: czyste powietrze w Łańcucie.', 'Cel drugi: ścieżki rowerowe.'].join(
  '\n\n',
);

const REPORT_FIELDS = `id version generatedAt generatedBy { id }
  consultation { id title municipalityName organiserName }
  phases { kind startsOn endsOn people discussionPosts paragraphComments officialAnswers meetings registrations proposals votes }
  totals { people discussionPosts paragraphComments answeredComments unansweredComments officialAnswers meetings
           meetingsWithMinutes registrations waitingList documents draftVersions proposals votes }
  drafts { version title paragraphCount commentCount }
  comments { draftVersion paragraphNumber paragraphSource number authorName bodySource answers { authorName bodySource } }
  meetings { title registered waiting capacity cancelled minutesSource }
  documents { title }
  proposals { submitted } ballot { voters } problemTree { nodes }`;
const GENERATE = `mutation($c: ID!) { generateConsultationReport(consultationId: $c) { ${REPORT_FIELDS} } }`;
const REPORT = `query($c: ID!) { consultationReport(consultationId: $c) { ${REPORT_FIELDS} } }`;

interface PhaseFigures {
  kind: string;
  people: number;
  discussionPosts: number;
  paragraphComments: number;
  officialAnswers: number;
  meetings: number;
  registrations: number;
  proposals: number;
  votes: number;
}
interface Report {
  id: string;
  version: number;
  generatedAt: string;
  generatedBy: { id: string } | null;
  consultation: { title: string; municipalityName: string; organiserName: string | null };
  phases: PhaseFigures[];
  totals: Record<string, number>;
  drafts: { version: number; paragraphCount: number; commentCount: number }[];
  comments: {
    draftVersion: number;
    paragraphNumber: number;
    authorName: string;
    bodySource: string;
    answers: { bodySource: string }[];
  }[];
  meetings: { title: string; registered: number; waiting: number; minutesSource: string | null }[];
  documents: unknown[];
  proposals: unknown;
  ballot: unknown;
  problemTree: unknown;
}

const zero = { people: 0, discussionPosts: 0, paragraphComments: 0, officialAnswers: 0, meetings: 0, registrations: 0 };

describe('consultation report', () => {
  let t: TestApp;
  let clock: Clock;
  let official: RegisteredUser;
  let ania: RegisteredUser;
  let bartek: RegisteredUser;
  let celina: RegisteredUser;
  let darek: RegisteredUser;
  let consultationId: string;
  let threadId: string;
  let generated: Report;

  async function stamp(table: 'forum_posts' | 'meeting_registrations', ids: string[], at: Date): Promise<void> {
    const column = table === 'forum_posts' ? 'created_at' : 'registered_at';
    const key = table === 'forum_posts' ? 'id' : 'meeting_id::text || user_id::text';
    await t.db.query(`UPDATE ${table} SET ${column} = $2 WHERE ${key} = ANY($1)`, [ids, at]);
  }

  const generate = (client: GraphQLClient) =>
    client.request<{ generateConsultationReport: Report }>(GENERATE, { c: consultationId });

  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock);
    await ensureServiceAreas(t.db);
    const municipality = await createMunicipality(t.db, { name: 'Łańcut' });
    await createCategory(t.db, { municipalityId: municipality.id });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Łucja' });
    ania = await registerUser(t.client(), { displayName: 'Ania' });
    bartek = await registerUser(t.client(), { displayName: 'Bartek' });
    celina = await registerUser(t.client(), { displayName: 'Celina' });
    darek = await registerUser(t.client(), { displayName: 'Darek' });
    await grantRole(t.db, official.id, municipality.id, 'OFFICIAL');

    // DELIBERATION: Ania twice, Bartek and Celina once in the discussion.
    clock.now = () => IN_DELIBERATION;
    const consultation = await createPublishedConsultation(official.client, municipality.id, {
      title: TITLE,
      phases: PHASES,
    });
    consultationId = consultation.id;
    const found = await official.client.data<{ consultation: { discussionThread: { id: string } } }>(
      `query($id: ID!) { consultation(id: $id) { discussionThread { id } } }`,
      { id: consultationId },
    );
    threadId = found.consultation.discussionThread.id;
    const deliberation = [
      await reply(ania.client, threadId, 'Potrzebujemy więcej autobusów.'),
      await reply(ania.client, threadId, 'I ścieżek rowerowych.'),
      await reply(bartek.client, threadId, 'Zgadzam się.'),
      await reply(celina.client, threadId, 'Parking przy dworcu.'),
    ];
    await stamp(
      'forum_posts',
      deliberation.map((post) => post.id),
      IN_DELIBERATION,
    );

    // DRAFT_CONSULTATION: the draft, three comments (one answered), Darek in the discussion, a meeting.
    clock.now = () => IN_DRAFT_CONSULTATION;
    const draft = await official.client.data<{ publishDraft: { id: string } }>(
      `mutation($input: PublishDraftInput!) { publishDraft(input: $input) { id } }`,
      { input: { consultationId, title: 'Projekt strategii', source: DRAFT_SOURCE } },
    );
    const { draft: withParagraphs } = await official.client.data<{
      draft: { paragraphs: { id: string; number: number }[] };
    }>(`query($id: ID!) { draft(id: $id) { paragraphs { id number } } }`, { id: draft.publishDraft.id });
    const paragraph = (number: number) => withParagraphs.paragraphs.find((p) => p.number === number)!.id;
    const comment = async (who: RegisteredUser, number: number, body: string) =>
      (
        await who.client.data<{ commentOnParagraph: { id: string } }>(
          `mutation($input: CommentOnParagraphInput!) { commentOnParagraph(input: $input) { id } }`,
          { input: { paragraphId: paragraph(number), body } },
        )
      ).commentOnParagraph.id;
    const bartekComment = await comment(bartek, 2, 'Dodajcie termin realizacji.');
    const darekComment = await comment(darek, 2, 'Za mało konkretów.');
    const celinaComment = await comment(celina, 3, 'Ścieżka wzdłuż rzeki!');
    const answer = await official.client.data<{ answerParagraphComment: { id: string } }>(
      `mutation($input: AnswerParagraphCommentInput!) { answerParagraphComment(input: $input) { id } }`,
      { input: { postId: bartekComment, body: 'Termin dopiszemy w wersji drugiej.' } },
    );
    const darekPost = await reply(darek.client, threadId, 'Kiedy spotkanie?');
    await stamp(
      'forum_posts',
      [bartekComment, darekComment, celinaComment, answer.answerParagraphComment.id, darekPost.id],
      IN_DRAFT_CONSULTATION,
    );

    const meeting = await createMeeting(official.client, {
      municipalityId: municipality.id,
      consultationId,
      title: 'Spotkanie konsultacyjne w Łańcucie',
      kind: 'CONSULTATION_MEETING',
      startsAt: '2026-01-30T16:00:00.000Z',
      endsAt: '2026-01-30T18:00:00.000Z',
      capacity: 2,
    });
    for (const who of [ania, bartek, darek]) expect(errorCode(await register(who.client, meeting.id))).toBeUndefined();
    await stamp(
      'meeting_registrations',
      [ania, bartek, darek].map((who) => meeting.id + who.id),
      IN_DRAFT_CONSULTATION,
    );
    clock.now = () => AFTER_MEETING;
    await official.client.data(
      `mutation($input: SetMeetingMinutesInput!) { setMeetingMinutes(input: $input) { id } }`,
      { input: { meetingId: meeting.id, minutes: 'Ustalono **harmonogram** prac.' } },
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  it('cannot be generated before the REPORT phase: PHASE_CLOSED names REPORT and its first day', async () => {
    const result = await generate(official.client);
    expect(errorCode(result)).toBe('PHASE_CLOSED');
    expect(result.errors![0].extensions).toMatchObject({
      action: 'GENERATE_REPORT',
      phase: 'DRAFT_CONSULTATION',
      opensIn: 'REPORT',
      opensOn: '2026-02-09',
    });
  });

  it('is generated by officials only', async () => {
    clock.now = () => IN_REPORT;
    expect(errorCode(await generate(ania.client))).toBe('FORBIDDEN');
    expect(errorCode(await generate(t.client()))).toBe('UNAUTHENTICATED');
    const { data } = await t.client().request<{ consultationReport: Report | null }>(REPORT, { c: consultationId });
    expect(data!.consultationReport).toBeNull();
  });

  it('counts the scenario from the database, per phase and in total', async () => {
    const result = await generate(official.client);
    expect(result.errors).toBeUndefined();
    generated = result.data!.generateConsultationReport;
    expect(generated.version).toBe(1);
    expect(generated.generatedAt).toBe(IN_REPORT.toISOString());
    expect(generated.generatedBy).toEqual({ id: official.id });
    expect(generated.consultation).toEqual({
      id: consultationId,
      title: TITLE,
      municipalityName: 'Łańcut',
      organiserName: 'Urzędniczka Łucja',
    });
    const byKind = Object.fromEntries(generated.phases.map((phase) => [phase.kind, phase]));
    expect(generated.phases.map((phase) => phase.kind)).toEqual(PHASES.map((phase) => phase.kind));
    expect(byKind.DIAGNOSIS).toMatchObject({ ...zero, proposals: 0, votes: 0 });
    expect(byKind.DELIBERATION).toMatchObject({ ...zero, people: 3, discussionPosts: 4 });
    expect(byKind.DRAFT_CONSULTATION).toMatchObject({
      // Bartek, Darek and Celina commented, Darek posted, Ania, Bartek and Darek registered.
      people: 4,
      discussionPosts: 1,
      paragraphComments: 3,
      officialAnswers: 1,
      meetings: 1,
      registrations: 3,
    });
    expect(byKind.REPORT).toMatchObject(zero);
    expect(generated.totals).toEqual({
      people: 4,
      discussionPosts: 5,
      paragraphComments: 3,
      answeredComments: 1,
      unansweredComments: 2,
      officialAnswers: 1,
      meetings: 1,
      meetingsWithMinutes: 1,
      registrations: 2,
      waitingList: 1,
      documents: 0,
      draftVersions: 1,
      proposals: 0,
      votes: 0,
    });
    expect(generated.drafts).toEqual([{ version: 1, title: 'Projekt strategii', paragraphCount: 3, commentCount: 3 }]);
    expect(
      generated.comments.map((c) => [
        c.draftVersion,
        c.paragraphNumber,
        c.authorName,
        c.bodySource,
        c.answers.map((a) => a.bodySource),
      ]),
    ).toEqual([
      [1, 2, 'Bartek', 'Dodajcie termin realizacji.', ['Termin dopiszemy w wersji drugiej.']],
      [1, 2, 'Darek', 'Za mało konkretów.', []],
      [1, 3, 'Celina', 'Ścieżka wzdłuż rzeki!', []],
    ]);
    expect(generated.meetings).toEqual([
      {
        title: 'Spotkanie konsultacyjne w Łańcucie',
        registered: 2,
        waiting: 1,
        capacity: 2,
        cancelled: false,
        minutesSource: 'Ustalono **harmonogram** prac.',
      },
    ]);
    expect(generated.documents).toEqual([]);
    expect([generated.proposals, generated.ballot, generated.problemTree]).toEqual([null, null, null]);
  });

  it('records report.generated in the consultation’s events', async () => {
    const { consultationEvents } = await t
      .client()
      .data<{ consultationEvents: { kind: string; payload: string }[] }>(
        `query($c: ID!) { consultationEvents(consultationId: $c, afterSeq: 0) { kind payload } }`,
        { c: consultationId },
      );
    const event = consultationEvents.find((e) => e.kind === 'report.generated');
    expect(JSON.parse(event!.payload)).toMatchObject({ report: { id: generated.id, version: 1 } });
  });

  it('stays as generated when people post later; generating again makes a new version', async () => {
    const late = await reply(celina.client, threadId, 'Jeszcze jedna uwaga po czasie.');
    await stamp('forum_posts', [late.id], IN_REPORT);
    const { data } = await t.client().request<{ consultationReport: Report }>(REPORT, { c: consultationId });
    expect(data!.consultationReport).toEqual(generated);

    const again = (await generate(official.client)).data!.generateConsultationReport;
    expect(again.version).toBe(2);
    expect(again.totals.discussionPosts).toBe(6);
    expect(again.phases.find((phase) => phase.kind === 'REPORT')).toMatchObject({ people: 1, discussionPosts: 1 });
    await t.db.query(`DELETE FROM consultation_reports WHERE consultation_id = $1 AND version = 2`, [consultationId]);
  });

  it('downloads as a PDF with Polish letters intact and the figures', async () => {
    const response = await fetch(`${t.url}/api/consultations/${consultationId}/report.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="raport-zazolc-gesla-jazn-acelnoszz-v1.pdf"; filename*=UTF-8''${encodeURIComponent(
        'raport-zażółć-gęślą-jaźń-ąćęłńóśźż-v1.pdf',
      )}`,
    );
    const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain(`Raport z konsultacji: ${TITLE}`);
    for (const letter of 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ') expect(text).toContain(letter);
    expect(text).toContain('Osoby biorące udział: 4');
    expect(text).toContain('Wpisy w dyskusji: 5');
    expect(text).toContain('Uwagi bez odpowiedzi: 2');
    expect(text).toContain('Zapisy na spotkania: 2');
    expect(text).toContain('Termin dopiszemy w wersji drugiej.');
    expect(text).toContain('Ustalono harmonogram prac.');
  });

  it('downloads the figures as CSV, and everything as JSON', async () => {
    const response = await fetch(`${t.url}/api/consultations/${consultationId}/report.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toContain(".csv\"; filename*=UTF-8''raport-za%C5%BC");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Faza,Od,Do,Osoby,Wpisy w dyskusji,Uwagi do projektu,Odpowiedzi urzędu,Spotkania,Zapisy na spotkania,Propozycje,Głosy',
      'Diagnoza,2026-01-05,2026-01-11,0,0,0,0,0,0,0,0',
      'Dyskusja,2026-01-12,2026-01-25,3,4,0,0,0,0,0,0',
      'Konsultacja projektu,2026-01-26,2026-02-08,4,1,3,1,1,3,0,0',
      'Raport,2026-02-09,2026-02-22,0,0,0,0,0,0,0,0',
      'Razem,2026-01-05,2026-02-22,4,5,3,1,1,3,0,0',
    ]);

    const json = await fetch(`${t.url}/api/consultations/${consultationId}/report.json`);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await json.json()) as Report;
    expect(body.totals).toEqual(generated.totals);
    expect(body.version).toBe(1);
    expect(body).not.toHaveProperty('generatedById');
  });

  it('answers downloads of a consultation without a report, or a bad id, with NOT_FOUND', async () => {
    const missing = await fetch(`${t.url}/api/consultations/00000000-0000-4000-8000-000000000000/report.csv`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    const bad = await fetch(`${t.url}/api/consultations/nie-uuid/report.pdf`);
    expect(bad.status).toBe(400);
  });
});
