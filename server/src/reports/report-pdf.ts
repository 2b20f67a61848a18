import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ConsultationReport } from './models/consultation-report.model.js';
import { FIGURE_COLUMNS, MEETING_KIND_PL, PHASE_PL, warsawTime } from './report-labels.js';

/*
 * DejaVu Sans comes from an npm package (dejavu-fonts-ttf), so `npm install`
 * brings it on any machine: the PDF's standard fonts have no Polish letters,
 * and a system font may be missing. Read once, on the first report.
 */
const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

/** Markdown as plain text for print: links keep their text, emphasis and heading marks go. */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .trim();
}

const KIB = 1024;
function fileSize(bytes: number): string {
  if (bytes < KIB) return `${bytes} B`;
  if (bytes < KIB * KIB) return `${(bytes / KIB).toFixed(0)} KB`;
  return `${(bytes / KIB / KIB).toFixed(1).replace('.', ',')} MB`;
}

/**
 * The report as a PDF, generated on the server without a browser: the
 * figures per phase and in total, the draft comments with the officials'
 * answers, the meetings with their minutes and the documents.
 */
export function reportPdf(report: ConsultationReport): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const title = `Raport z konsultacji: ${report.consultation.title}`;
  const doc = new PDFDocument({
    size: 'A4',
    // Landscape gives the per-phase table's ten columns room for their labels.
    layout: 'landscape',
    margin: 50,
    lang: 'pl-PL',
    displayTitle: true,
    info: { Title: title, Author: report.consultation.municipalityName, Subject: 'Raport z konsultacji społecznych' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', regular);
  doc.registerFont('bold', bold);

  const heading = (text: string, size = 14) => {
    doc.moveDown(0.8).font('bold').fontSize(size).text(text).font('body').fontSize(10).moveDown(0.3);
  };
  const line = (text: string, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.font('body').fontSize(10).text(text, options);

  doc.font('bold').fontSize(18).text(title);
  doc.moveDown(0.5);
  line(`Samorząd: ${report.consultation.municipalityName}`);
  if (report.consultation.organiserName) line(`Organizator: ${report.consultation.organiserName}`);
  line(`Wygenerowano: ${warsawTime(report.generatedAt)} (wersja ${report.version})`);

  heading('Uczestnictwo w fazach konsultacji');
  doc.font('body').fontSize(8);
  doc.table({
    columnStyles: [110, 130, ...FIGURE_COLUMNS.map(() => '*')],
    defaultStyle: { padding: 3 },
    data: [
      ['Faza', 'Daty', ...FIGURE_COLUMNS.map((column) => column.label)].map((text) => ({
        text,
        type: 'TH' as const,
        font: { src: 'bold', size: 8 },
      })),
      ...report.phases.map((phase) => [
        PHASE_PL[phase.kind],
        `${phase.startsOn} – ${phase.endsOn}`,
        ...FIGURE_COLUMNS.map((column) => String(phase[column.key])),
      ]),
    ],
  });
  doc.x = doc.page.margins.left;

  const { totals } = report;
  heading('Podsumowanie');
  for (const [label, value] of [
    ['Osoby biorące udział', totals.people],
    ['Wpisy w dyskusji', totals.discussionPosts],
    ['Uwagi do projektu dokumentu', totals.paragraphComments],
    ['Uwagi z odpowiedzią urzędu', totals.answeredComments],
    ['Uwagi bez odpowiedzi', totals.unansweredComments],
    ['Odpowiedzi urzędu', totals.officialAnswers],
    ['Spotkania', totals.meetings],
    ['Spotkania z protokołem', totals.meetingsWithMinutes],
    ['Zapisy na spotkania', totals.registrations],
    ['Lista oczekujących', totals.waitingList],
    ['Dokumenty', totals.documents],
    ['Wersje projektu dokumentu', totals.draftVersions],
    ['Propozycje', totals.proposals],
    ['Głosy', totals.votes],
  ] as const) {
    line(`${label}: ${value}`);
  }

  heading('Uwagi do projektu dokumentu i odpowiedzi');
  if (report.comments.length === 0) line('Nie zgłoszono uwag.');
  // The comments come by version and paragraph: a heading wherever either changes.
  let version: number | null = null;
  let paragraph: number | null = null;
  for (const comment of report.comments) {
    if (comment.draftVersion !== version) {
      version = comment.draftVersion;
      paragraph = null;
      const title = report.drafts.find((draft) => draft.version === version)?.title ?? '';
      doc.moveDown(0.4).font('bold').fontSize(11).text(`Wersja ${version}: ${title}`);
    }
    if (comment.paragraphNumber !== paragraph) {
      paragraph = comment.paragraphNumber;
      doc.moveDown(0.3).font('bold').fontSize(10).text(`Akapit ${paragraph}`);
      line(plainText(comment.paragraphSource), { indent: 10 });
    }
    line(`${comment.authorName ?? 'konto usunięte'}, ${warsawTime(comment.createdAt)}:`, { indent: 20 });
    line(comment.bodySource === null ? '(uwaga usunięta)' : plainText(comment.bodySource), { indent: 30 });
    if (comment.answers.length === 0) line('Bez odpowiedzi urzędu.', { indent: 30 });
    for (const answer of comment.answers) {
      line(`Odpowiedź urzędu (${answer.authorName ?? 'konto usunięte'}):`, { indent: 30 });
      line(answer.bodySource === null ? '(odpowiedź usunięta)' : plainText(answer.bodySource), { indent: 40 });
    }
  }

  heading('Spotkania');
  if (report.meetings.length === 0) line('Nie było spotkań.');
  for (const meeting of report.meetings) {
    doc
      .moveDown(0.4)
      .font('bold')
      .fontSize(11)
      .text(`${MEETING_KIND_PL[meeting.kind]}: ${meeting.title}${meeting.cancelled ? ' (odwołane)' : ''}`);
    line(`${warsawTime(meeting.startsAt)} – ${warsawTime(meeting.endsAt)}`);
    const place = [meeting.address, meeting.onlineUrl].filter(Boolean).join(', ');
    if (place) line(`Miejsce: ${place}`);
    line(
      `Zapisani: ${meeting.registered}${meeting.capacity ? ` z ${meeting.capacity} miejsc` : ''}` +
        (meeting.waiting ? `, lista oczekujących: ${meeting.waiting}` : ''),
    );
    line(meeting.minutesSource ? `Protokół: ${plainText(meeting.minutesSource)}` : 'Bez protokołu.');
  }

  heading('Dokumenty');
  if (report.documents.length === 0) line('Nie dołączono dokumentów.');
  for (const document of report.documents) {
    line(`${document.title} (${document.fileName}, ${fileSize(document.sizeBytes)})`);
  }

  if (report.ballot) {
    const { ballot } = report;
    heading('Głosowanie');
    line(`Karty online: ${ballot.voters}, karty papierowe: ${ballot.paperBallots}`);
    if (ballot.resultsHidden) line('Wyniki nie były jeszcze jawne, gdy powstał raport.');
    for (const option of ballot.options) {
      const ranked = option.schulzeRank === null ? '' : `, Borda ${option.bordaScore}, miejsce ${option.schulzeRank}`;
      line(
        `${option.label}: ${option.total} (online ${option.online}, papier ${option.paper}${ranked})` +
          (option.winner ? ' – zwycięska' : ''),
      );
    }
  }

  if (report.problemTree) {
    const { problemTree } = report;
    heading('Drzewo problemów');
    line(`Węzły przyjęte: ${problemTree.nodes}, propozycje mieszkańców: ${problemTree.suggestions}`);
    // Reports stored before the tree had lines have none.
    for (const text of problemTree.lines ?? []) line(text);
  }

  doc.end();
  return done;
}
