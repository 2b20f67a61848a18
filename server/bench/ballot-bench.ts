import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { DataSource } from 'typeorm';
import { addDays, CONSULTATION_TIME_ZONE, localDate } from '@ratusz/shared';
import { GraphQLClient } from '../test/support/graphql-client.js';
import { insertVoters, type Voter } from '../test/support/voter-factories.js';
import { countCpu, percentile } from './bench-setup.js';

const VOTERS = Number(process.env.BENCH_BALLOT_VOTERS ?? 1000);
/** Requests in flight at once, like autocannon's connections. */
const CONCURRENCY = Number(process.env.BENCH_BALLOT_CONCURRENCY ?? 50);
const TARGET_PER_SECOND = 1000;

const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }`;
const RESULTS = `query($c: ID!) { ballot(consultationId: $c) { ballotsCast results { options { option { id } total } } } }`;

interface Choice {
  optionId: string;
  points: number;
}

/**
 * Every voter's request once, CONCURRENCY keep-alive connections at a time,
 * from autocannon: a cheaper client than fetch, so the CPU this process takes
 * from the 2 cores is mostly not the server's to lose. Returns each
 * request's latency; any GraphQL error fails the bench.
 */
async function wave(
  url: string,
  voters: Voter[],
  ballotId: string,
  choicesOf: (i: number) => Choice[],
): Promise<number[]> {
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONCURRENCY,
    amount: voters.length,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context: { started?: number; voter?: number }) => {
          const i = next++;
          context.voter = i;
          context.started = performance.now();
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              cookie: voters[i].cookie,
              'x-forwarded-for': voters[i].address,
            },
            body: JSON.stringify({ query: CAST, variables: { input: { ballotId, choices: choicesOf(i) } } }),
          };
        },
        onResponse: (status, body, context: { started?: number; voter?: number }) => {
          latencies.push(performance.now() - context.started!);
          const errors = (JSON.parse(body) as { errors?: unknown[] }).errors;
          if (status !== 200 || errors?.length)
            failures.push(`voter ${context.voter}: ${status} ${JSON.stringify(errors)}`);
        },
      },
    ],
  });
  if (failures.length > 0 || result.errors > 0)
    throw new Error(
      `castBallot failed ${failures.length + result.errors} times, e.g. ${failures[0] ?? 'a socket error'}`,
    );
  if (latencies.length !== voters.length) throw new Error(`${latencies.length} answers for ${voters.length} casts`);
  return latencies;
}

/**
 * VOTERS distinct residents (accounts and sessions written in SQL, so
 * argon2 is not what is measured) cast a POINTS ballot and then change it,
 * through GraphQL over HTTP, each from its own address. The totals the
 * server counts must equal the ones the bench expects, or the bench fails.
 */
export async function ballotBench(url: string, serverPid: number, db: DataSource, run = 0): Promise<void> {
  const [place]: { id: string }[] = await db.query(`SELECT id FROM municipalities WHERE slug = 'powiat-wolominski'`);
  const [official]: { id: string }[] = await db.query(`SELECT id FROM users WHERE email = 'urzednik@ratusz.example'`);
  const today = localDate(new Date(), CONSULTATION_TIME_ZONE);
  const [{ id: consultationId }]: { id: string }[] = await db.query(
    `INSERT INTO consultations (municipality_id, slug, title, summary_source, summary_html, goal_source, goal_html,
       organiser_id, status, published_at)
     VALUES ($1, 'glosowanie-bench-' || $3, 'Głosowanie (bench)', 'Bench', '<p>Bench</p>', 'Bench', '<p>Bench</p>', $2,
       'PUBLISHED', now()) RETURNING id`,
    [place.id, official.id, run],
  );
  await db.query(
    `INSERT INTO consultation_phases (consultation_id, position, kind, starts_on, ends_on) VALUES ($1, 0, 'VOTING', $2, $3)`,
    [consultationId, addDays(today, -1), addDays(today, 10)],
  );
  const organiser = new GraphQLClient(url);
  await organiser.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
    input: { email: 'urzednik@ratusz.example', password: 'Ratusz-demo-2026' },
  });
  const { configureBallot } = await organiser.data<{ configureBallot: { id: string; options: { id: string }[] } }>(
    `mutation($input: ConfigureBallotInput!) { configureBallot(input: $input) { id options { id } } }`,
    {
      input: { consultationId, method: 'POINTS', pointsTotal: 10, pointsPerOptionMax: 6, resultsVisibility: 'LIVE' },
    },
  );
  const ids = configureBallot.options.map((o) => o.id);
  const voters = await insertVoters(db, url, VOTERS, { homeMunicipalityId: place.id, ipPrefix: `10.${60 + run}` });
  await db.query('ANALYZE');

  const first = (i: number): Choice[] => [
    { optionId: ids[i % ids.length], points: 6 },
    { optionId: ids[(i + 3) % ids.length], points: 4 },
  ];
  const changed = (i: number): Choice[] => [
    { optionId: ids[(i * 7) % ids.length], points: 1 + (i % 6) },
    { optionId: ids[(i * 7 + 1) % ids.length], points: 4 - (i % 4) },
  ];
  const cpu = countCpu(serverPid);
  const started = performance.now();
  const latencies = [
    ...(await wave(url, voters, configureBallot.id, first)),
    ...(await wave(url, voters, configureBallot.id, changed)),
  ];
  const seconds = (performance.now() - started) / 1000;
  const used = cpu();

  const expected = new Array<number>(ids.length).fill(0);
  voters.forEach((_, i) => {
    for (const choice of changed(i)) expected[ids.indexOf(choice.optionId)] += choice.points;
  });
  const { ballot } = await organiser.data<{
    ballot: { ballotsCast: number; results: { options: { option: { id: string }; total: number }[] } };
  }>(RESULTS, { c: consultationId });
  const counted = ballot.results.options.map((o) => o.total);
  if (ballot.ballotsCast !== VOTERS || counted.join() !== expected.join()) {
    throw new Error(
      `BALLOT TALLY WRONG: ${ballot.ballotsCast} ballots counted for ${VOTERS} voters; ` +
        `totals ${counted.join(', ')}, expected ${expected.join(', ')}`,
    );
  }

  latencies.sort((a, b) => a - b);
  const perCast = (cpuSeconds: number) => ((1000 * cpuSeconds) / latencies.length).toFixed(2);
  const rate = latencies.length / seconds;
  console.log(
    `ballots: ${VOTERS} voters cast and then changed POINTS ballots (${latencies.length} casts, ${CONCURRENCY} in flight), ` +
      `totals exact\n  ${rate.toFixed(0)} ballots/s   p50 ${percentile(latencies, 50).toFixed(1)} ms   ` +
      `p99 ${percentile(latencies, 99).toFixed(1)} ms   (target ≥ ${TARGET_PER_SECOND}/s: ${rate >= TARGET_PER_SECOND ? 'met' : 'NOT met'})\n  CPU per cast: Ratusz ${perCast(used.server)} ms, PostgreSQL ${perCast(used.postgres)} ms, ` +
      `this load generator ${perCast(used.loadGenerator)} ms`,
  );
}
