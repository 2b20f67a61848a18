import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ServiceAreaCode } from '@ratusz/shared';
import { groupByKeys, keysetAfter, one, rows, type Queryable } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { GoodPractice, GoodPracticeReport } from '../models/good-practice.model.js';

const PRACTICE_COLUMNS = `g.id, g.title, g.problem_source AS "problemSource", g.problem_html AS "problemHtml",
  g.solution_source AS "solutionSource", g.solution_html AS "solutionHtml", g.results_source AS "resultsSource",
  g.results_html AS "resultsHtml", g.cost_grosze AS "costGrosze", g.contact, g.service_area_code AS "serviceAreaCode",
  g.municipality_id AS "municipalityId", g.network_id AS "networkId", g.thread_id AS "threadId",
  g.created_at AS "createdAt"`;
const REPORT_COLUMNS = `r.id, r.practice_id AS "practiceId", r.municipality_id AS "municipalityId", r.outcome,
  to_char(r.tried_on, 'YYYY-MM-DD') AS "triedOn", r.created_at AS "createdAt"`;

export const REPORT_ONCE_UQ = 'good_practice_reports_once_uq';
export const PRACTICE_SERVICE_AREA_FK = 'good_practices_service_area_code_fkey';

export interface PracticeFilter {
  serviceAreaCode: ServiceAreaCode | null;
  networkId: string | null;
  municipalityId: string | null;
}

export interface NewPractice {
  id: string;
  title: string;
  problemSource: string;
  problemHtml: string;
  solutionSource: string;
  solutionHtml: string;
  resultsSource: string;
  resultsHtml: string;
  costGrosze: number | null;
  contact: string;
  serviceAreaCode: ServiceAreaCode;
  municipalityId: string;
  networkId: string | null;
  authorId: string;
  threadId: string;
}

const FILTER_SQL = `($1::text IS NULL OR g.service_area_code = $1) AND ($2::uuid IS NULL OR g.network_id = $2)
  AND ($3::uuid IS NULL OR g.municipality_id = $3)`;

@Injectable()
export class GoodPracticeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Newest first, keyset-paged by (created_at, id). */
  newest(filter: PracticeFilter, limit: number, after: CursorKey | null): Promise<GoodPractice[]> {
    const params: unknown[] = [filter.serviceAreaCode, filter.networkId, filter.municipalityId, limit];
    const keyset = after
      ? ` AND ${keysetAfter(
          [
            { sql: 'g.created_at', cast: 'timestamptz' },
            { sql: 'g.id', cast: 'uuid' },
          ],
          [String(after[0]), after[1]],
          params,
          'DESC',
        )}`
      : '';
    return rows<GoodPractice>(
      this.db,
      `SELECT ${PRACTICE_COLUMNS} FROM good_practices g WHERE ${FILTER_SQL}${keyset}
       ORDER BY g.created_at DESC, g.id DESC LIMIT $4`,
      params,
    );
  }

  /** Matching a `simple` tsquery over the folded (unaccent_pl) columns, best rank first; titles weigh more. */
  search(tsquery: string, filter: PracticeFilter, offset: number, limit: number): Promise<GoodPractice[]> {
    return rows<GoodPractice>(
      this.db,
      `SELECT ${PRACTICE_COLUMNS} FROM good_practices g, to_tsquery('simple', $4) q
       WHERE ${FILTER_SQL} AND g.search @@ q
       ORDER BY ts_rank(g.search, q) DESC, g.created_at DESC, g.id DESC OFFSET $5 LIMIT $6`,
      [filter.serviceAreaCode, filter.networkId, filter.municipalityId, tsquery, offset, limit],
    );
  }

  byId(id: string): Promise<GoodPractice | null> {
    return one<GoodPractice>(this.db, `SELECT ${PRACTICE_COLUMNS} FROM good_practices g WHERE g.id = $1`, [id]);
  }

  async insert(values: NewPractice, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO good_practices (id, title, problem_source, problem_html, solution_source, solution_html,
         results_source, results_html, cost_grosze, contact, service_area_code, municipality_id, network_id,
         author_id, thread_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        values.id,
        values.title,
        values.problemSource,
        values.problemHtml,
        values.solutionSource,
        values.solutionHtml,
        values.resultsSource,
        values.resultsHtml,
        values.costGrosze,
        values.contact,
        values.serviceAreaCode,
        values.municipalityId,
        values.networkId,
        values.authorId,
        values.threadId,
      ],
    );
  }

  /**
   * Where a new practice's discussion goes: the network's first category, else
   * the municipality's, else the first global one.
   */
  async threadCategory(networkId: string | null, municipalityId: string): Promise<string | null> {
    const found = await one<{ categoryId: string | null }>(
      this.db,
      `SELECT coalesce(
         (SELECT c.id FROM forum_categories c WHERE c.network_id = $1 ORDER BY c.position, c.created_at, c.id LIMIT 1),
         (SELECT c.id FROM forum_categories c WHERE c.municipality_id = $2 ORDER BY c.position, c.created_at, c.id LIMIT 1),
         (SELECT c.id FROM forum_categories c WHERE c.municipality_id IS NULL AND c.network_id IS NULL
          ORDER BY c.position, c.created_at, c.id LIMIT 1)
       ) AS "categoryId"`,
      [networkId, municipalityId],
    );
    return found?.categoryId ?? null;
  }

  async insertReport(
    values: { practiceId: string; municipalityId: string; outcome: string; triedOn: string; authorId: string },
    tx: Queryable = this.db,
  ): Promise<GoodPracticeReport> {
    const [created] = await rows<GoodPracticeReport>(
      tx,
      `INSERT INTO good_practice_reports AS r (practice_id, municipality_id, outcome, tried_on, author_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${REPORT_COLUMNS}`,
      [values.practiceId, values.municipalityId, values.outcome, values.triedOn, values.authorId],
    );
    return created;
  }

  /** Bounded by the number of municipalities that may report (one each), newest first. */
  async reportsOf(practiceIds: readonly string[]): Promise<GoodPracticeReport[][]> {
    const found = await rows<GoodPracticeReport>(
      this.db,
      `SELECT ${REPORT_COLUMNS} FROM good_practice_reports r WHERE r.practice_id = ANY($1::uuid[])
       ORDER BY r.tried_on DESC, r.id`,
      [practiceIds],
    );
    return groupByKeys(practiceIds, found, (report) => report.practiceId);
  }

  /** For the seed: a practice by its title. */
  byTitle(title: string): Promise<GoodPractice | null> {
    return one<GoodPractice>(this.db, `SELECT ${PRACTICE_COLUMNS} FROM good_practices g WHERE g.title = $1`, [title]);
  }
}
