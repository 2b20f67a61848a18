import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { DATABASE_NAME, startEmbeddedDatabase, type RunningDatabase } from '../database/embedded-database.js';
import { isPostmasterOf, readPostmasterPid } from '../database/embedded-owner.js';

/**
 * The URL of the embedded PostgreSQL that a running server started in `dataDir`, or null when none runs there.
 * The server picks a free port at every start; PostgreSQL records it in postmaster.pid (its fourth line), and the
 * cluster's password is in embedded-postgres.json next to it.
 */
async function runningEmbeddedDatabaseUrl(dataDir: string): Promise<string | null> {
  const clusterDir = path.join(path.resolve(dataDir), 'pg');
  const pid = await readPostmasterPid(clusterDir);
  if (pid === null || !isPostmasterOf(pid, clusterDir)) return null;
  const lines = (await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n');
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(port) || port <= 0) return null;
  const { password } = JSON.parse(await readFile(path.join(dataDir, 'embedded-postgres.json'), 'utf8')) as {
    password: string;
  };
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/**
 * The database a backup reads: DATABASE_URL; else the embedded PostgreSQL of RATUSZ_DATA_DIR, the one a running server
 * started (a dump is consistent while the server works) or, with no server running, started here for the backup.
 */
export async function databaseToBackUp(config: AppConfig, log: (line: string) => void): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const running = await runningEmbeddedDatabaseUrl(config.dataDir);
  if (running) {
    log(`Using the embedded PostgreSQL of the running server (data in ${config.dataDir})`);
    return { url: running, stop: async () => undefined };
  }
  log(`Starting the embedded PostgreSQL (data in ${config.dataDir})`);
  return startEmbeddedDatabase(config.dataDir, log);
}

/**
 * The database a restore writes: DATABASE_URL (stop every server using it first), or the embedded PostgreSQL of
 * RATUSZ_DATA_DIR, which only works while no server runs on it (it is started here under the data directory's lock).
 */
export async function databaseToRestore(config: AppConfig, log: (line: string) => void): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  if (await runningEmbeddedDatabaseUrl(config.dataDir)) {
    throw new Error(
      `A server is running on the embedded PostgreSQL in ${config.dataDir}: stop it before restoring into it.`,
    );
  }
  log(`Starting the embedded PostgreSQL (data in ${config.dataDir})`);
  return startEmbeddedDatabase(config.dataDir, log);
}
