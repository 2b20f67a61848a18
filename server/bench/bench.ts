import 'reflect-metadata';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { startEmbeddedDatabase } from '../src/database/embedded-database.js';

/**
 * `npm run bench`: the built server on a throw-away embedded PostgreSQL with
 * demo data, measured over real HTTP with autocannon. Later features add
 * scenarios to SCENARIOS.
 */
interface Scenario {
  name: string;
  body: string;
}

const HOME_PAGE = `{ municipalities(topLevel: true, first: 100) {
  nodes { id slug name kind childCount children { id slug name kind } }
} serviceAreas { code namePl nameEn } }`;

const SCENARIOS: Scenario[] = [
  { name: 'home page (8 top-level units, 40 children, service areas)', body: JSON.stringify({ query: HOME_PAGE }) },
  { name: 'me (anonymous)', body: JSON.stringify({ query: '{ me { id } }' }) },
];

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

async function run(url: string, scenario: Scenario): Promise<void> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: scenario.body,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
  });
  const failures = result.non2xx + result.errors;
  console.log(
    `${scenario.name.padEnd(60)} ${result.requests.average.toFixed(0).padStart(7)} req/s` +
      `   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms` +
      (failures ? `   FAILED: ${failures}` : ''),
  );
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-bench-'));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedDatabase(dataDir, () => undefined, { persistent: false });
  const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', dataDir, clientDistDir: '/nonexistent' };
  const started = await createApp(config, database.url, { logger: ['error'] });
  const url = `http://127.0.0.1:${started.port}`;
  try {
    console.log(
      `Ratusz benchmarks: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per scenario, ${os.cpus().length} cores\n`,
    );
    for (const scenario of SCENARIOS) await run(url, scenario);
  } finally {
    await started.app.close();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
