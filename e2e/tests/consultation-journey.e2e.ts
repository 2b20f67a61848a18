import ical from 'node-ical';
import type { BrowserContext, Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { addDays, localDate } from '@ratusz/shared';
import { SAMPLES } from '../../server/test/support/document-factories.js';
import { ConsultationPage } from '../pages/consultation.page.js';
import { DocumentsPage } from '../pages/documents.page.js';
import { DraftPage } from '../pages/draft.page.js';
import { LoginPage } from '../pages/login.page.js';
import { MeetingsPage } from '../pages/meetings.page.js';
import { ReportPage } from '../pages/report.page.js';
import { accessibilityViolations, newContext, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/suite.js';

/*
 * The whole path of issue 8, in order, as the two people living it: an
 * official of Powiat wołomiński runs a consultation from the form to its
 * report, a resident of Ząbki comments and signs up in between. Each step
 * leaves what the next one builds on, so the steps run in this order only.
 */

const PASSWORD = 'Ratusz-demo-2026';
const OFFICIAL = 'urzednik@ratusz.example';
const RESIDENT = 'mieszkanka@ratusz.example';

const TITLE = 'Strategia usług publicznych: żłobki, ścieżki i dojazdy';
const DRAFT_TITLE = 'Projekt strategii usług publicznych';
const DRAFT_SOURCE = [
  'Strategia rozwoju usług publicznych Powiatu wołomińskiego na lata 2026–2030.',
  'Powiat zapewni dostęp do szkół ponadpodstawowych w odległości do 30 minut dojazdu.',
  'Do 2028 roku uruchomimy trzy nowe linie autobusowe łączące gminy z Wołominem.',
  'Każda gmina otrzyma punkt konsultacyjny dla mieszkańców w urzędzie.',
  'Realizację strategii oceniamy co roku w raporcie publikowanym w serwisie Ratusz.',
].join('\n\n');
const DOCUMENT = 'Diagnoza usług publicznych';
const WORKSHOP = 'Warsztat o komunikacji publicznej';
const COMMENT = 'Czy linie autobusowe obejmą też Kobyłkę?';
const ANSWER = 'Tak – jedna z trzech linii pojedzie przez Kobyłkę.';

const TODAY = localDate(new Date());
// The discussion is over; the draft is out for comment from today; the report follows.
const PHASES = [
  { kind: 'DELIBERATION', startsOn: addDays(TODAY, -7), endsOn: addDays(TODAY, -1) },
  { kind: 'DRAFT_CONSULTATION', startsOn: TODAY, endsOn: addDays(TODAY, 14) },
  { kind: 'REPORT', startsOn: addDays(TODAY, 15), endsOn: addDays(TODAY, 30) },
];
// In three days, while the draft is still out: the report counts the workshop in that phase.
const WORKSHOP_DAY = addDays(TODAY, 3);

/** "2026-05-14 17:00": an instant as a clock in Warsaw shows it. */
const warsawClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Warsaw',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

describe('a consultation from the official’s form to its report', () => {
  const suite = browserSuite();
  const contexts: BrowserContext[] = [];
  let official: Page;
  let resident: Page;
  let consultationId: string;
  let meetingId: string;

  async function signedIn(email: string): Promise<Page> {
    const context = await newContext(suite.browser, suite.server.url);
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, PASSWORD);
    await login.currentUser.waitFor();
    return page;
  }

  // One context per person for the whole journey: each step goes on where the last one left off.
  beforeAll(async () => {
    official = await signedIn(OFFICIAL);
    resident = await signedIn(RESIDENT);
  });
  afterAll(() => Promise.all(contexts.map((context) => context.close())));

  it('1. the official creates the consultation with its phases through the form and publishes it', async () => {
    const form = new ConsultationPage(official);
    await form.openNew();
    await form.fillBasics({
      title: TITLE,
      summary: 'Jakie **usługi publiczne** powiat ma rozwijać do 2030 roku?',
      goal: 'Zebrać uwagi mieszkańców do projektu strategii.',
    });
    await form.next();
    await form.stepHeading(2).waitFor();
    for (const [index, phase] of PHASES.entries()) {
      await form.addPhase();
      await form.setPhase(index, phase);
    }
    await form.next();
    await form.stepHeading(3).waitFor();
    await form.publish();

    consultationId = form.consultationId();
    expect(await form.heading().textContent()).toBe(TITLE);
    expect(await form.currentPhase.textContent()).toMatch(/^Konsultacja projektu/);
    expect(await official.getByTestId('phase-state-DELIBERATION').textContent()).toBe('zakończony');
    expect(await official.getByTestId('phase-state-REPORT').textContent()).toBe('przed nami');
  });

  it('2. the official uploads a PDF; a file of a refused type is explained', async () => {
    const documents = new DocumentsPage(official);
    await documents.open(consultationId);
    await documents.upload({ name: 'diagnoza-usług.pdf', mimeType: 'application/pdf', buffer: SAMPLES.pdf }, DOCUMENT);
    const row = documents.row(DOCUMENT);
    await expect(row.textContent()).resolves.toContain('diagnoza-usług.pdf');
    await expect(row.textContent()).resolves.toContain('PDF');
    const href = await row.getByRole('link', { name: /^Pobierz/ }).getAttribute('href');
    const download = await official.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');

    // The type comes from the content, not the name; the form keeps what was typed.
    await official.getByLabel('Plik', { exact: true }).setInputFiles({
      name: 'program.exe',
      mimeType: 'application/x-msdownload',
      buffer: SAMPLES.elf,
    });
    await official.getByLabel('Tytuł dokumentu').fill('Program');
    await official.getByRole('button', { name: 'Wyślij dokument' }).click();
    await official.getByText('Tego typu pliku nie można dołączyć.', { exact: false }).first().waitFor();
    await expect(official.getByLabel('Tytuł dokumentu').inputValue()).resolves.toBe('Program');
  });

  it('3. the official publishes a draft of five paragraphs', async () => {
    const draft = new DraftPage(official);
    await draft.open(consultationId);
    await draft.publish(DRAFT_TITLE, DRAFT_SOURCE);
    await expect(draft.paragraphs.count()).resolves.toBe(5);
  });

  it('4. the official schedules a workshop', async () => {
    const meetings = new MeetingsPage(official);
    await meetings.open(consultationId);
    meetingId = await meetings.schedule({
      kind: 'WORKSHOP',
      title: WORKSHOP,
      startsAt: `${WORKSHOP_DAY}T17:00`,
      endsAt: `${WORKSHOP_DAY}T19:00`,
      address: 'Starostwo Powiatowe, ul. Prądzyńskiego 3, Wołomin',
      capacity: '20',
      description: 'Porozmawiamy o **nowych liniach** autobusowych.',
    });
    await official.getByTestId('meeting-kind').filter({ hasText: 'Warsztat' }).waitFor();
    await expect(meetings.seats.textContent()).resolves.toContain('0 z 20');
  });

  it('5. the resident comments on paragraph 3 and registers for the workshop', async () => {
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

    // The organiser sees who comes, and can take the list away.
    const organiser = new MeetingsPage(official);
    await organiser.openMeeting(meetingId);
    await official.getByTestId('attendees').getByText('Zofia', { exact: false }).waitFor();
    const csv = await official.request.get(`/api/meetings/${meetingId}/attendees.csv`);
    expect(csv.status()).toBe(200);
  });

  it('6. the official answers the comment and the resident sees the answer live', async () => {
    const residentDraft = new DraftPage(resident);
    await residentDraft.open(consultationId);
    await residentDraft.openComments(3);
    await residentDraft.comments(3, COMMENT).waitFor();

    const officialDraft = new DraftPage(official);
    await officialDraft.open(consultationId);
    await officialDraft.openComments(3);
    await officialDraft.answer(3, COMMENT, ANSWER);
    await officialDraft.comments(3, ANSWER).getByTestId('official-answer').waitFor();

    // Over the socket: the counts at once, the answer when the resident asks to see it.
    await residentDraft.paragraph(3).getByText('1 z odpowiedzią urzędu').waitFor();
    await resident.getByRole('button', { name: /nowa odpowiedź – pokaż/ }).click();
    const answer = residentDraft.comments(3, ANSWER).getByTestId('official-answer');
    await expect(answer.textContent()).resolves.toBe('Oficjalna odpowiedź');
  });

  it('7. the consultation’s calendar feed parses and holds the workshop', async () => {
    const meetings = new MeetingsPage(resident);
    await meetings.open(consultationId);
    const href = await resident.getByTestId('ical-link').getAttribute('href');
    expect(href).toBe(`/ical/consultations/${consultationId}.ics`);
    const response = await resident.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);

    const events = Object.values(ical.sync.parseICS(await response.text())).filter(
      (component): component is ical.VEvent => component?.type === 'VEVENT',
    );
    expect(events).toHaveLength(1);
    const [workshop] = events;
    expect(workshop.uid).toBe(`meeting-${meetingId}@ratusz`);
    expect(workshop.summary).toBe(WORKSHOP);
    expect(warsawClock.format(workshop.start)).toBe(`${WORKSHOP_DAY} 17:00`);
    expect(warsawClock.format(workshop.end!)).toBe(`${WORKSHOP_DAY} 19:00`);
    expect(workshop.location).toBe('Starostwo Powiatowe, ul. Prądzyńskiego 3, Wołomin');
  });

  it('8. the official moves on to the report and generates it: the page, the PDF and the CSV count the journey', async () => {
    const consultation = new ConsultationPage(official);
    await consultation.open(consultationId);
    await consultation.advancePhase();
    expect(await consultation.currentPhase.textContent()).toBe('Raport');

    const report = new ReportPage(official);
    await report.open(consultationId);
    await official.getByTestId('report-none').waitFor();
    await report.generate();
    await official.getByText('Wygenerowano raport (wersja 1).').waitFor();
    // Everything happened while the draft was out (the workshop too, by its date); nothing yet in the report phase.
    const draftPhase = {
      people: 1,
      discussionPosts: 0,
      paragraphComments: 1,
      officialAnswers: 1,
      meetings: 1,
      registrations: 1,
      proposals: 0,
      votes: 0,
    };
    for (const [key, value] of Object.entries(draftPhase)) {
      expect({ key, value: await report.figure('DRAFT_CONSULTATION', key) }).toEqual({ key, value });
      expect({ key, value: await report.figure('REPORT', key) }).toEqual({ key, value: 0 });
      expect({ key, value: await report.figure('total', key) }).toEqual({ key, value });
    }
    const totals: Record<string, number> = {
      'Uwagi z odpowiedzią urzędu': 1,
      'Uwagi bez odpowiedzi': 0,
      'Zapisy na spotkania': 1,
      Spotkania: 1,
      Dokumenty: 1,
      'Wersje projektu dokumentu': 1,
    };
    for (const [label, value] of Object.entries(totals)) {
      expect({ label, value: await report.total(label) }).toEqual({ label, value });
    }
    await official.getByTestId('report-tab').getByText(COMMENT).waitFor();

    const pdfHref = await report.download('PDF').getAttribute('href');
    const pdf = await official.request.get(pdfHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const parser = new PDFParse({ data: new Uint8Array(await pdf.body()) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    // The title, the comment and its answer carry Polish letters the PDF's font must keep.
    expect(text).toContain(`Raport z konsultacji: ${TITLE}`);
    expect(text).toContain('Uwagi z odpowiedzią urzędu: 1');
    expect(text).toContain('Zapisy na spotkania: 1');
    expect(text).toContain(COMMENT);
    expect(text).toContain(ANSWER);

    const csvHref = await report.download('CSV').getAttribute('href');
    const csv = await official.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Faza,Od,Do,Osoby,Wpisy w dyskusji,Uwagi do projektu,Odpowiedzi urzędu,Spotkania,Zapisy na spotkania,Propozycje,Głosy',
    );
    const [, draftPhaseDates] = PHASES;
    expect(lines).toContain(
      `Konsultacja projektu,${draftPhaseDates.startsOn},${draftPhaseDates.endsOn},1,0,1,1,1,1,0,0`,
    );
    expect(lines).toContain(`Razem,${PHASES[0].startsOn},${PHASES[2].endsOn},1,0,1,1,1,1,0,0`);
  });

  // The list, the consultation's page and the form are checked by consultations.e2e.ts.
  it.each(['pl', 'en'])(
    '9. has no accessibility violations on the pages of the journey (%s)',
    async (language) => {
      const documents = new DocumentsPage(official);
      const draft = new DraftPage(official);
      const meetings = new MeetingsPage(official);
      const report = new ReportPage(official);
      await documents.open(consultationId);
      if ((await documents.language()) !== language) {
        await documents.switchLanguage();
        await documents.open(consultationId);
      }
      const found: Record<string, string[]> = {};
      const check = async (what: string): Promise<void> => {
        found[what] = await accessibilityViolations(official);
        if (found[what].length > 0) await screenshot(official, `journey-${what}-${language}-axe`);
      };
      await documents.rows.first().waitFor();
      await check('documents');
      await draft.open(consultationId);
      await draft.showComments(3);
      await check('draft');
      await meetings.open(consultationId);
      await meetings.calendar.waitFor();
      await check('meetings');
      await meetings.openMeeting(meetingId);
      await official.getByTestId('attendees').waitFor();
      await check('meeting');
      await report.open(consultationId);
      await report.figures.waitFor();
      await check('report');
      expect(await report.language()).toBe(language);
      expect(found).toEqual({ documents: [], draft: [], meetings: [], meeting: [], report: [] });
    },
    // axe over five pages takes a while on a small machine.
    180_000,
  );
});
