import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { one, rows, type Queryable } from '../../common/database/sql.js';

/**
 * The p-quantile of a sorted numeric array `xs` of `n` values by linear
 * interpolation between closest ranks, h = (n − 1)·p — what Excel's
 * QUARTILE.INC and PostgreSQL's percentile_cont compute — but on numeric,
 * so quartiles of money stay exact decimals (percentile_cont works in double
 * precision). Rounded to the column's 4 places.
 */
function quantileSql(xs: string, n: string, p: number): string {
  const h = `((${n} - 1) * ${p}::numeric)`;
  const low = `(floor(${h})::int)`;
  return `round(${xs}[${low} + 1] + (${h} - ${low}) * (${xs}[least(${low} + 2, ${n})] - ${xs}[${low} + 1]), 4)`;
}

export interface NetworkFacts {
  id: string;
  name: string;
  indicatorsPublic: boolean;
  memberIds: string[];
}

export interface ComparisonSqlRow {
  municipalityId: string;
  municipalityName: string;
  population: number | null;
  value: string | null;
  valuePerThousand: string | null;
  rank: number | null;
  outlier: boolean;
  count: number;
  min: string | null;
  q1: string | null;
  median: string | null;
  q3: string | null;
  max: string | null;
  mean: string | null;
  kCount: number;
  kMin: string | null;
  kQ1: string | null;
  kMedian: string | null;
  kQ3: string | null;
  kMax: string | null;
  kMean: string | null;
}

export interface TrendSqlRow {
  municipalityId: string | null;
  municipalityName: string | null;
  year: number;
  value: string | null;
}

const text = (expression: string): string => `trim_scale(${expression})::text`;

@Injectable()
export class ComparisonRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  network(networkId: string, db: Queryable = this.db): Promise<NetworkFacts | null> {
    return one<NetworkFacts>(
      db,
      `SELECT n.id, n.name, n.indicators_public AS "indicatorsPublic",
         COALESCE(array_agg(nm.municipality_id) FILTER (WHERE nm.municipality_id IS NOT NULL), '{}') AS "memberIds"
       FROM networks n LEFT JOIN network_members nm ON nm.network_id = n.id
       WHERE n.id = $1 GROUP BY n.id`,
      [networkId],
    );
  }

  /**
   * Every member of the network with its value for the year (or none), the
   * group's statistics (count, min, quartiles, max, mean) over the values and
   * over the values per 1,000 residents, the rank by the indicator's
   * direction and Tukey's outlier flag: one statement, repeated on every row.
   */
  comparison(
    args: { networkId: string; indicatorId: string; year: number; perThousand: boolean; higherIsBetter: boolean },
    db: Queryable = this.db,
  ): Promise<ComparisonSqlRow[]> {
    return rows<ComparisonSqlRow>(
      db,
      `WITH members AS (
         SELECT m.id, m.name, m.population
         FROM network_members nm JOIN municipalities m ON m.id = nm.municipality_id
         WHERE nm.network_id = $1
       ), vals AS (
         SELECT mb.id, v.value,
           CASE WHEN $4::boolean AND mb.population IS NOT NULL THEN round(v.value * 1000 / mb.population, 4) END AS per_k
         FROM members mb
         JOIN indicator_values v ON v.municipality_id = mb.id AND v.indicator_id = $2 AND v.year = $3
           AND v.quarter IS NULL
       ), agg AS MATERIALIZED (
         SELECT count(*)::int AS n, array_agg(value ORDER BY value) AS xs, round(avg(value), 4) AS mean,
           count(per_k)::int AS nk, array_agg(per_k ORDER BY per_k) FILTER (WHERE per_k IS NOT NULL) AS ks,
           round(avg(per_k), 4) AS mean_k
         FROM vals
       ), stats AS MATERIALIZED (
         -- Materialised: one row of scalars, computed once, never pulled up into every member's row.
         SELECT n, nk, mean, mean_k, xs[1] AS lo, xs[n] AS hi, ks[1] AS klo, ks[nk] AS khi,
           ${quantileSql('xs', 'n', 0.25)} AS q1, ${quantileSql('xs', 'n', 0.5)} AS q2, ${quantileSql('xs', 'n', 0.75)} AS q3,
           ${quantileSql('ks', 'nk', 0.25)} AS kq1, ${quantileSql('ks', 'nk', 0.5)} AS kq2,
           ${quantileSql('ks', 'nk', 0.75)} AS kq3
         FROM agg
       )
       SELECT mb.id AS "municipalityId", mb.name AS "municipalityName", mb.population,
         ${text('vals.value')} AS value, ${text('vals.per_k')} AS "valuePerThousand",
         CASE WHEN vals.value IS NOT NULL THEN rank() OVER (
           ORDER BY (CASE WHEN $5::boolean THEN vals.value END) DESC NULLS LAST,
                    (CASE WHEN NOT $5::boolean THEN vals.value END) ASC NULLS LAST)::int END AS rank,
         COALESCE(vals.value < s.q1 - 1.5 * (s.q3 - s.q1) OR vals.value > s.q3 + 1.5 * (s.q3 - s.q1), false) AS outlier,
         s.n AS count, ${text('s.lo')} AS min, ${text('s.q1')} AS q1, ${text('s.q2')} AS median,
         ${text('s.q3')} AS q3, ${text('s.hi')} AS max, ${text('s.mean')} AS mean,
         s.nk AS "kCount", ${text('s.klo')} AS "kMin", ${text('s.kq1')} AS "kQ1", ${text('s.kq2')} AS "kMedian",
         ${text('s.kq3')} AS "kQ3", ${text('s.khi')} AS "kMax", ${text('s.mean_k')} AS "kMean"
       FROM members mb
       LEFT JOIN vals ON vals.id = mb.id
       CROSS JOIN stats s
       ORDER BY 6 NULLS LAST, mb.name COLLATE "pl-x-icu", mb.id`,
      [args.networkId, args.indicatorId, args.year, args.perThousand, args.higherIsBetter],
    );
  }

  /** Each member's yearly values and the group's median per year (municipalityId null), in one statement. */
  trend(args: { networkId: string; indicatorId: string; from: number; to: number }): Promise<TrendSqlRow[]> {
    return rows<TrendSqlRow>(
      this.db,
      `WITH members AS (
         SELECT m.id, m.name FROM network_members nm JOIN municipalities m ON m.id = nm.municipality_id
         WHERE nm.network_id = $1
       ), vals AS (
         SELECT mb.id, mb.name, v.year, v.value
         FROM members mb JOIN indicator_values v ON v.municipality_id = mb.id
         WHERE v.indicator_id = $2 AND v.year BETWEEN $3 AND $4 AND v.quarter IS NULL
       ), yearly AS (
         SELECT year, count(*)::int AS n, array_agg(value ORDER BY value) AS xs FROM vals GROUP BY year
       )
       SELECT id AS "municipalityId", name AS "municipalityName", year, ${text('value')} AS value FROM vals
       UNION ALL
       SELECT NULL, NULL, year, ${text(quantileSql('xs', 'n', 0.5))} FROM yearly
       ORDER BY 3, 2 NULLS FIRST`,
      [args.networkId, args.indicatorId, args.from, args.to],
    );
  }

  /** All members, for trend series without any value. */
  members(networkId: string): Promise<{ id: string; name: string }[]> {
    return rows(
      this.db,
      `SELECT m.id, m.name FROM network_members nm JOIN municipalities m ON m.id = nm.municipality_id
       WHERE nm.network_id = $1 ORDER BY m.name COLLATE "pl-x-icu", m.id`,
      [networkId],
    );
  }
}
