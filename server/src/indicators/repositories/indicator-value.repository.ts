import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUniqueViolation, keysetAfter, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { IndicatorValue } from '../models/indicator.model.js';

export const VALUE_PERIOD_UNIQUE = 'indicator_values_period_uq';

/** trim_scale drops the numeric(18,4) padding: "269.4200" is shown and compared as "269.42". */
const COLUMNS = `v.id, v.indicator_id AS "indicatorId", v.municipality_id AS "municipalityId",
  m.name AS "municipalityName", v.year, v.quarter::int AS quarter, trim_scale(v.value)::text AS value, v.source,
  v.worksheet_id AS "worksheetId", v.entered_at AS "enteredAt"`;

export interface NewIndicatorValue {
  indicatorId: string;
  municipalityId: string;
  year: number;
  quarter: number | null;
  value: string;
  source: 'FORM' | 'IMPORT' | 'WORKSHEET' | 'SURVEY' | 'SEED';
  worksheetId?: string | null;
  surveyId?: string | null;
  enteredBy: string | null;
}

export interface PeriodKey {
  indicatorId: string;
  municipalityId: string;
  year: number;
  quarter: number | null;
}

@Injectable()
export class IndicatorValueRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The new value, or null when one exists for the period (the unique index decides, also under concurrency). */
  async insert(value: NewIndicatorValue, tx: Queryable): Promise<IndicatorValue | null> {
    try {
      const inserted = await returningOne<{ id: string }>(
        tx,
        `INSERT INTO indicator_values (indicator_id, municipality_id, year, quarter, value, source, worksheet_id,
           survey_id, entered_by)
         VALUES ($1, $2, $3, $4, $5::numeric, $6, $7, $8, $9) RETURNING id`,
        [
          value.indicatorId,
          value.municipalityId,
          value.year,
          value.quarter,
          value.value,
          value.source,
          value.worksheetId ?? null,
          value.surveyId ?? null,
          value.enteredBy,
        ],
      );
      return this.byId(inserted!.id, tx);
    } catch (error) {
      if (isUniqueViolation(error, VALUE_PERIOD_UNIQUE)) return null;
      throw error;
    }
  }

  /** Many rows in one statement; throws the unique violation for the caller's transaction to roll back. */
  async insertMany(values: readonly NewIndicatorValue[], tx: Queryable): Promise<number> {
    if (values.length === 0) return 0;
    const inserted = await rows<{ id: string }>(
      tx,
      `INSERT INTO indicator_values (indicator_id, municipality_id, year, quarter, value, source, entered_by)
       SELECT i, m, y, q, v::numeric, s, e
       FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::text[], $6::text[], $7::uuid[])
         AS t(i, m, y, q, v, s, e)
       RETURNING id`,
      [
        values.map((v) => v.indicatorId),
        values.map((v) => v.municipalityId),
        values.map((v) => v.year),
        values.map((v) => v.quarter),
        values.map((v) => v.value),
        values.map((v) => v.source),
        values.map((v) => v.enteredBy),
      ],
    );
    return inserted.length;
  }

  /** Which of these periods already hold a value (one statement for a whole import). */
  async existing(keys: readonly PeriodKey[], db: Queryable = this.db): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const found = await rows<{ key: string }>(
      db,
      `SELECT v.indicator_id || '|' || v.municipality_id || '|' || v.year || '|' || COALESCE(v.quarter, 0) AS key
       FROM indicator_values v
       JOIN unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) AS k(i, m, y, q)
         ON v.indicator_id = k.i AND v.municipality_id = k.m AND v.year = k.y AND COALESCE(v.quarter, 0) = k.q`,
      [
        keys.map((k) => k.indicatorId),
        keys.map((k) => k.municipalityId),
        keys.map((k) => k.year),
        keys.map((k) => k.quarter ?? 0),
      ],
    );
    return new Set(found.map((row) => row.key));
  }

  byId(id: string, db: Queryable = this.db): Promise<IndicatorValue | null> {
    return one<IndicatorValue>(
      db,
      `SELECT ${COLUMNS} FROM indicator_values v JOIN municipalities m ON m.id = v.municipality_id WHERE v.id = $1`,
      [id],
    );
  }

  byWorksheets(ids: readonly string[]): Promise<IndicatorValue[]> {
    return rows<IndicatorValue>(
      this.db,
      `SELECT ${COLUMNS} FROM indicator_values v JOIN municipalities m ON m.id = v.municipality_id
       WHERE v.worksheet_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Newest period first; the cursor is (year·10 + quarter, id). */
  page(
    filter: { municipalityId: string; indicatorId: string | null },
    first: number,
    after: [number, string] | null,
  ): Promise<IndicatorValue[]> {
    const params: unknown[] = [filter.municipalityId, filter.indicatorId, first + 1];
    const keyset = after
      ? `AND ${keysetAfter(
          [
            { sql: '(v.year * 10 + COALESCE(v.quarter, 0))', cast: 'int' },
            { sql: 'v.id', cast: 'uuid' },
          ],
          after,
          params,
          'DESC',
        )}`
      : '';
    return rows<IndicatorValue>(
      this.db,
      `SELECT ${COLUMNS} FROM indicator_values v JOIN municipalities m ON m.id = v.municipality_id
       WHERE v.municipality_id = $1 AND ($2::uuid IS NULL OR v.indicator_id = $2) ${keyset}
       ORDER BY (v.year * 10 + COALESCE(v.quarter, 0)) DESC, v.id DESC
       LIMIT $3`,
      params,
    );
  }

  async delete(id: string, tx: Queryable): Promise<boolean> {
    const deleted = await returningOne<{ id: string }>(tx, `DELETE FROM indicator_values WHERE id = $1 RETURNING id`, [
      id,
    ]);
    return deleted !== null;
  }

  /** Replaces the value a survey published earlier for the same period; null when another source holds it. */
  async upsertFromSurvey(value: NewIndicatorValue & { surveyId: string }, tx: Queryable): Promise<boolean> {
    const changed = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO indicator_values (indicator_id, municipality_id, year, quarter, value, source, survey_id, entered_by)
       VALUES ($1, $2, $3, NULL, $4::numeric, 'SURVEY', $5, $6)
       ON CONFLICT (indicator_id, municipality_id, year, (COALESCE(quarter, 0)))
       DO UPDATE SET value = EXCLUDED.value, entered_by = EXCLUDED.entered_by, entered_at = now()
         WHERE indicator_values.survey_id = EXCLUDED.survey_id
       RETURNING id`,
      [value.indicatorId, value.municipalityId, value.year, value.value, value.surveyId, value.enteredBy],
    );
    return changed !== null;
  }
}
