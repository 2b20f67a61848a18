import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import argon2 from 'argon2';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { startEmbeddedDatabase } from '../src/database/embedded-database.js';
import { GraphQLClient } from '../test/support/graphql-client.js';
import { seedForum, type ForumBenchData } from './forum-seed.js';
import { spawnServer, type SpawnedServer } from './spawn-server.js';

const PASSWORD = 'Bench-haslo-2026';
export const READY = /Ratusz is running at (http:\/\/[\w.:]+)/;

/** Environment of a bench's own Ratusz process: no client files, no Redis unless given. */
export function serverEnv(databaseUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    CLIENT_DIST_DIR: '/nonexistent',
    REDIS_URL: '',
    ...extra,
  };
}

/** Whether this module is the entry point (`node dist/server/bench/<file>.js`), not imported by bench.ts. */
export function isEntryPoint(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}

/** A process's resident memory and its peak, in MB, from /proc (Linux). */
export function memoryMb(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Accounts of the bench's own (`<prefix>-<n>@bench.example`, one password),
 * so benches need neither the demo data nor each other's rate-limit counters.
 * Returns their e-mail addresses.
 */
export async function createBenchUsers(databaseUrl: string, prefix: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const result = await client.query<{ email: string }>(
      `INSERT INTO users (email, display_name, password_hash)
       SELECT $1 || '-' || g || '@bench.example', 'Uczestnik testu ' || g, $3 FROM generate_series(1, $2::int) g
       ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash RETURNING email`,
      [prefix, count, hash],
    );
    return result.rows.map((r) => r.email);
  } finally {
    await client.end();
  }
}

export async function login(client: GraphQLClient, email: string): Promise<void> {
  await client.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
    input: { email, password: PASSWORD },
  });
}

/**
 * For a bench run on its own: a throw-away embedded PostgreSQL migrated by
 * one Ratusz start (without demo data), some users and the forum bench data.
 */
export async function standaloneBench(
  run: (databaseUrl: string, forum: ForumBenchData) => Promise<void>,
): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-bench-'));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedDatabase(dataDir, () => undefined, { persistent: false });
  let seeder: SpawnedServer | undefined;
  const db = new DataSource(dataSourceOptions(database.url));
  try {
    seeder = await spawnServer('../src/main.js', [], serverEnv(database.url, { SEED_DEMO_DATA: 'false' }), READY);
    await seeder.stop();
    seeder = undefined;
    await createBenchUsers(database.url, 'autor', 20);
    await db.initialize();
    const userIds: string[] = (await db.query('SELECT id FROM users')).map((r: { id: string }) => r.id);
    const forum = await seedForum(db, userIds);
    await run(database.url, forum);
  } finally {
    if (db.isInitialized) await db.destroy();
    await seeder?.stop();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The fields of /proc/<pid>/stat after the command's closing parenthesis (Linux); null for a process that is gone. */
function statFields(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU seconds (user + system) a process has used, from /proc; with `reapedChildren`, its exited children's too. 0 for
 * one that is gone.
 */
function processCpuSeconds(pid: number, reapedChildren = false): number {
  const fields = statFields(pid);
  if (!fields) return 0;
  // utime, stime, cutime and cstime are the 12th to 15th fields, in clock ticks (100/s).
  const ticks =
    Number(fields[11]) + Number(fields[12]) + (reapedChildren ? Number(fields[13]) + Number(fields[14]) : 0);
  return ticks / 100;
}

/**
 * CPU seconds of every PostgreSQL process on the machine (the bench's embedded server and its backends). A backend
 * that exits (the pool closes idle connections) takes its CPU out of the live processes' sum, so each postmaster
 * (a postgres process whose parent is not one) counts its exited children's too: the total only grows.
 */
function postgresCpuSeconds(): number {
  const pids = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    })
    .map(Number);
  const postgres = new Set(pids);
  return pids.reduce((sum, pid) => sum + processCpuSeconds(pid, !postgres.has(Number(statFields(pid)?.[1]))), 0);
}

interface CpuSplit {
  server: number;
  postgres: number;
  loadGenerator: number;
}

/**
 * Starts counting the CPU used by the measured server, PostgreSQL and this
 * process; the returned function gives the seconds each used since.
 */
export function countCpu(serverPid: number): () => CpuSplit {
  const self = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  };
  const start = { server: processCpuSeconds(serverPid), postgres: postgresCpuSeconds(), loadGenerator: self() };
  return () => ({
    server: processCpuSeconds(serverPid) - start.server,
    postgres: postgresCpuSeconds() - start.postgres,
    loadGenerator: self() - start.loadGenerator,
  });
}
