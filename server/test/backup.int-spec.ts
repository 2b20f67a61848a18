import { existsSync } from 'node:fs';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createBackup, restoreBackup, verifyBackup } from '../src/backup/backup.js';
import { findPgTool } from '../src/backup/pg-tools.js';
import { createConsultation, download, filesUnder, SAMPLES, upload } from './support/document-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, reply } from './support/forum-factories.js';
import { GraphQLClient } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const POSTS = `query($threadId: ID!) { threadPosts(threadId: $threadId, first: 50) { nodes { number bodyHtml } } }`;
const DOCUMENTS = `query($c: ID!) { consultationDocuments(consultationId: $c, first: 10) { nodes { id title url } } }`;
const DELETE_DOCUMENT = `mutation($id: ID!) { deleteDocument(id: $id) { id } }`;

async function query<T>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function serverMajor(databaseUrl: string): Promise<number> {
  const [row] = await query<{ v: string }>(databaseUrl, "SELECT current_setting('server_version_num') AS v");
  return Math.floor(Number(row.v) / 10_000);
}

/** The machine's own PostgreSQL, tried when the test server is newer than the client tools here. */
const MACHINE_POSTGRES = process.env.RATUSZ_BACKUP_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why pg_dump/pg_restore cannot serve the server at `serverUrl`, or null when they can. */
async function toolsProblem(serverUrl: string): Promise<string | null> {
  try {
    const major = await serverMajor(serverUrl);
    await findPgTool('pg_dump', major);
    await findPgTool('pg_restore', major);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('backup and restore', () => {
  let toolsMissing: string | null = null;
  // The PostgreSQL server every database of this test lives on (see beforeAll).
  let serverUrl = process.env.RATUSZ_TEST_ADMIN_URL!;
  const temporary: string[] = [];
  const databases: TestDatabase[] = [];
  let source: TestApp;
  let restored: TestApp | undefined;
  let uploadDir: string;
  let backupDir: string;
  let official: RegisteredUser;
  let consultationId: string;
  let threadId: string;
  let documentId: string;

  const tempDir = async (prefix: string) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };
  const emptyDatabase = async () => {
    const database = await createTestDatabase(serverUrl);
    databases.push(database);
    return database;
  };

  beforeAll(async () => {
    uploadDir = await tempDir('ratusz-backup-uploads-');
    // `npm test`'s embedded PostgreSQL may be newer than the client tools installed here (pg_dump refuses a
    // newer server); then the machine's own PostgreSQL, when one answers, takes its place for this test.
    toolsMissing = await toolsProblem(serverUrl);
    if (toolsMissing !== null && serverUrl !== MACHINE_POSTGRES && (await toolsProblem(MACHINE_POSTGRES)) === null) {
      serverUrl = MACHINE_POSTGRES;
      toolsMissing = null;
    }
    if (toolsMissing !== null) {
      console.warn(`The backup test is skipped: ${toolsMissing}`);
      return;
    }
    source = await startTestApp({ databaseUrl: (await emptyDatabase()).url, config: { uploadDir } });

    const municipality = await createMunicipality(source.db, { name: 'Ząbki' });
    official = await registerUser(source.client(), { displayName: 'Urzędniczka Anna' });
    await grantRole(source.db, official.id, municipality.id, 'OFFICIAL');
    consultationId = await createConsultation(source.db, { municipalityId: municipality.id, organiserId: official.id });
    const uploaded = await upload(source.url, {
      cookie: official.client.cookie,
      fields: { consultationId, title: 'Projekt uchwały' },
      fileName: 'projekt.pdf',
      content: SAMPLES.pdf,
    });
    expect(uploaded.status).toBe(201);
    documentId = uploaded.body.id!;
    const categoryId = await createCategory(source.db, { municipalityId: municipality.id });
    threadId = (await createThread(official.client, categoryId, { title: 'Przed kopią', body: 'Pierwszy post' })).id;
    await reply(official.client, threadId, 'Odpowiedź sprzed kopii');

    backupDir = path.join(await tempDir('ratusz-backup-'), 'backup');
    await createBackup({ databaseUrl: source.databaseUrl, uploadDir, outDir: backupDir });

    // Changed after the backup: none of this may come back.
    await reply(official.client, threadId, 'Odpowiedź po kopii');
    await official.client.data(DELETE_DOCUMENT, { id: documentId });
  });

  afterAll(async () => {
    await restored?.close();
    await source?.close();
    for (const database of databases) await database.drop();
    for (const dir of temporary) await rm(dir, { recursive: true, force: true });
  });

  // Said once, in beforeAll.
  const skipIfNoTools = () => toolsMissing !== null;

  it('writes a manifest that names the dump and every uploaded file with its checksum', async () => {
    if (skipIfNoTools()) return;
    const manifest = await verifyBackup(backupDir);
    expect(manifest.database.lastMigration).toEqual(expect.any(String));
    expect(manifest.uploads.files).toHaveLength(1);
    expect(manifest.uploads.files[0].bytes).toBe(SAMPLES.pdf.length);
    // Deleting the document after the backup removed its file from the upload directory, not from the backup.
    expect((await filesUnder(uploadDir)).filter((file) => !file.startsWith('tmp'))).toEqual([]);
  });

  it('restores the data and the uploaded files into an empty database, as they were at the backup', async () => {
    if (skipIfNoTools()) return;
    const target = await emptyDatabase();
    const restoredUploads = await tempDir('ratusz-restored-uploads-');
    await restoreBackup({ backupDir, databaseUrl: target.url, uploadDir: restoredUploads });

    restored = await startTestApp({ databaseUrl: target.url, config: { uploadDir: restoredUploads } });
    const anonymous = restored.client();
    const posts = await anonymous.data<{ threadPosts: { nodes: { bodyHtml: string }[] } }>(POSTS, { threadId });
    const bodies = posts.threadPosts.nodes.map((post) => post.bodyHtml).join('\n');
    expect(bodies).toContain('Odpowiedź sprzed kopii');
    expect(bodies).not.toContain('Odpowiedź po kopii');

    // Sessions are data too: the official's login of before the backup still works on the restored server.
    const sameLogin = new GraphQLClient(restored.url);
    sameLogin.cookie = official.client.cookie;
    const documents = await sameLogin.data<{
      consultationDocuments: { nodes: { id: string; title: string; url: string }[] };
    }>(DOCUMENTS, { c: consultationId });
    expect(documents.consultationDocuments.nodes).toEqual([
      expect.objectContaining({ id: documentId, title: 'Projekt uchwały' }),
    ]);
    const file = await download(`${restored.url}${documents.consultationDocuments.nodes[0].url}`, sameLogin.cookie);
    expect(file.status).toBe(200);
    expect(file.body.equals(SAMPLES.pdf)).toBe(true);
  });

  it('refuses a database that is not empty unless told to wipe it', async () => {
    if (skipIfNoTools()) return;
    const target = await emptyDatabase();
    await query(target.url, 'CREATE TABLE left_over (id int); INSERT INTO left_over VALUES (1)');
    const restoredUploads = await tempDir('ratusz-restored-uploads-');

    await expect(restoreBackup({ backupDir, databaseUrl: target.url, uploadDir: restoredUploads })).rejects.toThrow(
      /not empty/,
    );
    expect(await query(target.url, "SELECT to_regclass('public.users') AS t")).toEqual([{ t: null }]);
    expect(await filesUnder(restoredUploads)).toEqual([]);

    await restoreBackup({ backupDir, databaseUrl: target.url, uploadDir: restoredUploads, wipe: true });
    expect(await query(target.url, "SELECT to_regclass('public.left_over') AS t")).toEqual([{ t: null }]);
    expect(await query(target.url, `SELECT display_name FROM users WHERE id = '${official.id}'`)).toEqual([
      { display_name: 'Urzędniczka Anna' },
    ]);
  });

  it('refuses a damaged backup before it changes anything', async () => {
    if (skipIfNoTools()) return;
    const damaged = path.join(await tempDir('ratusz-damaged-'), 'backup');
    await cp(backupDir, damaged, { recursive: true });
    const manifest = await verifyBackup(damaged);
    await appendFile(path.join(damaged, 'uploads', manifest.uploads.files[0].path), 'x');
    const target = await emptyDatabase();
    const restoredUploads = await tempDir('ratusz-restored-uploads-');

    await expect(
      restoreBackup({ backupDir: damaged, databaseUrl: target.url, uploadDir: restoredUploads }),
    ).rejects.toThrow(/damaged/);
    expect(await query(target.url, "SELECT to_regclass('public.users') AS t")).toEqual([{ t: null }]);
    expect(existsSync(path.join(restoredUploads, manifest.uploads.files[0].path))).toBe(false);
  });
});
