import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { DataSource } from 'typeorm';
import { ComparisonRepository } from '../src/indicators/repositories/comparison.repository.js';
import { percentile } from './bench-setup.js';

const MUNICIPALITIES = Number(process.env.BENCH_COMPARISON_MUNICIPALITIES ?? 2500);
const YEARS = 10;
const FIRST_YEAR = 2015;
/** Other indicators' values share the table, so the index has to pick one indicator's rows out. */
const OTHER_INDICATORS = ['EDU_COST_PER_PUPIL', 'CUL_LIBRARY_LOANS', 'SAT_ADMINISTRATION'];

const COMPARISON = `query($n: ID!, $i: ID!, $y: Int!, $h: ID) {
  indicatorComparison(networkId: $n, indicatorId: $i, year: $y, highlightMunicipalityId: $h) {
    stats { count q1 median q3 mean } perThousandStats { median }
    rows { municipalityId municipalityName population value valuePerThousand rank outlier highlighted }
  }
}`;
const STATS_ONLY = `query($n: ID!, $i: ID!, $y: Int!) {
  indicatorComparison(networkId: $n, indicatorId: $i, year: $y) { stats { count min q1 median q3 max mean } }
}`;

/**
 * MUNICIPALITIES gminas (with populations) in one network, with values of
 * ADM_CASE_COST for 10 years and of three other indicators, written in
 * set-based SQL; then the comparison for one indicator and year through
 * GraphQL (all rows, and statistics only) and its one SQL statement alone.
 */
export async function comparisonBench(
  url: string,
  db: DataSource,
  options: { connections: number; durationSeconds: number },
): Promise<void> {
  process.stdout.write(`\nSeeding ${MUNICIPALITIES} gminas × ${YEARS} years of indicator values… `);
  const [network]: { id: string }[] = await db.query(
    `INSERT INTO networks (name, kind) VALUES ('Sieć porównawcza (bench)', 'MONITORING_NETWORK') RETURNING id`,
  );
  await db.query(
    `INSERT INTO municipalities (slug, name, kind, population)
     SELECT 'bench-gmina-' || g, 'Gmina testowa ' || g, 'RURAL_GMINA', CASE WHEN g % 10 = 0 THEN NULL ELSE 2000 + (g * 37) % 60000 END
     FROM generate_series(1, $1) g`,
    [MUNICIPALITIES],
  );
  await db.query(
    `INSERT INTO network_members (network_id, municipality_id, position)
     SELECT $1, id, row_number() OVER (ORDER BY slug)::int FROM municipalities WHERE slug LIKE 'bench-gmina-%'`,
    [network.id],
  );
  await db.query(
    `INSERT INTO indicator_values (indicator_id, municipality_id, year, value, source)
     SELECT d.id, m.id, y, round((50 + (abs(hashtext(m.slug || y || d.code)) % 25000) / 100.0)::numeric, 2), 'SEED'
     FROM municipalities m
     CROSS JOIN generate_series($1::int, $2::int) y
     JOIN indicator_definitions d ON d.code = ANY($3::text[])
     WHERE m.slug LIKE 'bench-gmina-%'`,
    [FIRST_YEAR, FIRST_YEAR + YEARS - 1, ['ADM_CASE_COST', ...OTHER_INDICATORS.filter((c) => !c.startsWith('SAT_'))]],
  );
  await db.query(
    `INSERT INTO indicator_values (indicator_id, municipality_id, year, value, source)
     SELECT d.id, m.id, y, 1 + (abs(hashtext(m.slug || y)) % 400) / 100.0, 'SEED'
     FROM municipalities m CROSS JOIN generate_series($1::int, $2::int) y
     JOIN indicator_definitions d ON d.code = 'SAT_ADMINISTRATION'
     WHERE m.slug LIKE 'bench-gmina-%'`,
    [FIRST_YEAR, FIRST_YEAR + YEARS - 1],
  );
  await db.query('ANALYZE indicator_values');
  await db.query('ANALYZE network_members');
  await db.query('ANALYZE municipalities');
  const [indicator]: { id: string; perThousand: boolean }[] = await db.query(
    `SELECT id, per_thousand AS "perThousand" FROM indicator_definitions WHERE code = 'ADM_CASE_COST'`,
  );
  const [highlight]: { id: string }[] = await db.query(`SELECT id FROM municipalities WHERE slug = 'bench-gmina-1'`);
  const [{ n: values }]: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM indicator_values');
  console.log(`done (${values.toLocaleString('en')} values).`);

  const variables = { n: network.id, i: indicator.id, y: FIRST_YEAR + YEARS - 1, h: highlight.id };
  // A warm-up request, and a check that the answer is whole before anything is measured.
  const check = (await (
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: COMPARISON, variables }),
    })
  ).json()) as { data?: { indicatorComparison: { rows: unknown[]; stats: { count: number } } } };
  if (
    check.data?.indicatorComparison.rows.length !== MUNICIPALITIES ||
    check.data.indicatorComparison.stats.count !== MUNICIPALITIES
  ) {
    throw new Error(`The comparison answered ${JSON.stringify(check).slice(0, 300)}`);
  }

  for (const [label, query] of [
    [`comparison, ${MUNICIPALITIES} members with rows and stats`, COMPARISON],
    [`comparison, ${MUNICIPALITIES} members, statistics only`, STATS_ONLY],
  ] as const) {
    const result = await autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      connections: options.connections,
      duration: options.durationSeconds,
    });
    if (result.non2xx + result.errors > 0) {
      throw new Error(
        `Failed comparison requests: ${result.non2xx} non-2xx, ${result.errors} errors (${result.timeouts} timeouts)`,
      );
    }
    console.log(
      `${label.padEnd(58)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms`,
    );
  }

  // The one SQL statement alone, one at a time: what the database spends per comparison.
  const repository = new ComparisonRepository(db);
  const timings: number[] = [];
  for (let i = 0; i < 100; i++) {
    const started = performance.now();
    await repository.comparison({
      networkId: network.id,
      indicatorId: indicator.id,
      year: FIRST_YEAR + (i % YEARS),
      perThousand: indicator.perThousand,
      higherIsBetter: false,
    });
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  console.log(
    `comparison SQL statement alone (100 runs, 10 years)`.padEnd(58) +
      `   p50 ${percentile(timings, 50).toFixed(1)} ms   p99 ${percentile(timings, 99).toFixed(1)} ms`,
  );
}
