import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { DataSource } from 'typeorm';
import { UPLOAD_CSRF_HEADER, UPLOAD_PATH } from '@ratusz/shared';

/* ---------- consultations (written directly: these tests are about documents, not about creating them) ---------- */

export interface TestPhase {
  kind: string;
  startsOn: string;
  endsOn: string;
}

/** `YYYY-MM-DD` in Warsaw, `days` from today. */
export function warsawDay(days = 0): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export async function createConsultation(
  db: DataSource,
  values: { municipalityId: string; organiserId: string; published?: boolean; phases?: TestPhase[]; title?: string },
): Promise<string> {
  const slug = `konsultacja-${randomBytes(4).toString('hex')}`;
  const published = values.published ?? true;
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO consultations (municipality_id, slug, title, summary_source, summary_html, goal_source, goal_html,
                                organiser_id, status, published_at)
     VALUES ($1, $2, $3, 'Streszczenie', '<p>Streszczenie</p>', 'Cel', '<p>Cel</p>', $4, $5, $6) RETURNING id`,
    [
      values.municipalityId,
      slug,
      values.title ?? 'Strategia rozwoju gminy Ząbki',
      values.organiserId,
      published ? 'PUBLISHED' : 'DRAFT',
      published ? new Date() : null,
    ],
  );
  await setPhases(db, id, values.phases ?? []);
  return id;
}

export async function setPhases(db: DataSource, consultationId: string, phases: TestPhase[]): Promise<void> {
  await db.query('DELETE FROM consultation_phases WHERE consultation_id = $1', [consultationId]);
  for (const [position, phase] of phases.entries()) {
    await db.query(
      `INSERT INTO consultation_phases (consultation_id, position, kind, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)`,
      [consultationId, position, phase.kind, phase.startsOn, phase.endsOn],
    );
  }
}

/* ---------- sample files: tiny but real, detected by content ---------- */

/** A stored (uncompressed) zip archive: enough for file-type to read the entries of DOCX, XLSX and ODT. */
function zip(entries: { name: string; data: string | Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function openXml(mainContentType: string, part: string): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${part}" ContentType="${mainContentType}"/></Types>`,
    },
    { name: part, data: '<?xml version="1.0" encoding="UTF-8"?><root/>' },
  ]);
}

export const SAMPLES = {
  pdf: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  ),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]),
  ]),
  docx: openXml(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    'word/document.xml',
  ),
  xlsx: openXml('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xl/workbook.xml'),
  odt: zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
    { name: 'content.xml', data: '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>' },
  ]),
  csv: Buffer.from('gmina;mieszkańcy\nZąbki;40000\nŁomianki;18000\n', 'utf8'),
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(120)]),
  html: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
  latin2Csv: Buffer.from([0x5a, 0xb1, 0x62, 0x6b, 0x69, 0x3b, 0x31, 0x0a]),
};

/* ---------- raw HTTP uploads ---------- */

export interface UploadResponse {
  status: number;
  body: {
    id?: string;
    title?: string;
    fileName?: string;
    mimeType?: string;
    sizeBytes?: number;
    url?: string;
    errors?: { message: string; extensions: { code: string; detectedType?: string; maxBytes?: number } }[];
  };
}

export interface UploadOptions {
  cookie?: string | null;
  fields?: Record<string, string>;
  fileName: string;
  /** Omit to send a form with no file part. */
  content?: Buffer;
  /** Sent after `content`, for bodies too large to hold in memory. */
  stream?: Readable;
  csrf?: boolean;
  /** Declare this Content-Length instead of sending chunked. */
  contentLength?: number;
  /** Leave the closing boundary off (a truncated form). */
  truncate?: boolean;
}

const BOUNDARY = `----ratusz${randomBytes(8).toString('hex')}`;

function formHead(fields: Record<string, string>, fileName: string | null): Buffer {
  let head = '';
  for (const [name, value] of Object.entries(fields)) {
    head += `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
  if (fileName !== null) {
    head += `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n`;
    head += 'Content-Type: application/octet-stream\r\n\r\n';
  }
  return Buffer.from(head, 'utf8');
}

const FORM_TAIL = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

/** The upload request as a browser's fetch with FormData sends it, over a raw connection the test controls. */
export function upload(baseUrl: string, options: UploadOptions): Promise<UploadResponse> {
  const hasFile = options.content !== undefined || options.stream !== undefined;
  const head = formHead(options.fields ?? {}, hasFile ? options.fileName : null);
  const headers: Record<string, string | number> = {
    'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
  };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.csrf !== false) headers[UPLOAD_CSRF_HEADER] = '1';
  if (options.contentLength !== undefined) headers['content-length'] = options.contentLength;
  else if (!options.stream) {
    const length = head.length + (options.content?.length ?? 0) + (options.truncate ? 0 : FORM_TAIL.length);
    headers['content-length'] = hasFile ? length : Buffer.byteLength(`--${BOUNDARY}--\r\n`) + head.length;
  }
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${UPLOAD_PATH}`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as UploadResponse['body']) : {} });
      });
    });
    req.on('error', reject);
    req.write(head);
    if (!hasFile) {
      req.end(`--${BOUNDARY}--\r\n`);
      return;
    }
    if (options.content) req.write(options.content);
    const finish = () => (options.truncate ? req.end() : req.end(FORM_TAIL));
    if (options.stream) {
      options.stream.on('data', (chunk: Buffer) => {
        if (!req.write(chunk)) {
          options.stream!.pause();
          req.once('drain', () => options.stream!.resume());
        }
      });
      options.stream.on('end', finish);
    } else finish();
  });
}

/**
 * Starts an upload declaring `declaredBytes`, sends `sentBytes` of a PDF and
 * cuts the connection: a browser tab closed mid-upload.
 */
export function abortedUpload(
  baseUrl: string,
  options: { cookie: string; consultationId: string; declaredBytes: number; sentBytes: number },
): Promise<void> {
  const head = formHead({ consultationId: options.consultationId }, 'przerwany.pdf');
  return new Promise((resolve) => {
    const req = http.request(`${baseUrl}${UPLOAD_PATH}`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': head.length + options.declaredBytes + FORM_TAIL.length,
        cookie: options.cookie,
        [UPLOAD_CSRF_HEADER]: '1',
      },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(head);
    req.write(Buffer.concat([SAMPLES.pdf, Buffer.alloc(options.sentBytes - SAMPLES.pdf.length)]), () => {
      setTimeout(() => req.destroy(), 100);
    });
  });
}

/** Every file under the upload directory, relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Polls until `check` holds (cleanup after an aborted request runs after the socket closes). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A GET over raw HTTP, for the download's headers and bytes. */
export function download(
  url: string,
  cookie?: string | null,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: cookie ? { cookie } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}
