import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
let font: Buffer | null = null;

const COLUMNS = 3;
const ROWS = 6;

/**
 * A sheet of slips to cut apart, one single-use code each, for residents
 * without an account: the survey's title, its address and the code, in
 * DejaVu Sans (the PDF standard fonts have no Polish letters).
 */
export function surveyCodesPdf(
  survey: { title: string; municipalityName: string },
  address: string,
  codes: readonly string[],
): Promise<Buffer> {
  font ??= readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  const doc = new PDFDocument({
    size: 'A4',
    margin: 30,
    lang: 'pl-PL',
    displayTitle: true,
    info: { Title: `Kody do ankiety: ${survey.title}`, Author: survey.municipalityName },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', font);
  doc.font('body');
  const width = (doc.page.width - 60) / COLUMNS;
  const height = (doc.page.height - 60) / ROWS;
  codes.forEach((code, index) => {
    const slot = index % (COLUMNS * ROWS);
    if (index > 0 && slot === 0) doc.addPage();
    const x = 30 + (slot % COLUMNS) * width;
    const y = 30 + Math.floor(slot / COLUMNS) * height;
    doc.rect(x, y, width, height).dash(3, { space: 3 }).stroke().undash();
    doc.fontSize(9).text(survey.municipalityName, x + 8, y + 8, { width: width - 16 });
    doc.fontSize(10).text(survey.title, x + 8, y + 22, { width: width - 16, height: 40, ellipsis: true });
    doc.fontSize(8).text('Wejdź na stronę:', x + 8, y + 66, { width: width - 16 });
    doc.fontSize(8).text(address, x + 8, y + 78, { width: width - 16 });
    doc.fontSize(8).text('i wpisz kod jednorazowy:', x + 8, y + 96, { width: width - 16 });
    doc.fontSize(16).text(`${code.slice(0, 4)}-${code.slice(4)}`, x + 8, y + 108, { width: width - 16 });
  });
  if (codes.length === 0) doc.fontSize(12).text('Brak niewykorzystanych kodów.');
  doc.end();
  return done;
}
