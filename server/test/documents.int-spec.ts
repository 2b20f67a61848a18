import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DOCUMENT_LIMITS } from '@ratusz/shared';
import {
  abortedUpload,
  createConsultation,
  download,
  eventually,
  filesUnder,
  SAMPLES,
  upload,
  type UploadResponse,
} from './support/document-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { errorCode } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DOCUMENTS = `query($c: ID!, $first: Int, $after: String) {
  consultationDocuments(consultationId: $c, first: $first, after: $after) {
    nodes { id title fileName mimeType sizeBytes url uploadedAt uploader { id displayName } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const RENAME = `mutation($input: RenameDocumentInput!) { renameDocument(input: $input) { id title fileName } }`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) { id } }`;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('documents', () => {
  let t: TestApp;
  let uploadDir: string;
  let official: RegisteredUser;
  let resident: RegisteredUser;
  let consultationId: string;
  let draftConsultationId: string;

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-uploads-'));
    t = await startTestApp({ config: { uploadDir } });
    const municipality = await createMunicipality(t.db, { name: 'Ząbki' });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Anna' });
    resident = await registerUser(t.client());
    await grantRole(t.db, official.id, municipality.id, 'OFFICIAL');
    consultationId = await createConsultation(t.db, { municipalityId: municipality.id, organiserId: official.id });
    draftConsultationId = await createConsultation(t.db, {
      municipalityId: municipality.id,
      organiserId: official.id,
      published: false,
    });
  });
  afterAll(async () => {
    await t?.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  const send = (options: Partial<Parameters<typeof upload>[1]> & { fileName: string }) =>
    upload(t.url, { cookie: official.client.cookie, fields: { consultationId }, ...options });
  const documentCount = async () => Number((await t.db.query('SELECT count(*)::int AS n FROM documents'))[0].n);
  const codeOf = (response: UploadResponse) => response.body.errors?.[0]?.extensions.code;

  /** Runs a bad upload and checks it left nothing behind: no file (not even a temporary one), no row. */
  async function refused(run: () => Promise<UploadResponse>): Promise<UploadResponse> {
    const filesBefore = await filesUnder(uploadDir);
    const rowsBefore = await documentCount();
    const response = await run();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await filesUnder(uploadDir)).toEqual(filesBefore);
    expect(await documentCount()).toBe(rowsBefore);
    return response;
  }

  it.each([
    ['pdf', 'application/pdf'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['odt', 'application/vnd.oasis.opendocument.text'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['csv', 'text/csv'],
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
  ] as const)('stores a %s by its content, content-addressed', async (kind, mimeType) => {
    const content = SAMPLES[kind];
    // The name says nothing: only the content decides (except CSV, which has no signature).
    const fileName = kind === 'csv' ? 'dane.csv' : `plik-${kind}.bin`;
    const response = await send({ fileName, content, fields: { consultationId, title: `Załącznik ${kind}` } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ title: `Załącznik ${kind}`, fileName, mimeType, sizeBytes: content.length });
    const hash = sha256(content);
    expect(existsSync(path.join(uploadDir, hash.slice(0, 2), hash))).toBe(true);
    const [row] = await t.db.query('SELECT sha256, uploaded_by, municipality_id FROM documents WHERE id = $1', [
      response.body.id,
    ]);
    expect(row.sha256).toBe(hash);
    expect(row.uploaded_by).toBe(official.id);
    expect((await filesUnder(path.join(uploadDir, 'tmp'))).length).toBe(0);
  });

  it('refuses types that are not allowed, naming what was detected', async () => {
    const elf = await refused(() => send({ fileName: 'program.pdf', content: SAMPLES.elf }));
    expect(elf.status).toBe(415);
    expect(codeOf(elf)).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(elf.body.errors?.[0].extensions.detectedType).toBe('application/x-elf');

    const html = await refused(() => send({ fileName: 'strategia.pdf', content: SAMPLES.html }));
    expect(codeOf(html)).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(html.body.errors?.[0].extensions.detectedType).toBe('text/plain');

    // CSV must be UTF-8 text.
    const latin2 = await refused(() => send({ fileName: 'dane.csv', content: SAMPLES.latin2Csv }));
    expect(codeOf(latin2)).toBe('FILE_TYPE_NOT_ALLOWED');
  });

  it('refuses a file over 20 MB while it streams, and one that announces it', async () => {
    const chunk = Buffer.alloc(64 * 1024);
    let sent = 0;
    const tooBig = DOCUMENT_LIMITS.maxBytes + 256 * 1024;
    const stream = new Readable({
      read() {
        if (sent >= tooBig) return this.push(null);
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const streamed = await refused(() => send({ fileName: 'duzy.pdf', content: SAMPLES.pdf, stream }));
    expect(streamed.status).toBe(413);
    expect(codeOf(streamed)).toBe('FILE_TOO_LARGE');
    expect(streamed.body.errors?.[0].extensions.maxBytes).toBe(DOCUMENT_LIMITS.maxBytes);

    const announced = await refused(() =>
      send({ fileName: 'duzy.pdf', content: SAMPLES.pdf, contentLength: DOCUMENT_LIMITS.maxBytes * 2, truncate: true }),
    );
    expect(announced.status).toBe(413);
    expect(codeOf(announced)).toBe('FILE_TOO_LARGE');
  });

  it('refuses a truncated form and cleans up after a connection cut mid-upload', async () => {
    const truncated = await refused(() => send({ fileName: 'urwany.pdf', content: SAMPLES.pdf, truncate: true }));
    expect(truncated.status).toBe(400);
    expect(codeOf(truncated)).toBe('UPLOAD_INCOMPLETE');

    const filesBefore = await filesUnder(uploadDir);
    const rowsBefore = await documentCount();
    await abortedUpload(t.url, {
      cookie: official.client.cookie!,
      consultationId,
      declaredBytes: 4 * 1024 * 1024,
      sentBytes: 512 * 1024,
    });
    await eventually(async () => JSON.stringify(await filesUnder(uploadDir)) === JSON.stringify(filesBefore));
    expect(await documentCount()).toBe(rowsBefore);
  });

  it('removes the stored file again when its row cannot be written', async () => {
    await t.db.query(
      `CREATE FUNCTION refuse_documents() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`,
    );
    await t.db.query(
      `CREATE TRIGGER refuse BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse_documents()`,
    );
    try {
      const response = await refused(() =>
        send({ fileName: 'jedyny.pdf', content: Buffer.from('%PDF-1.4\n% tylko raz\n%%EOF\n') }),
      );
      expect(response.status).toBe(500);
      expect(codeOf(response)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response.body)).not.toContain('refused');
    } finally {
      await t.db.query('DROP TRIGGER refuse ON documents');
      await t.db.query('DROP FUNCTION refuse_documents()');
    }
  });

  it('refuses a form without a file or without a consultation', async () => {
    const noFile = await refused(() => send({ fileName: 'x.pdf' }));
    expect(noFile.status).toBe(400);
    expect(codeOf(noFile)).toBe('BAD_USER_INPUT');
    const noConsultation = await refused(() => send({ fileName: 'x.pdf', content: SAMPLES.pdf, fields: {} }));
    expect(codeOf(noConsultation)).toBe('BAD_USER_INPUT');
    const unknown = await refused(() =>
      send({
        fileName: 'x.pdf',
        content: SAMPLES.pdf,
        fields: { consultationId: '00000000-0000-4000-8000-000000000000' },
      }),
    );
    expect(unknown.status).toBe(404);
  });

  it('lets only the consultation’s officials upload, with the anti-CSRF header', async () => {
    const anonymous = await refused(() => send({ fileName: 'a.pdf', content: SAMPLES.pdf, cookie: null }));
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');

    const byResident = await refused(() =>
      send({ fileName: 'a.pdf', content: SAMPLES.pdf, cookie: resident.client.cookie }),
    );
    expect(byResident.status).toBe(403);
    expect(codeOf(byResident)).toBe('FORBIDDEN');

    const noHeader = await refused(() => send({ fileName: 'a.pdf', content: SAMPLES.pdf, csrf: false }));
    expect(noHeader.status).toBe(403);
    expect(codeOf(noHeader)).toBe('CSRF_HEADER_MISSING');
  });

  it('serves the file with its type, the Polish name intact and nosniff; drafts only to managers', async () => {
    const fileName = 'Założenia_strategii_Ząbki.pdf';
    const uploaded = await send({ fileName, content: SAMPLES.pdf });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.fileName).toBe(fileName);
    expect(uploaded.body.title).toBe('Założenia_strategii_Ząbki');

    const got = await download(`${t.url}${uploaded.body.url}`);
    expect(got.status).toBe(200);
    expect(got.body.equals(SAMPLES.pdf)).toBe(true);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-length']).toBe(String(SAMPLES.pdf.length));
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    const disposition = got.headers['content-disposition']!;
    expect(disposition).toContain('attachment; filename="Zalozenia_strategii_Zabki.pdf"');
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1];
    expect(decodeURIComponent(encoded)).toBe(fileName);

    const inDraft = await send({
      fileName: 'projekt.pdf',
      content: SAMPLES.pdf,
      fields: { consultationId: draftConsultationId },
    });
    expect(inDraft.status).toBe(201);
    expect((await download(`${t.url}${inDraft.body.url}`)).status).toBe(404);
    expect((await download(`${t.url}${inDraft.body.url}`, resident.client.cookie)).status).toBe(404);
    expect((await download(`${t.url}${inDraft.body.url}`, official.client.cookie)).status).toBe(200);
    expect((await download(`${t.url}/api/documents/not-a-uuid/download`)).status).toBe(400);
  });

  it('lists, renames and deletes documents; a shared file stays until its last document goes', async () => {
    const content = Buffer.from('%PDF-1.7\n% wspólny plik\n%%EOF\n');
    const first = await send({ fileName: 'a.pdf', content });
    const second = await send({ fileName: 'b.pdf', content });
    const hash = sha256(content);
    const stored = path.join(uploadDir, hash.slice(0, 2), hash);

    const page = await resident.client.data<{
      consultationDocuments: {
        nodes: { id: string; uploader: { displayName: string } }[];
        pageInfo: { endCursor: string };
      };
    }>(DOCUMENTS, { c: consultationId, first: 1 });
    expect(page.consultationDocuments.nodes.map((n) => n.id)).toEqual([second.body.id]);
    expect(page.consultationDocuments.nodes[0].uploader.displayName).toBe('Urzędniczka Anna');
    const next = await resident.client.data<{ consultationDocuments: { nodes: { id: string }[] } }>(DOCUMENTS, {
      c: consultationId,
      first: 1,
      after: page.consultationDocuments.pageInfo.endCursor,
    });
    expect(next.consultationDocuments.nodes.map((n) => n.id)).toEqual([first.body.id]);
    // A draft consultation's documents look absent to residents.
    expect(errorCode(await resident.client.request(DOCUMENTS, { c: draftConsultationId }))).toBe('NOT_FOUND');

    expect(errorCode(await resident.client.request(RENAME, { input: { documentId: first.body.id, title: 'X' } }))).toBe(
      'FORBIDDEN',
    );
    const renamed = await official.client.data<{ renameDocument: { title: string; fileName: string } }>(RENAME, {
      input: { documentId: first.body.id, title: '  Nowy tytuł  ' },
    });
    expect(renamed.renameDocument).toEqual({ id: first.body.id, title: 'Nowy tytuł', fileName: 'a.pdf' });

    expect(errorCode(await resident.client.request(DELETE, { id: first.body.id }))).toBe('FORBIDDEN');
    await official.client.data(DELETE, { id: first.body.id });
    expect(existsSync(stored)).toBe(true);
    await official.client.data(DELETE, { id: second.body.id });
    expect(existsSync(stored)).toBe(false);
    expect((await download(`${t.url}${second.body.url}`)).status).toBe(404);
  });
});
