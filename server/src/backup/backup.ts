import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { findPgTool, runPgTool, type PgTool } from './pg-tools.js';

/**
 * A backup is a directory: the database as a `pg_dump` custom-format archive, the upload directory's files under
 * `uploads/` (same layout, `<sha256[0..2]>/<sha256>`) and `manifest.json` describing both with checksums, so a restore
 * can tell a complete, intact backup from a damaged one before it changes anything.
 */
const BACKUP_FORMAT = 'ratusz-backup';
const BACKUP_FORMAT_VERSION = 1;
const MANIFEST = 'manifest.json';
const DUMP = 'database.dump';
const UPLOADS = 'uploads';
/** Uploads in progress (see DocumentStorageService): not documents yet. */
const UPLOAD_TMP = 'tmp';
const SHA256 = /^[0-9a-f]{64}$/;

interface BackupFile {
  /** Relative to the upload directory, `/`-separated. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  database: {
    file: string;
    bytes: number;
    sha256: string;
    serverVersion: string;
    pgDumpVersion: string;
    /** The newest migration applied in the dumped database, to tell which release the dump belongs to. */
    lastMigration: string | null;
  };
  uploads: { directory: string; files: BackupFile[] };
}

export interface BackupOptions {
  databaseUrl: string;
  uploadDir: string;
  /** The directory to create; it must not exist yet (or be empty). */
  outDir: string;
  env?: NodeJS.ProcessEnv;
}

export interface RestoreOptions {
  backupDir: string;
  databaseUrl: string;
  uploadDir: string;
  /** Drop everything in the target database first; without it a database that has tables is refused. */
  wipe?: boolean;
  env?: NodeJS.ProcessEnv;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function serverVersion(client: pg.Client): Promise<{ version: string; major: number }> {
  const { rows } = await client.query<{ num: string; text: string }>(
    "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS text",
  );
  return { version: rows[0].text.split(' ')[0], major: Math.floor(Number(rows[0].num) / 10_000) };
}

async function lastMigration(client: pg.Client): Promise<string | null> {
  const exists = await client.query<{ found: boolean }>("SELECT to_regclass('public.migrations') IS NOT NULL AS found");
  if (!exists.rows[0].found) return null;
  const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id DESC LIMIT 1');
  return rows[0]?.name ?? null;
}

/** Every stored document file, skipping uploads in progress and anything that is not content-addressed. */
async function uploadedFiles(uploadDir: string): Promise<string[]> {
  if (!existsSync(uploadDir)) return [];
  const files: string[] = [];
  for (const prefix of (await readdir(uploadDir)).sort()) {
    if (prefix === UPLOAD_TMP || !/^[0-9a-f]{2}$/.test(prefix)) continue;
    const dir = path.join(uploadDir, prefix);
    if (!(await stat(dir)).isDirectory()) continue;
    for (const name of (await readdir(dir)).sort()) {
      if (SHA256.test(name) && name.startsWith(prefix)) files.push(`${prefix}/${name}`);
    }
  }
  return files;
}

/**
 * Dumps the database, then copies the uploaded files. In that order: files are only ever added or removed, never
 * changed, so every file the dump refers to is still there when the copy runs (unless its document was deleted in
 * between, which a restore reports as a missing download, nothing worse).
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  const outDir = path.resolve(options.outDir);
  if (existsSync(outDir) && (await readdir(outDir)).length > 0) {
    throw new Error(`${outDir} already exists and is not empty: choose a new directory for the backup.`);
  }
  const { version, major, migration } = await withClient(options.databaseUrl, async (client) => ({
    ...(await serverVersion(client)),
    migration: await lastMigration(client),
  }));
  const pgDump = await findPgTool('pg_dump', major, options.env);
  await mkdir(path.join(outDir, UPLOADS), { recursive: true });
  const dumpFile = path.join(outDir, DUMP);
  // Custom format: compressed, and pg_restore can restore it selectively or in parallel. Owners and grants are left
  // out so the dump restores into a database of another user (the embedded `postgres`, compose's `ratusz`, …).
  await runPgTool(pgDump, ['--format=custom', '--no-owner', '--no-acl', `--file=${dumpFile}`], options.databaseUrl);

  const files: BackupFile[] = [];
  for (const relative of await uploadedFiles(options.uploadDir)) {
    const source = path.join(options.uploadDir, relative);
    const target = path.join(outDir, UPLOADS, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(source, target);
    files.push({ path: relative, bytes: (await stat(target)).size, sha256: await sha256Of(target) });
  }

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    database: {
      file: DUMP,
      bytes: (await stat(dumpFile)).size,
      sha256: await sha256Of(dumpFile),
      serverVersion: version,
      pgDumpVersion: pgDump.version,
      lastMigration: migration,
    },
    uploads: { directory: UPLOADS, files },
  };
  // Written last: a backup directory without a manifest is one that did not finish.
  await writeFile(path.join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Reads the manifest and checks every file it names against its checksum; throws on the first problem. */
export async function verifyBackup(backupDir: string): Promise<BackupManifest> {
  const manifestFile = path.join(backupDir, MANIFEST);
  if (!existsSync(manifestFile)) {
    throw new Error(`${backupDir} has no ${MANIFEST}: not a Ratusz backup, or one that did not finish.`);
  }
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_FORMAT_VERSION) {
    throw new Error(`${manifestFile} is not a Ratusz backup manifest of version ${BACKUP_FORMAT_VERSION}.`);
  }
  const check = async (file: string, expected: { bytes: number; sha256: string }, what: string) => {
    if (!existsSync(file)) throw new Error(`The backup is incomplete: ${what} (${file}) is missing.`);
    if ((await stat(file)).size !== expected.bytes || (await sha256Of(file)) !== expected.sha256) {
      throw new Error(`The backup is damaged: ${what} (${file}) does not match its checksum.`);
    }
  };
  await check(path.join(backupDir, manifest.database.file), manifest.database, 'the database dump');
  for (const file of manifest.uploads.files) {
    // The manifest names where files go: only content-addressed names, never a path out of the upload directory.
    const [prefix, name, ...rest] = file.path.split('/');
    if (rest.length || !SHA256.test(name ?? '') || prefix !== name.slice(0, 2) || name !== file.sha256) {
      throw new Error(`The backup manifest names an unexpected upload file: ${file.path}`);
    }
    await check(path.join(backupDir, manifest.uploads.directory, file.path), file, `the uploaded file ${file.path}`);
  }
  return manifest;
}

/** Tables and views in schemas other than PostgreSQL's own. */
async function userRelationCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`,
  );
  return rows[0].n;
}

async function wipeDatabase(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace
      WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
  );
  await client.query('BEGIN');
  try {
    for (const { name } of rows) await client.query(`DROP SCHEMA ${client.escapeIdentifier(name)} CASCADE`);
    await client.query('CREATE SCHEMA public');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Restores a backup: checks it whole first, then loads the dump into the (empty, or wiped on request) database in one
 * transaction, then puts the uploaded files back. Files already in the upload directory stay: names are contents, so
 * one with the same name is the same file.
 */
export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
  const backupDir = path.resolve(options.backupDir);
  const manifest = await verifyBackup(backupDir);
  const dumpMajor = Number.parseInt(manifest.database.pgDumpVersion, 10);
  const pgRestore: PgTool = await findPgTool('pg_restore', dumpMajor, options.env);

  await withClient(options.databaseUrl, async (client) => {
    if ((await userRelationCount(client)) === 0) return;
    if (!options.wipe) {
      throw new Error(
        'The target database is not empty. Restore into an empty database, or pass --wipe to drop everything in it ' +
          'first (every schema but PostgreSQL’s own).',
      );
    }
    await wipeDatabase(client);
  });
  await runPgTool(
    pgRestore,
    ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', path.join(backupDir, manifest.database.file)],
    options.databaseUrl,
  );

  for (const file of manifest.uploads.files) {
    const target = path.join(options.uploadDir, file.path);
    if (existsSync(target) && (await sha256Of(target)) === file.sha256) continue;
    await mkdir(path.dirname(target), { recursive: true });
    // Copied next to the target and renamed into place, so a server never serves half a file.
    const partial = `${target}.restoring`;
    await copyFile(path.join(backupDir, manifest.uploads.directory, file.path), partial);
    await rename(partial, target).catch(async (error: unknown) => {
      await rm(partial, { force: true });
      throw error;
    });
  }
  return manifest;
}
