import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@ratusz/shared';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { startEmbeddedDatabase } from '../src/database/embedded-database.js';
import { GraphQLClient } from '../test/support/graphql-client.js';
import { ballotBench } from './ballot-bench.js';
import { clientOperation } from './client-documents.js';
import { seedConsultation, type ConsultationBenchData } from './consultation-seed.js';
import { seedForum } from './forum-seed.js';
import { spawnServer } from './spawn-server.js';
import { treeBench } from './tree-bench.js';

/**
 * `npm run bench`: the built server on a throw-away embedded PostgreSQL with
 * demo data, measured over real HTTP with autocannon. Targets are printed
 * next to the figures; they are never asserted in tests.
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const FANOUT_CLIENTS = Number(process.env.BENCH_FANOUT_CLIENTS ?? 1000);
const FANOUT_MESSAGES = Number(process.env.BENCH_FANOUT_MESSAGES ?? 20);

const HOME_PAGE = `{ municipalities(topLevel: true, first: 100) {
  nodes { id slug name kind childCount children { id slug name kind } }
} serviceAreas { code namePl nameEn } }`;

const THREAD_PAGE = `query($threadId: ID!, $first: Int!) { threadPosts(threadId: $threadId, first: $first) {
  nodes { id number depth bodyHtml score replyCount deleted author { id displayName } } } }`;

interface Measured {
  rps: number;
  p50: number;
  p99: number;
}

async function measure(url: string, body: string): Promise<Measured> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
  });
  if (result.non2xx + result.errors > 0)
    throw new Error(`${result.non2xx + result.errors} failed requests against ${url}`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function line(name: string, m: Measured, extra = ''): void {
  console.log(
    `${name.padEnd(58)} ${m.rps.toFixed(0).padStart(6)} req/s   p50 ${String(m.p50).padStart(4)} ms   p99 ${String(m.p99).padStart(4)} ms${extra}`,
  );
}

/** The demo consultation's page as the client loads it: one line per request, each the client's own document. */
async function consultationPage(url: string, data: ConsultationBenchData): Promise<void> {
  const requests: [string, string, Record<string, unknown>][] = [
    [
      'overview, phases, discussion summary',
      clientOperation('Consultation', [
        'consultations/graphql/consultation.graphql',
        'consultations/graphql/fragments.graphql',
      ]),
      { id: data.consultationId },
    ],
    [
      'documents tab, 12 documents',
      clientOperation('ConsultationDocuments', [
        'documents/graphql/consultationDocuments.graphql',
        'documents/graphql/fragments.graphql',
      ]),
      { consultationId: data.consultationId },
    ],
    [
      'meetings tab',
      clientOperation('Meetings', ['meetings/graphql/meetings.graphql', 'meetings/graphql/fragments.graphql']),
      { consultationId: data.consultationId },
    ],
    [
      'discussion tab, first 100 posts',
      clientOperation('ThreadPosts', ['forum/graphql/threadPosts.graphql', 'forum/graphql/fragments.graphql']),
      { threadId: data.discussionThreadId, order: 'OLDEST' },
    ],
  ];
  for (const [label, query, variables] of requests) {
    // A query the server rejects would be measured as fast errors; check each answers with data first.
    await new GraphQLClient(url).data(query, variables);
    line(`consultation page: ${label}`, await measure(`${url}/graphql`, JSON.stringify({ query, variables })));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function fanOut(url: string, threadId: string, writer: GraphQLClient): Promise<void> {
  type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
  const sockets: ClientSocket[] = [];
  const received = new Map<number, number[]>();
  for (let batch = 0; batch < FANOUT_CLIENTS; batch += 100) {
    const created = Array.from({ length: Math.min(100, FANOUT_CLIENTS - batch) }, () =>
      io(url, { path: SOCKET_PATH, transports: ['websocket'], reconnection: false, forceNew: true }),
    );
    await Promise.all(
      created.map(async (socket) => {
        await new Promise((resolve, reject) => {
          socket.once('connect', () => resolve(undefined));
          socket.once('connect_error', reject);
        });
        await socket.timeout(10_000).emitWithAck('room.join', { room: `thread:${threadId}` });
        socket.on('thread.event', (event) => {
          const times = received.get(event.seq) ?? [];
          times.push(performance.now());
          received.set(event.seq, times);
        });
      }),
    );
    sockets.push(...created);
  }

  const fromResponse: number[] = [];
  const fromRequest: number[] = [];
  let lost = 0;
  for (let i = 0; i < FANOUT_MESSAGES; i++) {
    const sent = performance.now();
    const data = await writer.data<{ replyToPost: { id: string } }>(
      `mutation($input: ReplyInput!) { replyToPost(input: $input) { id } }`,
      { input: { threadId, body: `Fan-out ${i}` } },
    );
    const answered = performance.now();
    void data;
    const { forumThread } = await writer.data<{ forumThread: { seq: number } }>(
      `query($id: ID!) { forumThread(id: $id) { seq } }`,
      {
        id: threadId,
      },
    );
    const deadline = Date.now() + 5000;
    while ((received.get(forumThread.seq)?.length ?? 0) < FANOUT_CLIENTS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const times = received.get(forumThread.seq) ?? [];
    lost += FANOUT_CLIENTS - times.length;
    // The server publishes on commit, before it answers, so most sockets have the event before the
    // writer has its response: measured from the response those count as 0 ms, hence also from the request.
    for (const at of times) {
      fromResponse.push(Math.max(0, at - answered));
      fromRequest.push(at - sent);
    }
  }
  fromResponse.sort((a, b) => a - b);
  fromRequest.sort((a, b) => a - b);
  const p99 = percentile(fromResponse, 99);
  console.log(
    `live fan-out: ${FANOUT_CLIENTS} sockets in one thread room, ${FANOUT_MESSAGES} replies, lost ${lost}\n` +
      `  from the mutation's response to receipt: p50 ${percentile(fromResponse, 50).toFixed(1)} ms   p99 ${p99.toFixed(1)} ms` +
      `   (target p99 < 150 ms: ${p99 < 150 && lost === 0 ? 'met' : 'NOT met'})\n` +
      `  from sending the mutation to receipt:    p50 ${percentile(fromRequest, 50).toFixed(1)} ms   p99 ${percentile(fromRequest, 99).toFixed(1)} ms`,
  );
  sockets.forEach((socket) => socket.disconnect());
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-bench-'));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedDatabase(dataDir, () => undefined, { persistent: false });
  // The server and the baseline each run in their own process, as in production; the load comes from this one.
  const server = await spawnServer(
    '../src/main.js',
    [],
    // TRUST_PROXY: the ballot bench's voters each come from their own (forwarded) address, as real voters do.
    {
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      CLIENT_DIST_DIR: '/nonexistent',
      REDIS_URL: '',
      TRUST_PROXY: '1',
    },
    /Ratusz is running at (http:\/\/[\w.:]+)/,
  );
  const url = server.url;
  const baseline = await spawnServer(
    './baseline.cli.js',
    [database.url],
    {},
    /Baseline is running at (http:\/\/[\w.:]+)/,
  );
  const db = await new DataSource(dataSourceOptions(database.url)).initialize();
  try {
    const userIds: string[] = (await db.query('SELECT id FROM users')).map((r: { id: string }) => r.id);
    process.stdout.write('Seeding 200 threads of 50 replies, one of 10,000, and the demo consultation… ');
    const forum = await seedForum(db, userIds);
    const consultation = await seedConsultation(db);
    console.log('done.');
    console.log(
      `\nRatusz benchmarks: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per scenario, ${os.cpus().length} cores\n`,
    );

    line(
      'home page (municipalities with children, service areas)',
      await measure(`${url}/graphql`, JSON.stringify({ query: HOME_PAGE })),
    );
    for (const [label, threadId] of [
      ['50-reply thread', forum.smallThreadId],
      ['10,000-reply thread', forum.hugeThreadId],
    ] as const) {
      const body = JSON.stringify({ query: THREAD_PAGE, variables: { threadId, first: 50 } });
      const ours = await measure(`${url}/graphql`, body);
      const base = await measure(baseline.url, body);
      line(`thread page of 50 posts, ${label}: Ratusz`, ours);
      const ratio = ours.rps / base.rps;
      line(
        `thread page of 50 posts, ${label}: baseline`,
        base,
        `   ratio ${ratio.toFixed(2)} (target ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'})`,
      );
    }

    await consultationPage(url, consultation);

    const writer = new GraphQLClient(url);
    await writer.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
      input: { email: 'mieszkanka@ratusz.example', password: 'Ratusz-demo-2026' },
    });
    await fanOut(url, forum.smallThreadId, writer);
    await treeBench(db, database.url);

    await ballotBench(url, db);
  } finally {
    await db.destroy();
    await baseline.stop();
    await server.stop();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
