import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents, type ThreadEvent } from '@ratusz/shared';
import { GraphQLClient } from '../test/support/graphql-client.js';
import {
  READY,
  createBenchUsers,
  login,
  isEntryPoint,
  memoryMb,
  percentile,
  serverEnv,
  standaloneBench,
} from './bench-setup.js';
import { spawnServer, type SpawnedServer } from './spawn-server.js';

/**
 * Live fan-out at scale: SOCKETS sockets in one thread room, a writer posting
 * MESSAGES replies one after another, each waited for on every socket. Run on
 * one Ratusz instance, then on two sharing one Redis (half the sockets on
 * each, the writer on the first), and each time against a minimal socket.io
 * server (same sockets, same messages, same payload, Redis adapter in the
 * two-instance case) in the same run on the same machine.
 *
 * Latency is measured from the server's emit, taken as the first receipt on
 * any socket (the load generator is idle while it waits, so that socket gets
 * the event within a fraction of a millisecond of its write), and also from
 * the moment the write was sent (for Ratusz that includes the mutation).
 */
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 10_000);
const MESSAGES = Number(process.env.BENCH_SOCKET_MESSAGES ?? 20);
const BATCH = 250;
const DELIVERY_TIMEOUT_MS = 15_000;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RAW_READY = /Raw socket\.io is running at (http:\/\/[\w.:]+)/;

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface Target {
  /** Where the sockets connect, round-robin. */
  urls: string[];
  /** Sends message `index` and resolves with the key its event is recognised by. */
  write(index: number): Promise<string>;
}

interface FanOutResult {
  fromEmit: number[];
  fromWrite: number[];
  delivered: number;
  expected: number;
}

/** The open-file limit this process runs under (each socket is a descriptor). */
function openFileLimit(): number {
  try {
    return Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim());
  } catch {
    return NaN;
  }
}

function eventKey(event: ThreadEvent): string | null {
  return 'post' in event ? event.post.id : null;
}

async function connectAll(urls: string[], room: string, count: number, onEvent: (key: string) => void) {
  const sockets: ClientSocket[] = [];
  const failures: string[] = [];
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) =>
      io(urls[(start + i) % urls.length], {
        path: SOCKET_PATH,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        timeout: 60_000,
      }),
    );
    const joined = await Promise.allSettled(
      batch.map(async (socket) => {
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', () => resolve());
          socket.once('connect_error', reject);
        });
        socket.on('thread.events', (events) => {
          for (const event of events) {
            const key = eventKey(event);
            if (key) onEvent(key);
          }
        });
        const ack = await socket.timeout(60_000).emitWithAck('room.join', { room: room as `thread:${string}` });
        if (!ack.ok) throw new Error(`Could not join ${room}: ${ack.error}`);
      }),
    );
    joined.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') sockets.push(batch[i]);
      else {
        failures.push(String(outcome.reason));
        batch[i].disconnect();
      }
    });
  }
  if (failures.length > 0) console.log(`  ${failures.length} sockets could not connect and join, e.g. ${failures[0]}`);
  return sockets;
}

async function disconnectAll(sockets: ClientSocket[]): Promise<void> {
  for (const socket of sockets) socket.disconnect();
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** Connects the sockets, sends one unmeasured message, then MESSAGES measured ones, each waited for everywhere. */
async function fanOut(target: Target, room: string): Promise<FanOutResult> {
  const received = new Map<string, number[]>();
  const sockets = await connectAll(target.urls, room, SOCKETS, (key) => {
    const times = received.get(key) ?? [];
    times.push(performance.now());
    received.set(key, times);
  });
  // Presence counts go out at most every 2 s in a room of 10,000: let the last of the joins' pass before measuring.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const result: FanOutResult = { fromEmit: [], fromWrite: [], delivered: 0, expected: MESSAGES * SOCKETS };
  try {
    for (let i = -1; i < MESSAGES; i++) {
      const sent = performance.now();
      const key = await target.write(i);
      const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
      while ((received.get(key)?.length ?? 0) < sockets.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const times = received.get(key) ?? [];
      received.delete(key);
      if (i < 0) continue;
      result.delivered += times.length;
      const first = Math.min(...times);
      for (const at of times) {
        result.fromEmit.push(at - first);
        result.fromWrite.push(at - sent);
      }
    }
  } finally {
    await disconnectAll(sockets);
  }
  result.fromEmit.sort((a, b) => a - b);
  result.fromWrite.sort((a, b) => a - b);
  return result;
}

async function ratuszTarget(servers: SpawnedServer[], threadId: string, email: string): Promise<Target> {
  const writer = new GraphQLClient(servers[0].url);
  await login(writer, email);
  const urls = servers.map((s) => s.url);
  return {
    urls,
    async write(index) {
      const { replyToPost } = await writer.data<{ replyToPost: { id: string } }>(
        `mutation($input: ReplyInput!) { replyToPost(input: $input) { id } }`,
        { input: { threadId, body: `Fan-out ${index}` } },
      );
      return replyToPost.id;
    },
  };
}

/** A listener on the first socket that keeps one Ratusz event, so the raw server sends the same bytes. */
async function samplePayload(url: string, threadId: string, target: Target): Promise<ThreadEvent> {
  const socket: ClientSocket = io(url, { path: SOCKET_PATH, transports: ['websocket'], forceNew: true });
  try {
    await socket.timeout(10_000).emitWithAck('room.join', { room: `thread:${threadId}` });
    const event = new Promise<ThreadEvent>((resolve) => socket.once('thread.events', (events) => resolve(events[0]!)));
    await target.write(-2);
    return await event;
  } finally {
    socket.disconnect();
  }
}

function rawTarget(servers: SpawnedServer[], room: string, sample: ThreadEvent): Target {
  return {
    urls: servers.map((s) => s.url),
    async write(index) {
      const key = `raw-${index}-${Math.random()}`;
      const payload = { ...sample, post: { ...('post' in sample ? sample.post : {}), id: key } };
      const response = await fetch(`${servers[0].url}/emit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ room, payload }),
      });
      if (!response.ok) throw new Error(`The raw server answered ${response.status}`);
      return key;
    },
  };
}

function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function report(label: string, result: FanOutResult, memory: string): { p99: number; complete: boolean } {
  const complete = result.delivered === result.expected;
  const ms = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `  ${label.padEnd(34)} from emit p50 ${ms(percentile(result.fromEmit, 50))} ms  p99 ${ms(percentile(result.fromEmit, 99))} ms` +
      ` | from write p50 ${ms(percentile(result.fromWrite, 50))} ms  p99 ${ms(percentile(result.fromWrite, 99))} ms` +
      ` | delivered ${result.delivered}/${result.expected}${complete ? '' : ' (LOST SOME)'} | ${memory}`,
  );
  return { p99: percentile(result.fromEmit, 99), complete };
}

function memoryLine(servers: SpawnedServer[], idle: number[]): string {
  return servers
    .map((s, i) => {
      const m = memoryMb(s.pid);
      return `RSS ${idle[i].toFixed(0)}→${m.rss.toFixed(0)} MB (peak ${m.peak.toFixed(0)})`;
    })
    .join(', ');
}

/** Runs one scenario: the servers spawned by `start`, the sockets, the messages, the servers' memory. */
async function scenario(
  label: string,
  start: () => Promise<SpawnedServer[]>,
  target: (servers: SpawnedServer[]) => Promise<Target>,
  room: string,
): Promise<{ p99: number; complete: boolean }> {
  const servers = await start();
  try {
    const idle = servers.map((s) => memoryMb(s.pid).rss);
    const result = await fanOut(await target(servers), room);
    return report(label, result, memoryLine(servers, idle));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

function verdict(ours: { p99: number; complete: boolean }, raw: { p99: number }): string {
  const ratio = ours.p99 / raw.p99;
  const met = ratio <= 1.5 && ours.complete;
  return `  p99 ${ratio.toFixed(2)} × raw socket.io, ${ours.complete ? 'all' : 'NOT all'} delivered (target ≤ 1.5 ×, 100 %: ${met ? 'met' : 'NOT met'})`;
}

export async function socketFanOutBench(databaseUrl: string, threadId: string): Promise<void> {
  const room = `thread:${threadId}`;
  const [writer] = await createBenchUsers(databaseUrl, 'fanout', 1);
  const limit = openFileLimit();
  console.log(
    `\nLive fan-out: ${SOCKETS} sockets in one thread room, ${MESSAGES} replies (open-file limit ${limit}; ` +
      `each process needs one descriptor per socket: raise it with \`ulimit -n\` before the bench if it is lower)`,
  );
  if (limit < SOCKETS + 200) console.log(`  WARNING: ulimit -n ${limit} < ${SOCKETS + 200}: connections may fail`);

  const ratusz = (extra: NodeJS.ProcessEnv) =>
    spawnServer('../src/main.js', [], serverEnv(databaseUrl, { SEED_DEMO_DATA: 'false', ...extra }), READY);
  const raw = (args: string[]) => spawnServer('./socket-fanout-bench.js', ['raw-server', ...args], {}, RAW_READY);

  let sample: ThreadEvent | undefined;
  const single = await scenario(
    'Ratusz, one instance',
    async () => [await ratusz({ RATE_LIMITS_DISABLED: 'true' })],
    async (servers) => {
      const target = await ratuszTarget(servers, threadId, writer);
      sample = await samplePayload(servers[0].url, threadId, target);
      return target;
    },
    room,
  );
  const rawSingle = await scenario(
    'raw socket.io, one instance',
    async () => [await raw([])],
    async (servers) => rawTarget(servers, room, sample!),
    room,
  );
  console.log(verdict(single, rawSingle));

  if (!(await redisReachable(REDIS_URL))) {
    console.log(`  two instances through Redis: skipped, Redis is not reachable at ${REDIS_URL} (set REDIS_URL)`);
    return;
  }
  // Channels of their own, so other users of this Redis neither see these events nor answer presence counts.
  const prefix = `ratusz-bench-${process.pid}-${Date.now()}`;
  const pair = async (start: (i: number) => Promise<SpawnedServer>) => {
    // One after the other: the first start migrates and seeds.
    const a = await start(0);
    try {
      return [a, await start(1)];
    } catch (error) {
      await a.stop();
      throw error;
    }
  };
  const two = await scenario(
    'Ratusz, 2 instances + Redis',
    () => pair(() => ratusz({ REDIS_URL, REDIS_CHANNEL_PREFIX: prefix, RATE_LIMITS_DISABLED: 'true' })),
    (servers) => ratuszTarget(servers, threadId, writer),
    room,
  );
  const rawTwo = await scenario(
    'raw socket.io, 2 instances + Redis',
    () => pair(() => raw([REDIS_URL, `${prefix}-raw`])),
    async (servers) => rawTarget(servers, room, sample!),
    room,
  );
  console.log(verdict(two, rawTwo));
}

/**
 * The least a socket.io server can do for the same fan-out: sockets join
 * the room they ask for; POST /emit broadcasts a payload to a room.
 */
async function rawServer(redisUrl?: string, key?: string): Promise<void> {
  const httpServer = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { room, payload } = JSON.parse(body) as { room: string; payload: ThreadEvent };
      // As Ratusz sends it: a list of one event when the thread is not busy.
      ioServer.to(room).emit('thread.events', [payload]);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const ioServer = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, {
    path: SOCKET_PATH,
    serveClient: false,
  });
  if (redisUrl) {
    const pub = createClient({ url: redisUrl });
    const sub = pub.duplicate();
    await Promise.all([pub.connect(), sub.connect()]);
    ioServer.adapter(createAdapter(pub, sub, { key }));
  }
  ioServer.on('connection', (socket) => {
    socket.on('room.join', (body, ack) => {
      void socket.join(body.room);
      ack({ ok: true });
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  console.log(`Raw socket.io is running at http://127.0.0.1:${(httpServer.address() as net.AddressInfo).port}`);
  process.on('SIGTERM', () => process.exit(0));
}

if (isEntryPoint(import.meta.url)) {
  const run =
    process.argv[2] === 'raw-server'
      ? rawServer(process.argv[3], process.argv[4])
      : standaloneBench((databaseUrl, forum) => socketFanOutBench(databaseUrl, forum.spareThreadIds[0]));
  run.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
