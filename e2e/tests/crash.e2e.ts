import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/src/config/app-config.js';
import { registerUser, type RegisteredUser } from '../../server/test/support/factories.js';
import { createThread, REPLY } from '../../server/test/support/forum-factories.js';
import { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { confirmationLinkIn, registerMailbox } from '../../server/test/support/mailbox.js';
import { createTestDatabase, type TestDatabase } from '../../server/test/support/test-database.js';
import { ThreadReader } from '../../server/test/support/thread-reader.js';

/**
 * Issue 13's crash test: writers reply at a steady rate while the built server
 * (what `npm start` runs) is killed with SIGKILL and started again, three times.
 * Every reply that got a success answer must be in the database afterwards, a
 * reader that was in the thread's room must catch up on every event it missed,
 * and — on the embedded default — the server must come back by itself: the
 * postmaster of a killed server is stopped by the watchdog, or, when the
 * watchdog is killed too, recognised as an orphan at the next start.
 */

// Three first starts or restarts (initdb, migrations, demo seed) on a busy 2-core machine, plus the writing.
const CRASH_TEST_TIMEOUT_MS = 240_000;
const CYCLES = 3;
const WRITERS = 6;
const WRITER_PAUSE_MS = 40;
/** Acknowledged replies per cycle before the kill, so the kill lands mid-stream with requests in flight. */
const ACKS_BEFORE_KILL = 25;

interface ServerProcess {
  child: ChildProcess;
  url: Promise<string>;
  output: string[];
  exited: Promise<number | null>;
}

function startServer(env: NodeJS.ProcessEnv): ServerProcess {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    NO_COLOR: '1',
    // The writers share 127.0.0.1 and write faster than a person; the limits have their own tests.
    RATE_LIMITS_DISABLED: 'true',
    ...env,
  };
  delete childEnv.REDIS_URL;
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'server/dist/server/src/main.js')], {
    env: childEnv,
    cwd: REPO_ROOT,
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output.join('')}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /Ratusz is running at (http:\/\/[\w.:]+)/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output.join('')}`));
    });
  });
  return { child, url, output, exited };
}

async function stopServer(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}

/** The server's embedded-PostgreSQL watchdog: its child `sh` named by the watchdog's $0 (Linux /proc). */
function watchdogOf(serverPid: number): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== serverPid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('ratusz-postgres-watchdog')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

async function until(what: string, predicate: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const POSTS = `query($t: ID!, $after: String) { threadPosts(threadId: $t, first: 100, after: $after) {
  nodes { id } pageInfo { hasNextPage endCursor } } }`;

async function storedPostIds(client: GraphQLClient, threadId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const data: {
      threadPosts: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await client.data(POSTS, { t: threadId, after });
    for (const node of data.threadPosts.nodes) ids.add(node.id);
    if (!data.threadPosts.pageInfo.hasNextPage) return ids;
    after = data.threadPosts.pageInfo.endCursor;
  }
}

interface CrashRun {
  acknowledged: number;
  attempted: number;
  lost: string[];
  missedEvents: string[];
  seqs: number[];
  firstSeq: number;
  restartLogs: string[];
}

/**
 * Writers reply until the server is killed mid-stream; `beforeKill` may kill
 * more (the watchdog) first, `afterKill` checks what is left behind. Then the
 * server is started again on the same configuration and everyone reconnects.
 */
async function crashRun(
  env: NodeJS.ProcessEnv,
  hooks: {
    beforeKill?: (server: ServerProcess, cycle: number) => void;
    afterKill?: (cycle: number) => Promise<void>;
    whileRunning?: () => Promise<void>;
  } = {},
): Promise<CrashRun> {
  let server = startServer(env);
  try {
    let url = await server.url;
    // Without SMTP the server logs each sign-up's confirmation link: the writers confirm from there.
    const firstStart = server;
    registerMailbox(url, (email) => {
      const logged = firstStart.output
        .join('')
        .split('\n')
        .filter((line) => line.includes(email));
      return Promise.resolve(confirmationLinkIn(logged.at(-1) ?? ''));
    });
    const writers: RegisteredUser[] = [];
    for (let i = 0; i < WRITERS; i++) writers.push(await registerUser(new GraphQLClient(url)));
    const categories = await writers[0].client.data<{ forumCategories: { nodes: { id: string }[] } }>(
      `{ forumCategories(first: 1) { nodes { id } } }`,
    );
    const thread = await createThread(writers[0].client, categories.forumCategories.nodes[0].id, {
      title: 'Test awarii serwera',
    });
    const reader = new ThreadReader(thread.id, thread.seq);
    await reader.connect(url);

    const acknowledged = new Set<string>();
    let attempted = 0;
    const restartLogs: string[] = [];
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      let killed = false;
      const before = acknowledged.size;
      const write = async (writer: RegisteredUser, index: number) => {
        for (let n = 0; !killed; n++) {
          attempted++;
          try {
            const result = await writer.client.request<{ replyToPost: { id: string } }>(REPLY, {
              input: { threadId: thread.id, body: `Pisarz ${index}, runda ${cycle}, odpowiedź ${n}` },
            });
            if (result.data?.replyToPost.id) acknowledged.add(result.data.replyToPost.id);
            else if (!killed) throw new Error(`A reply failed before the kill: ${JSON.stringify(result.errors)}`);
          } catch (error) {
            // A request in flight when the server died has no answer: it was never acknowledged.
            if (!killed) throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, WRITER_PAUSE_MS));
        }
      };
      for (const writer of writers) {
        // The session cookie stays valid across restarts: sessions are rows in the database.
        const client = new GraphQLClient(url);
        client.cookie = writer.client.cookie;
        writer.client = client;
      }
      const writing = Promise.all(writers.map(write));
      await Promise.race([until('replies', () => acknowledged.size - before >= ACKS_BEFORE_KILL, 60_000), writing]);
      hooks.beforeKill?.(server, cycle);
      server.child.kill('SIGKILL');
      killed = true;
      await server.exited;
      await writing;
      await hooks.afterKill?.(cycle);

      server = startServer(env);
      url = await server.url;
      restartLogs.push(server.output.join(''));
      await reader.connect(url);
    }

    await hooks.whileRunning?.();
    const stored = await storedPostIds(new GraphQLClient(url), thread.id);
    // Every acknowledged reply is stored, and the reader's events name exactly the stored replies.
    const lost = [...acknowledged].filter((id) => !stored.has(id));
    stored.delete((await firstPostId(url, thread.id)) ?? '');
    const missedEvents = [...stored].filter((id) => !reader.createdPostIds.has(id));
    reader.close();
    return {
      acknowledged: acknowledged.size,
      attempted,
      lost,
      missedEvents,
      seqs: reader.appliedSeqs,
      firstSeq: thread.seq,
      restartLogs,
    };
  } finally {
    await stopServer(server);
  }
}

async function firstPostId(url: string, threadId: string): Promise<string | undefined> {
  const data = await new GraphQLClient(url).data<{ threadPosts: { nodes: { id: string }[] } }>(
    `query($t: ID!) { threadPosts(threadId: $t, first: 1) { nodes { id } } }`,
    { t: threadId },
  );
  return data.threadPosts.nodes[0]?.id;
}

function expectNothingLost(run: CrashRun, label: string): void {
  console.log(
    `${label}: ${run.attempted} replies attempted, ${run.acknowledged} acknowledged, ${run.lost.length} lost, ` +
      `${run.seqs.length} events caught up by the reader, ${run.missedEvents.length} missed`,
  );
  expect(run.acknowledged).toBeGreaterThanOrEqual(CYCLES * ACKS_BEFORE_KILL);
  expect(run.lost).toEqual([]);
  expect(run.missedEvents).toEqual([]);
  // In order, each exactly once, no gap: the sequencer applied seq+1, seq+2, … across three restarts.
  expect(run.seqs).toEqual(run.seqs.map((_, i) => run.firstSeq + 1 + i));
}

const linux = existsSync('/proc/self/stat');

describe('crash safety: the server killed with SIGKILL while residents reply', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  (linux ? it : it.skip)(
    'embedded PostgreSQL: comes back by itself after each kill, loses no acknowledged reply, refuses a second live server',
    async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-crash-'));
      // As root the embedded PostgreSQL runs as the postgres user, which must reach the directory.
      await chmod(dataDir, 0o755);
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      const postmasterPidFile = path.join(dataDir, 'pg', 'postmaster.pid');
      const postmasterPid = () => Number(readFileSync(postmasterPidFile, 'utf8').split('\n')[0]);
      let orphanPid: number | null = null;

      const run = await crashRun(
        { RATUSZ_DATA_DIR: dataDir },
        {
          beforeKill(server, cycle) {
            // Every other kill takes the watchdog with it, as killing the whole process tree would:
            // then the postmaster is a real orphan, and the next start must recognise and stop it.
            if (cycle % 2 === 0) {
              const watchdog = watchdogOf(server.child.pid!);
              expect(watchdog).not.toBeNull();
              process.kill(watchdog!, 'SIGKILL');
              orphanPid = postmasterPid();
            } else {
              orphanPid = null;
            }
          },
          async afterKill() {
            if (orphanPid === null) {
              // The watchdog asks the postmaster to stop: it does not outlive its server.
              await until('the watchdog to stop PostgreSQL', () => !existsSync(postmasterPidFile));
            } else {
              expect(postmasterPid()).toBe(orphanPid);
            }
          },
          async whileRunning() {
            const second = startServer({ RATUSZ_DATA_DIR: dataDir });
            await expect(second.url).rejects.toThrow(
              /Another Ratusz server \(or PostgreSQL\) is already using .* \(server pid \d+\)/,
            );
            expect(await second.exited).not.toBe(0);
          },
        },
      );
      expectNothingLost(run, 'embedded PostgreSQL');
      const orphanStops = run.restartLogs.filter((log) => log.includes('left running by a server that ended'));
      expect(orphanStops).toHaveLength(Math.floor(CYCLES / 2));
    },
    CRASH_TEST_TIMEOUT_MS,
  );

  it(
    'DATABASE_URL: loses no acknowledged reply and readers catch up after each kill',
    async () => {
      const database: TestDatabase = await createTestDatabase();
      cleanups.push(() => database.drop());
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-crash-url-'));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      const run = await crashRun({ DATABASE_URL: database.url, RATUSZ_DATA_DIR: dataDir });
      expectNothingLost(run, 'DATABASE_URL');
    },
    CRASH_TEST_TIMEOUT_MS,
  );
});
