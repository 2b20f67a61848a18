import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@ratusz/shared';
import { GraphQLClient } from '../test/support/graphql-client.js';
import {
  READY,
  countCpu,
  createBenchUsers,
  isEntryPoint,
  login,
  memoryMb,
  percentile,
  serverEnv,
  standaloneBench,
} from './bench-setup.js';
import { clientOperation } from './client-documents.js';
import { profileClock, topSelfTime } from './cpu-profile.js';
import { spawnServer } from './spawn-server.js';

/**
 * One busy thread: READERS people reading it (the client's own thread query
 * in a loop, one request at a time each, and a socket in the thread's room)
 * and WRITERS people replying as fast as the server answers, for SECONDS.
 * Prints reads p99, writes p99, posts per second, and how many of the
 * broadcasts reached every reader's socket and how fast.
 */
const READERS = Number(process.env.BENCH_MIXED_READERS ?? 200);
const WRITERS = Number(process.env.BENCH_MIXED_WRITERS ?? 20);
const SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 60);
/** First the writers alone, for what a reply costs without the readers' load. */
const WRITERS_ALONE_SECONDS = Number(process.env.BENCH_MIXED_WRITERS_ALONE_SECONDS ?? 10);
const TARGET_POSTS_PER_SECOND = 300;

/**
 * The writers' limits raised far above what they post (they are the bench's, not spammers), the rest left as in
 * production, so the counting still costs what it costs.
 */
const RATE_LIMITS = 'POST_CREATE=1000000/60,POST_CREATE:ip=1000000/60,LOGIN=1000/60,LOGIN:ip=1000/60';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const REPLY = `mutation($input: ReplyInput!) { replyToPost(input: $input) { id } }`;

/** `profileDir`, when given, has the server run under `node --cpu-prof` writing there; the load's window is returned. */
export async function mixedLoadBench(
  databaseUrl: string,
  threadId: string,
  /** A thread for each writer, beside `threadId`: the writers alone once more, none waiting for another's lock. */
  ownThreadIds: string[],
  profileDir: string | null = null,
): Promise<[number, number] | null> {
  if (ownThreadIds.length < WRITERS) throw new Error(`The mixed load needs ${WRITERS} threads of the writers' own.`);
  const emails = await createBenchUsers(databaseUrl, 'writer', WRITERS);
  const server = await spawnServer(
    '../src/main.js',
    [],
    serverEnv(databaseUrl, { SEED_DEMO_DATA: 'false', RATE_LIMITS }),
    READY,
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  let window: [number, number] | null;
  const sockets: ClientSocket[] = [];
  try {
    const writers = await Promise.all(
      emails.map(async (email) => {
        const client = new GraphQLClient(server.url);
        await login(client, email);
        return client;
      }),
    );

    // Each reader's socket, in the thread's room; receipts recorded per post id.
    const received = new Map<string, number[]>();
    for (let i = 0; i < READERS; i++) {
      const socket: ClientSocket = io(server.url, { path: SOCKET_PATH, transports: ['websocket'], forceNew: true });
      socket.on('thread.events', (events) => {
        const at = performance.now();
        for (const event of events) {
          if (!('post' in event)) continue;
          const times = received.get(event.post.id) ?? [];
          times.push(at);
          received.set(event.post.id, times);
        }
      });
      const ack = await socket.timeout(30_000).emitWithAck('room.join', { room: `thread:${threadId}` });
      if (!ack.ok) throw new Error(`A reader could not join the thread's room: ${ack.error}`);
      sockets.push(socket);
    }

    const query = clientOperation('ThreadPosts', [
      'forum/graphql/threadPosts.graphql',
      'forum/graphql/fragments.graphql',
      'organisations/graphql/fragments.graphql',
    ]);
    const variables = { threadId, order: 'OLDEST' };
    await new GraphQLClient(server.url).data(query, variables);

    const sentAt = new Map<string, number>();
    let failedWrites = 0;
    /**
     * Every writer replying, one request at a time each, until `end` (on the readers' thread, or with `ownThreads`
     * each on a thread of their own); the latencies of those that succeeded.
     */
    const write = async (end: number, ownThreads = false): Promise<number[]> => {
      const latencies: number[] = [];
      await Promise.all(
        writers.map(async (writer, w) => {
          for (let n = 0; Date.now() < end; n++) {
            const started = performance.now();
            const result = await writer.request<{ replyToPost: { id: string } }>(REPLY, {
              input: { threadId: ownThreads ? ownThreadIds[w] : threadId, body: `Głos ${w}-${n} w teście obciążenia` },
            });
            const finished = performance.now();
            if (!result.data?.replyToPost) {
              failedWrites++;
              if (failedWrites === 1) console.log(`  a write failed: ${JSON.stringify(result.errors)}`);
              continue;
            }
            latencies.push(finished - started);
            sentAt.set(result.data.replyToPost.id, started);
          }
        }),
      );
      return latencies.sort((a, b) => a - b);
    };
    const ms = (n: number) => `${n.toFixed(0)} ms`;

    console.log(
      `\nMixed load: ${READERS} readers (the client's thread query, and a socket each in the room) and ` +
        `${WRITERS} writers on one thread; first the writers alone for ${WRITERS_ALONE_SECONDS} s, then all for ${SECONDS} s`,
    );
    if (WRITERS_ALONE_SECONDS > 0) {
      // Replies to one thread take its row's lock in turn; on threads of their own they wait only for the CPU. The
      // two figures side by side tell which of the two holds the writers back.
      for (const [label, ownThreads] of [
        ['writers alone', false],
        ['writers alone, each on a thread of their own', true],
      ] as const) {
        const cpu = countCpu(server.pid);
        const alone = await write(Date.now() + WRITERS_ALONE_SECONDS * 1000, ownThreads);
        const used = cpu();
        const perPost = (seconds: number) => `${((seconds * 1000) / Math.max(alone.length, 1)).toFixed(2)} ms`;
        const cores = (seconds: number) => (seconds / WRITERS_ALONE_SECONDS).toFixed(2);
        console.log(
          `  ${label}: ${(alone.length / WRITERS_ALONE_SECONDS).toFixed(0)} posts/s, p50 ${ms(percentile(alone, 50))}, ` +
            `p99 ${ms(percentile(alone, 99))}; CPU per post: Ratusz ${perPost(used.server)}, ` +
            `PostgreSQL ${perPost(used.postgres)}, the bench ${perPost(used.loadGenerator)}; in cores: Ratusz ` +
            `${cores(used.server)}, PostgreSQL ${cores(used.postgres)}`,
        );
      }
      sentAt.clear();
    }
    const loadStarted = profileClock();
    const cpu = countCpu(server.pid);
    const writing = write(Date.now() + SECONDS * 1000);
    const reading = autocannon({
      url: `${server.url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      connections: READERS,
      duration: SECONDS,
    });
    const [reads, writeLatencies] = await Promise.all([reading, writing]);
    const loadEnded = profileClock();
    window = [loadStarted, loadEnded];
    const used = cpu();
    const mixedSeconds = (loadEnded - loadStarted) / 1e6;
    const cores = (seconds: number) => (seconds / mixedSeconds).toFixed(2);
    const memory = memoryMb(server.pid);

    // Broadcasts still on their way when the time was up.
    const expected = sentAt.size * READERS;
    const deadline = Date.now() + 10_000;
    const delivered = () => [...sentAt.keys()].reduce((sum, id) => sum + (received.get(id)?.length ?? 0), 0);
    while (delivered() < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const broadcast: number[] = [];
    for (const [id, started] of sentAt) for (const at of received.get(id) ?? []) broadcast.push(at - started);
    broadcast.sort((a, b) => a - b);

    const postsPerSecond = sentAt.size / SECONDS;
    const reachedAll = delivered() === expected;
    console.log(
      `  reads:  ${reads.requests.average.toFixed(0)} req/s, p50 ${ms(reads.latency.p50)}, p99 ${ms(reads.latency.p99)}` +
        `, ${reads.non2xx + reads.errors} failed\n` +
        `  writes: ${postsPerSecond.toFixed(0)} posts/s, p50 ${ms(percentile(writeLatencies, 50))}, p99 ${ms(percentile(writeLatencies, 99))}` +
        `, ${failedWrites} failed\n` +
        `  broadcast to the readers' sockets (from sending the write): p50 ${ms(percentile(broadcast, 50))}, ` +
        `p99 ${ms(percentile(broadcast, 99))}, delivered ${delivered()}/${expected}\n` +
        `  server RSS ${memory.rss.toFixed(0)} MB (peak ${memory.peak.toFixed(0)})\n` +
        // Ratusz runs its JavaScript on one thread: near 1 core (its GC and I/O threads add a little) it is saturated,
        // whatever the other core does.
        `  CPU meanwhile, in cores: Ratusz ${cores(used.server)}, PostgreSQL ${cores(used.postgres)}, ` +
        `the bench ${cores(used.loadGenerator)} (of ${os.cpus().length})\n` +
        `  posts/s including the broadcast: ${postsPerSecond.toFixed(0)} (target ≥ ${TARGET_POSTS_PER_SECOND}, every ` +
        `broadcast delivered: ${postsPerSecond >= TARGET_POSTS_PER_SECOND && reachedAll ? 'met' : 'NOT met'})`,
    );
  } finally {
    for (const socket of sockets) socket.disconnect();
    await server.stop();
  }
  return window;
}

/**
 * On its own: `node dist/server/bench/mixed-load-bench.js`; with BENCH_PROFILE=1 the server runs under
 * `node --cpu-prof` and the functions with the most self time under the load are printed at the end.
 */
if (isEntryPoint(import.meta.url)) {
  standaloneBench(async (databaseUrl, forum) => {
    const profileDir = process.env.BENCH_PROFILE ? await mkdtemp(path.join(os.tmpdir(), 'ratusz-profile-')) : null;
    const window = await mixedLoadBench(
      databaseUrl,
      forum.spareThreadIds[1],
      forum.spareThreadIds.slice(2),
      profileDir,
    );
    if (profileDir && window) {
      console.log(`\nRatusz's CPU profile under the mixed load (${profileDir}), top items by self time:`);
      for (const line of await topSelfTime(profileDir, [window], 25)) console.log(`  ${line}`);
    }
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
