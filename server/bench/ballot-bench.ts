import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { DataSource } from 'typeorm';
import { addDays, CONSULTATION_TIME_ZONE, localDate } from '@ratusz/shared';
import { GraphQLClient } from '../test/support/graphql-client.js';
import { insertVoters, type Voter } from '../test/support/voter-factories.js';
import { countCpu, percentile } from './bench-setup.js';

const VOTERS = Number(process.env.BENCH_BALLOT_VOTERS ?? 1000);
const WARMUP = Number(process.env.BENCH_BALLOT_WARMUP ?? 1000);
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
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  // From the first request to the last answer: autocannon itself notices that `amount` is done only at its next
  // one-second tick, which capped the bench at 1,000 casts per second whatever the server did.
  let firstSent = Infinity;
  let lastAnswered = 0;
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
          firstSent = Math.min(firstSent, context.started);
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
          lastAnswered = performance.now();
          latencies.push(lastAnswered - context.started!);
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
  return { latencies, seconds: (lastAnswered - firstSent) / 1000 };
}

interface VotingBallot {
  consultationId: string;
  ballotId: string;
  optionIds: string[];
  voters: Voter[];
  /** The consultation's organiser, signed in: reads the results. */
  organiser: GraphQLClient;
}

/** A published consultation in VOTING with a live POINTS ballot over the 8 service areas and `count` eligible voters. */
async function votingBallot(url: string, db: DataSource, run: number, count: number): Promise<VotingBallot> {
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
  const voters = await insertVoters(db, url, count, { homeMunicipalityId: place.id, ipPrefix: `10.${60 + run}` });

  return {
    consultationId,
    ballotId: configureBallot.id,
    optionIds: configureBallot.options.map((o) => o.id),
    voters,
    organiser,
  };
}

/**
 * VOTERS distinct residents (accounts and sessions written in SQL, so
 * argon2 is not what is measured) cast a POINTS ballot and then change it,
 * through GraphQL over HTTP, each from its own address. The totals the
 * server counts must equal the ones the bench expects, or the bench fails.
 */
export async function ballotBench(url: string, serverPid: number, db: DataSource, run = 0): Promise<void> {
  const { consultationId, ballotId, optionIds: ids, voters, organiser } = await votingBallot(url, db, run, VOTERS);
  const firstOn =
    (options: string[]) =>
    (i: number): Choice[] => [
      { optionId: options[i % options.length], points: 6 },
      { optionId: options[(i + 3) % options.length], points: 4 },
    ];
  const changedOn =
    (options: string[]) =>
    (i: number): Choice[] => [
      { optionId: options[(i * 7) % options.length], points: 1 + (i % 6) },
      { optionId: options[(i * 7 + 1) % options.length], points: 4 - (i % 4) },
    ];
  const [first, changed] = [firstOn(ids), changedOn(ids)];
  // Unmeasured: WARMUP voters cast on a ballot of their own first, so the figures are of a server whose code the JIT
  // has compiled (measured cold, right after start, the same run counted about 1.5 times the CPU per cast).
  const warmup = await votingBallot(url, db, run + 100, WARMUP);
  await wave(url, warmup.voters, warmup.ballotId, firstOn(warmup.optionIds));
  await wave(url, warmup.voters, warmup.ballotId, changedOn(warmup.optionIds));
  await db.query('ANALYZE');

  const cpu = countCpu(serverPid);
  const waves = [await wave(url, voters, ballotId, first), await wave(url, voters, ballotId, changed)];
  const used = cpu();
  const latencies = waves.flatMap((w) => w.latencies);
  const seconds = waves.reduce((sum, w) => sum + w.seconds, 0);

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
