import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { startEmbeddedDatabase } from '../src/database/embedded-database.js';
import { GraphQLClient } from '../test/support/graphql-client.js';
import { aliasBombBench } from './alias-bomb-bench.js';
import { ballotBench } from './ballot-bench.js';
import { clientOperation } from './client-documents.js';
import { comparisonBench } from './comparison-bench.js';
import { seedConsultation, type ConsultationBenchData } from './consultation-seed.js';
import { seedForum } from './forum-seed.js';
import { profileClock, topSelfTime } from './cpu-profile.js';
import { mixedLoadBench } from './mixed-load-bench.js';
import { socketFanOutBench } from './socket-fanout-bench.js';
import { spawnServer } from './spawn-server.js';
import { THREAD_PAGE, threadPageBench } from './thread-page-bench.js';
import { treeBench } from './tree-bench.js';

/**
 * `npm run bench`: the built server on a throw-away embedded PostgreSQL with
 * demo data, measured over real HTTP with autocannon. Targets are printed
 * next to the figures; they are never asserted in tests.
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SCENARIOS = [
  'home',
  'thread',
  'consultation',
  'alias',
  'fanout',
  'mixed',
  'tree',
  'ballots',
  'comparison',
] as const;
type Scenario = (typeof SCENARIOS)[number];

/** `BENCH_ONLY=alias,ballots` runs just those scenarios: one figure can be re-measured without the 15-minute run. */
function selectedScenarios(): Set<Scenario> {
  const only = (process.env.BENCH_ONLY ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = only.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')}; known: ${SCENARIOS.join(', ')}`);
  return new Set(only.length > 0 ? (only as Scenario[]) : SCENARIOS);
}

const HOME_PAGE = `{ municipalities(topLevel: true, first: 100) {
  nodes { id slug name kind childCount children { id slug name kind } }
} serviceAreas { code namePl nameEn } }`;

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
      clientOperation('ThreadPosts', [
        'forum/graphql/threadPosts.graphql',
        'forum/graphql/fragments.graphql',
        'organisations/graphql/fragments.graphql',
      ]),
      { threadId: data.discussionThreadId, order: 'OLDEST' },
    ],
  ];
  for (const [label, query, variables] of requests) {
    // A query the server rejects would be measured as fast errors; check each answers with data first.
    await new GraphQLClient(url).data(query, variables);
    line(`consultation page: ${label}`, await measure(`${url}/graphql`, JSON.stringify({ query, variables })));
  }
}

async function main(): Promise<void> {
  const run = selectedScenarios();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-bench-'));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedDatabase(dataDir, () => undefined, { persistent: false });
  // BENCH_PROFILE=1: the main server runs under `node --cpu-prof`; its top items per scenario are printed at the end.
  const profileDir = process.env.BENCH_PROFILE ? await mkdtemp(path.join(os.tmpdir(), 'ratusz-profile-')) : null;
  const windows = new Map<Scenario, [number, number]>();
  const timed = async (scenario: Scenario, work: () => Promise<void>): Promise<void> => {
    if (!run.has(scenario)) return;
    const from = profileClock();
    await work();
    windows.set(scenario, [from, profileClock()]);
  };
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
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  const url = server.url;
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

    // Scenarios on this process's server are timed for BENCH_PROFILE; the fan-out, mixed-load and tree benches start
    // servers of their own (run those files on their own with BENCH_PROFILE=1 to profile them).
    await timed('home', async () =>
      line(
        'home page (municipalities with children, service areas)',
        await measure(`${url}/graphql`, JSON.stringify({ query: HOME_PAGE })),
      ),
    );
    await timed('thread', () => threadPageBench(url, database.url, forum));
    await timed('consultation', () => consultationPage(url, consultation));
    await timed('alias', () =>
      aliasBombBench(
        url,
        JSON.stringify({ query: THREAD_PAGE, variables: { threadId: forum.smallThreadId, first: 50 } }),
        forum.smallThreadId,
        { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS },
      ),
    );
    if (run.has('fanout')) await socketFanOutBench(database.url, forum.spareThreadIds[0]);
    if (run.has('mixed')) await mixedLoadBench(database.url, forum.spareThreadIds[1], forum.spareThreadIds.slice(2));
    if (run.has('tree')) await treeBench(db, database.url);
    await timed('ballots', () => ballotBench(url, server.pid, db));
    await timed('comparison', () =>
      comparisonBench(url, db, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS }),
    );
  } finally {
    await db.destroy();
    await server.stop();
    if (profileDir) {
      for (const [scenario, window] of windows) {
        console.log(`\nRatusz's CPU profile during "${scenario}" (${profileDir}), top items by self time:`);
        for (const entry of await topSelfTime(profileDir, [window], 30)) console.log(`  ${entry}`);
      }
    }
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
