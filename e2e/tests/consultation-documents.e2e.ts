import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, localDate } from '@ratusz/shared';
import type { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { consecutivePhases, createPublishedConsultation } from '../../server/test/support/consultation-factories.js';
import { SAMPLES } from '../../server/test/support/document-factories.js';
import { DocumentsPage } from '../pages/documents.page.js';
import { DraftPage } from '../pages/draft.page.js';
import { LoginPage } from '../pages/login.page.js';
import { MeetingsPage } from '../pages/meetings.page.js';
import { accessibilityViolations, launchBrowser, newContext, screenshot } from '../support/browser.js';
import { startE2EServer, type E2EServer } from '../support/server.js';

const PASSWORD = 'Ratusz-demo-2026';
const OFFICIAL = 'urzednik@ratusz.example';
const RESIDENT = 'mieszkanka@ratusz.example';

const DRAFT_SOURCE = [
  'Strategia rozwoju usług publicznych Powiatu wołomińskiego na lata 2026–2030.',
  'Powiat zapewni dostęp do szkół ponadpodstawowych w odległości do 30 minut dojazdu.',
  'Do 2028 roku uruchomimy trzy nowe linie autobusowe łączące gminy z Wołominem.',
  'Każda gmina otrzyma punkt konsultacyjny dla mieszkańców w urzędzie.',
  'Realizację strategii oceniamy co roku w raporcie publikowanym w serwisie Ratusz.',
].join('\n\n');

const WORKSHOP = 'Warsztat o komunikacji publicznej';
const COMMENT = 'Czy linie autobusowe obejmą też Kobyłkę?';
const ANSWER = 'Tak – jedna z trzech linii pojedzie przez Kobyłkę.';

async function apiLogin(api: GraphQLClient, email: string): Promise<void> {
  await api.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
    input: { email, password: PASSWORD },
  });
}

/** A datetime-local value `days` from today at `time`, Warsaw time. */
function warsawDateTime(days: number, time: string): string {
  return `${addDays(localDate(new Date()), days)}T${time}`;
}

describe('consultation documents, draft and meetings in the browser', () => {
  let server: E2EServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let consultationId: string;
  let meetingId: string;
  let official: Page;
  let resident: Page;

  async function signedIn(email: string): Promise<Page> {
    const context = await newContext(browser, server.url);
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, PASSWORD);
    await login.currentUser.waitFor();
    return page;
  }

  async function expectAccessible(page: Page, what: string): Promise<void> {
    const violations = await accessibilityViolations(page);
    if (violations.length > 0) await screenshot(page, `consultation-${what}-axe`);
    expect({ what, violations }).toEqual({ what, violations: [] });
  }

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
    const api = server.api();
    await apiLogin(api, OFFICIAL);
    const found = await api.data<{ municipality: { id: string } }>(
      `query { municipality(slug: "powiat-wolominski") { id } }`,
    );
    const today = localDate(new Date());
    // The draft is out for consultation today; workshops come later, while it still is.
    const consultation = await createPublishedConsultation(api, found.municipality.id, {
      title: 'Strategia usług publicznych 2026–2030',
      phases: consecutivePhases(addDays(today, -2), [
        ['DRAFT_CONSULTATION', 30],
        ['REPORT', 10],
      ]),
    });
    expect(consultation.currentPhase).toBe('DRAFT_CONSULTATION');
    consultationId = consultation.id;
    official = await signedIn(OFFICIAL);
    resident = await signedIn(RESIDENT);
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    await browser?.close();
    await server?.close();
  });

  it('lets the official upload a PDF, publish a draft and schedule a workshop', async () => {
    const documents = new DocumentsPage(official);
    await documents.open(consultationId);
    await documents.upload(
      { name: 'diagnoza-usług.pdf', mimeType: 'application/pdf', buffer: SAMPLES.pdf },
      'Diagnoza usług publicznych',
    );
    const row = documents.row('Diagnoza usług publicznych');
    await expect(row.textContent()).resolves.toContain('diagnoza-usług.pdf');
    await expect(row.textContent()).resolves.toContain('PDF');
    const href = await row.getByRole('link', { name: /^Pobierz/ }).getAttribute('href');
    const download = await official.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');

    // A file the server refuses is explained, and the form keeps what was typed.
    await official.getByLabel('Plik', { exact: true }).setInputFiles({
      name: 'program.exe',
      mimeType: 'application/x-msdownload',
      buffer: SAMPLES.elf,
    });
    await official.getByLabel('Tytuł dokumentu').fill('Program');
    await official.getByRole('button', { name: 'Wyślij dokument' }).click();
    await official.getByText('Tego typu pliku nie można dołączyć.', { exact: false }).first().waitFor();
    await expect(official.getByLabel('Tytuł dokumentu').inputValue()).resolves.toBe('Program');

    const draft = new DraftPage(official);
    await draft.open(consultationId);
    await draft.publish('Projekt strategii usług publicznych', DRAFT_SOURCE);
    await expect(draft.paragraphs.count()).resolves.toBe(5);

    const meetings = new MeetingsPage(official);
    await meetings.open(consultationId);
    meetingId = await meetings.schedule({
      kind: 'WORKSHOP',
      title: WORKSHOP,
      startsAt: warsawDateTime(3, '17:00'),
      endsAt: warsawDateTime(3, '19:00'),
      address: 'Starostwo Powiatowe, ul. Prądzyńskiego 3, Wołomin',
      capacity: '20',
      description: 'Porozmawiamy o **nowych liniach** autobusowych.',
    });
    await official.getByTestId('meeting-kind').filter({ hasText: 'Warsztat' }).waitFor();
    await expect(meetings.seats.textContent()).resolves.toContain('0 z 20');
  });

  it('lets a resident comment on paragraph 3 and register for the workshop', async () => {
    const draft = new DraftPage(resident);
    await draft.open(consultationId);
    await draft.comment(3, COMMENT);
    await draft.paragraph(3).getByTestId('comment-count').filter({ hasText: '1 komentarz' }).waitFor();

    const meetings = new MeetingsPage(resident);
    await meetings.open(consultationId);
    await meetings.showAgenda();
    await resident.getByRole('link', { name: WORKSHOP }).click();
    await meetings.heading().filter({ hasText: WORKSHOP }).waitFor();
    await meetings.register();
    await expect(meetings.myRegistration.textContent()).resolves.toBe('Masz miejsce na tym spotkaniu.');
    await expect(meetings.seats.textContent()).resolves.toContain('1 z 20');
  });

  it('shows the resident the official answer live', async () => {
    const residentDraft = new DraftPage(resident);
    await residentDraft.open(consultationId);
    await residentDraft.openComments(3);
    await residentDraft.comments(3, COMMENT).waitFor();

    const officialDraft = new DraftPage(official);
    await officialDraft.open(consultationId);
    await officialDraft.openComments(3);
    await officialDraft.answer(3, COMMENT, ANSWER);
    await officialDraft.comments(3, ANSWER).getByTestId('official-answer').waitFor();

    // The resident's page learns of it over the socket: the counts at once, the answer when asked to show it.
    await residentDraft.paragraph(3).getByText('1 z odpowiedzią urzędu').waitFor();
    await resident.getByRole('button', { name: /nowa odpowiedź – pokaż/ }).click();
    await residentDraft.comments(3, ANSWER).getByTestId('official-answer').waitFor();
    await expect(residentDraft.comments(3, ANSWER).getByTestId('official-answer').textContent()).resolves.toBe(
      'Oficjalna odpowiedź',
    );
  });

  it('lets the organiser see the attendee list', async () => {
    const meetings = new MeetingsPage(official);
    await meetings.openMeeting(meetingId);
    await official.getByTestId('attendees').getByText('Zofia', { exact: false }).waitFor();
    const csv = await official.request.get(`/api/meetings/${meetingId}/attendees.csv`);
    expect(csv.status()).toBe(200);
  });

  it('serves the consultation calendar feed with the workshop', async () => {
    const meetings = new MeetingsPage(resident);
    await meetings.open(consultationId);
    const href = await resident.getByTestId('ical-link').getAttribute('href');
    expect(href).toBe(`/ical/consultations/${consultationId}.ics`);
    const response = await fetch(`${server.url}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    // Long lines are folded (RFC 5545 §3.1): unfold before reading.
    const feed = (await response.text()).replace(/\r\n[ \t]/g, '');
    expect(feed).toContain('BEGIN:VCALENDAR');
    expect(feed).toContain(`SUMMARY:${WORKSHOP}`);
  });

  it.each(['pl', 'en'])(
    'has no axe violations on the tabs and the meeting page (%s)',
    async (language) => {
      official.setDefaultTimeout(15000);
      const documents = new DocumentsPage(official);
      const draft = new DraftPage(official);
      const meetings = new MeetingsPage(official);
      await documents.open(consultationId);
      if ((await documents.language()) !== language) {
        await documents.switchLanguage();
        await documents.open(consultationId);
      }
      await documents.rows.first().waitFor();
      await expectAccessible(official, `documents-${language}`);
      await draft.open(consultationId);
      await draft.paragraphs.first().waitFor();
      await draft
        .paragraph(3)
        .getByRole('button', { name: /(akapit|paragraph) 3$/ })
        .click();
      await draft.paragraph(3).getByTestId('forum-post').first().waitFor();
      await expectAccessible(official, `draft-${language}`);
      await meetings.open(consultationId);
      await meetings.calendar.waitFor();
      await expectAccessible(official, `meetings-calendar-${language}`);
      await meetings.openMeeting(meetingId);
      await official.getByTestId('attendees').waitFor();
      await expectAccessible(official, `meeting-${language}`);
      // axe over four pages takes a while on a small machine.
    },
    150_000,
  );
});
