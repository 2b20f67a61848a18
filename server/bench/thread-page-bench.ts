import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { profileClock, topSelfTime } from './cpu-profile.js';
import type { ForumBenchData } from './forum-seed.js';
import { GraphQLClient } from '../test/support/graphql-client.js';
import { READY, createBenchUsers, isEntryPoint, login, serverEnv, standaloneBench } from './bench-setup.js';
import { spawnServer } from './spawn-server.js';

/**
 * The thread page (50 posts with their authors) from Ratusz, from graphql-js
 * over pg (the same SQL and batching, no framework) and from node:http over
 * pg (one query, JSON out, no GraphQL), at 10 connections (the target's) and
 * at BENCH_CONNECTIONS, for a 50-reply and a 10,000-reply thread.
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

export const THREAD_PAGE = `query($threadId: ID!, $first: Int!) { threadPosts(threadId: $threadId, first: $first) {
  nodes { id number depth bodyHtml score replyCount deleted author { id displayName } } } }`;

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  /** Requests that got no answer in autocannon's 10 s (a loaded machine), not errors. */
  timeouts: number;
}

async function measure(url: string, body: string, connections: number, cookie?: string): Promise<Measured> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
    connections,
    duration: DURATION_SECONDS,
  });
  // Errors answered fast would flatter the figures; a slow answer is only slow.
  if (result.non2xx + result.errors - result.timeouts > 0) {
    throw new Error(`${result.non2xx + result.errors - result.timeouts} failed requests against ${url}`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, timeouts: result.timeouts };
}

function line(name: string, m: Measured): void {
  console.log(
    `${name.padEnd(62)} ${m.rps.toFixed(0).padStart(6)} req/s   p50 ${String(m.p50).padStart(4)} ms   p99 ${String(m.p99).padStart(4)} ms${m.timeouts ? `   ${m.timeouts} timed out` : ''}`,
  );
}

/**
 * `loadWindows`, when given, receives when Ratusz was under load (profileClock), for a profile of just that: the
 * visitor's requests (served from the read cache), or with `profiled: 'executed'` the logged-in reader's.
 */
export async function threadPageBench(
  url: string,
  databaseUrl: string,
  forum: ForumBenchData,
  loadWindows?: [number, number][],
  profiled: 'visitor' | 'executed' = 'visitor',
): Promise<void> {
  const graphqlJs = await spawnServer(
    './baseline.cli.js',
    [databaseUrl],
    {},
    /Baseline is running at (http:\/\/[\w.:]+)/,
  );
  const plain = await spawnServer(
    './plain-baseline.js',
    [databaseUrl],
    {},
    /Plain baseline is running at (http:\/\/[\w.:]+)/,
  );
  // A logged-in reader's page is executed every time (the read cache serves anonymous visitors only).
  const [email] = await createBenchUsers(databaseUrl, 'thread-reader', 1);
  const reader = new GraphQLClient(url);
  await login(reader, email ?? '');
  try {
    for (const [label, threadId] of [
      ['50-reply thread', forum.smallThreadId],
      ['10,000-reply thread', forum.hugeThreadId],
    ] as const) {
      const body = JSON.stringify({ query: THREAD_PAGE, variables: { threadId, first: 50 } });
      for (const connections of [10, CONNECTIONS]) {
        // One after the other, on the same machine and database: the ratios are what to compare between runs.
        const visitorFrom = profileClock();
        const ours = await measure(`${url}/graphql`, body, connections);
        const executedFrom = profileClock();
        const executed = await measure(`${url}/graphql`, body, connections, reader.cookie ?? undefined);
        loadWindows?.push(profiled === 'visitor' ? [visitorFrom, executedFrom] : [executedFrom, profileClock()]);
        const base = await measure(graphqlJs.url, body, connections);
        const bare = await measure(plain.url, body, connections);
        line(`thread page, ${label}, ${connections} conn.: Ratusz`, ours);
        line(`thread page, ${label}, ${connections} conn.: Ratusz, logged in`, executed);
        line(`thread page, ${label}, ${connections} conn.: graphql-js + pg`, base);
        line(`thread page, ${label}, ${connections} conn.: node:http + pg`, bare);
        const ofPlain = ours.rps / bare.rps;
        const p99 = connections === 10 ? `; p99 ≤ 50 ms: ${ours.p99 <= 50 ? 'met' : 'NOT met'}` : '';
        console.log(
          `  Ratusz = ${ofPlain.toFixed(2)} × node:http + pg (target ≥ 0.6: ${ofPlain >= 0.6 ? 'met' : 'NOT met'}${p99}), ` +
            `${(ours.rps / base.rps).toFixed(2)} × graphql-js + pg; logged in (executed each time) ` +
            `${(executed.rps / bare.rps).toFixed(2)} × node:http + pg, ${(executed.rps / base.rps).toFixed(2)} × graphql-js + pg`,
        );
      }
    }
  } finally {
    await graphqlJs.stop();
    await plain.stop();
  }
}

/**
 * On its own: `node dist/server/bench/thread-page-bench.js`; with BENCH_PROFILE=1 the server runs under
 * `node --cpu-prof` and the functions with the most self time are printed at the end (BENCH_PROFILE=executed:
 * while the logged-in reader's pages, executed every time, were asked for).
 */
if (isEntryPoint(import.meta.url)) {
  standaloneBench(async (databaseUrl, forum) => {
    const profileDir = process.env.BENCH_PROFILE ? await mkdtemp(path.join(os.tmpdir(), 'ratusz-profile-')) : null;
    const server = await spawnServer(
      '../src/main.js',
      [],
      serverEnv(databaseUrl, { SEED_DEMO_DATA: 'false' }),
      READY,
      profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    const loadWindows: [number, number][] = [];
    try {
      const profiled = process.env.BENCH_PROFILE === 'executed' ? 'executed' : 'visitor';
      await threadPageBench(server.url, databaseUrl, forum, loadWindows, profiled);
    } finally {
      await server.stop();
    }
    if (profileDir) {
      console.log(`\nRatusz's CPU profile under load (${profileDir}), top items by self time:`);
      for (const line of await topSelfTime(profileDir, loadWindows)) console.log(`  ${line}`);
    }
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
