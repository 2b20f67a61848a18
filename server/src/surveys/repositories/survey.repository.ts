import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ServiceAreaCode, SurveyAccess } from '@ratusz/shared';
import {
  groupByKeys,
  isUniqueViolation,
  keysetAfter,
  one,
  returningOne,
  rows,
  type Queryable,
} from '../../common/database/sql.js';
import type { SurveyQuestionInput } from '../dtos/survey-question.input.js';
import type { SurveyQuestion } from '../models/survey.model.js';

/** A survey as stored; the model adds its questions and the viewer's fields. */
export interface SurveyRow {
  id: string;
  municipalityId: string;
  municipalityName: string;
  title: string;
  description: string;
  serviceArea: ServiceAreaCode | null;
  access: SurveyAccess;
  opensAt: Date;
  closesAt: Date;
  publishedAt: Date | null;
  responseCount: number;
  createdAt: Date;
  codeCount: number;
  usedCodeCount: number;
}

const COLUMNS = `s.id, s.municipality_id AS "municipalityId", m.name AS "municipalityName", s.title, s.description,
  s.service_area_code AS "serviceArea", s.access, s.opens_at AS "opensAt", s.closes_at AS "closesAt",
  s.published_at AS "publishedAt", s.response_count AS "responseCount", s.created_at AS "createdAt",
  (SELECT count(*)::int FROM survey_codes c WHERE c.survey_id = s.id) AS "codeCount",
  (SELECT count(*)::int FROM survey_codes c WHERE c.survey_id = s.id AND c.used_at IS NOT NULL) AS "usedCodeCount"`;

const QUESTION_COLUMNS = `q.id, q.survey_id AS "surveyId", q.position, q.kind, q.text, q.required, q.options,
  q.service_area_code AS "serviceArea", q.show_if_position AS "showIfPosition", q.show_if_answer AS "showIfAnswer"`;

export interface SurveyContent {
  title: string;
  description: string;
  serviceArea: ServiceAreaCode | null;
  access: SurveyAccess;
  opensAt: Date;
  closesAt: Date;
}

@Injectable()
export class SurveyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(municipalityId: string, content: SurveyContent, createdBy: string, tx: Queryable): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO surveys (municipality_id, title, description, service_area_code, access, opens_at, closes_at,
         created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        municipalityId,
        content.title,
        content.description,
        content.serviceArea,
        content.access,
        content.opensAt,
        content.closesAt,
        createdBy,
      ],
    );
    return inserted!.id;
  }

  async update(id: string, content: SurveyContent, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE surveys SET title = $2, description = $3, service_area_code = $4, access = $5, opens_at = $6,
         closes_at = $7 WHERE id = $1`,
      [id, content.title, content.description, content.serviceArea, content.access, content.opensAt, content.closesAt],
    );
  }

  async replaceQuestions(surveyId: string, questions: readonly SurveyQuestionInput[], tx: Queryable): Promise<void> {
    await tx.query(`DELETE FROM survey_questions WHERE survey_id = $1`, [surveyId]);
    await tx.query(
      `INSERT INTO survey_questions (survey_id, position, kind, text, required, options, service_area_code,
         show_if_position, show_if_answer)
       SELECT $1, p::int, k, t, r, COALESCE(o.options, '{}'), a, sp, sa
       FROM unnest($2::text[], $3::text[], $4::boolean[], $5::text[], $6::int[], $7::int[])
         WITH ORDINALITY AS x(k, t, r, a, sp, sa, p)
       LEFT JOIN LATERAL (SELECT array_agg(value ORDER BY ord) AS options
                          FROM jsonb_array_elements_text($8::jsonb -> (p::int - 1)) WITH ORDINALITY AS e(value, ord)) o
         ON true`,
      [
        surveyId,
        questions.map((q) => q.kind),
        questions.map((q) => q.text),
        questions.map((q) => q.required),
        questions.map((q) => q.serviceArea ?? null),
        questions.map((q) => q.showIfPosition ?? null),
        questions.map((q) => q.showIfAnswer ?? null),
        JSON.stringify(questions.map((q) => q.options)),
      ],
    );
  }

  async publish(id: string, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE surveys SET published_at = now() WHERE id = $1 AND published_at IS NULL`, [id]);
  }

  byId(id: string, db: Queryable = this.db, lock = false): Promise<SurveyRow | null> {
    return one<SurveyRow>(
      db,
      lock
        ? `SELECT ${COLUMNS} FROM surveys s JOIN municipalities m ON m.id = s.municipality_id WHERE s.id = $1
           FOR UPDATE OF s`
        : `SELECT ${COLUMNS} FROM surveys s JOIN municipalities m ON m.id = s.municipality_id WHERE s.id = $1`,
      [id],
    );
  }

  /** Newest first; drafts only when `withDrafts` (the municipality's managers). */
  page(
    municipalityId: string,
    withDrafts: boolean,
    first: number,
    after: [string, string] | null,
  ): Promise<SurveyRow[]> {
    const params: unknown[] = [municipalityId, withDrafts, first + 1];
    const keyset = after
      ? `AND ${keysetAfter(
          [
            { sql: 's.created_at', cast: 'timestamptz' },
            { sql: 's.id', cast: 'uuid' },
          ],
          after,
          params,
          'DESC',
        )}`
      : '';
    return rows<SurveyRow>(
      this.db,
      `SELECT ${COLUMNS} FROM surveys s JOIN municipalities m ON m.id = s.municipality_id
       WHERE s.municipality_id = $1 AND ($2::boolean OR s.published_at IS NOT NULL) ${keyset}
       ORDER BY s.created_at DESC, s.id DESC LIMIT $3`,
      params,
    );
  }

  async questionsOf(surveyIds: readonly string[], db: Queryable = this.db): Promise<SurveyQuestion[][]> {
    const found = await rows<SurveyQuestion & { surveyId: string }>(
      db,
      `SELECT ${QUESTION_COLUMNS} FROM survey_questions q WHERE q.survey_id = ANY($1::uuid[]) ORDER BY q.position`,
      [surveyIds],
    );
    return groupByKeys(surveyIds, found, (q) => q.surveyId);
  }

  async answeredBy(userId: string, surveyIds: readonly string[]): Promise<Set<string>> {
    const found = await rows<{ surveyId: string }>(
      this.db,
      `SELECT survey_id AS "surveyId" FROM survey_responses WHERE user_id = $1 AND survey_id = ANY($2::uuid[])`,
      [userId, surveyIds],
    );
    return new Set(found.map((row) => row.surveyId));
  }

  // -- codes ---------------------------------------------------------------------------------

  /** The codes that were new (a rare collision with an existing code is simply not counted). */
  async insertCodes(surveyId: string, codes: readonly string[], tx: Queryable): Promise<number> {
    const inserted = await rows<{ code: string }>(
      tx,
      `INSERT INTO survey_codes (survey_id, code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING code`,
      [surveyId, codes],
    );
    return inserted.length;
  }

  /** Unused codes, oldest first, for the printable sheet. */
  unusedCodes(surveyId: string, limit: number): Promise<{ code: string }[]> {
    return rows(
      this.db,
      `SELECT code FROM survey_codes WHERE survey_id = $1 AND used_at IS NULL ORDER BY created_at, code LIMIT $2`,
      [surveyId, limit],
    );
  }

  /**
   * Marks the code used. A second transaction using the same code waits on
   * this row and then finds it used, so a code counts once under concurrency.
   */
  async useCode(surveyId: string, code: string, tx: Queryable): Promise<'USED_NOW' | 'ALREADY_USED' | 'UNKNOWN'> {
    const used = await returningOne<{ code: string }>(
      tx,
      `UPDATE survey_codes SET used_at = now() WHERE survey_id = $1 AND code = $2 AND used_at IS NULL RETURNING code`,
      [surveyId, code],
    );
    if (used) return 'USED_NOW';
    const exists = await one<{ code: string }>(tx, `SELECT code FROM survey_codes WHERE survey_id = $1 AND code = $2`, [
      surveyId,
      code,
    ]);
    return exists ? 'ALREADY_USED' : 'UNKNOWN';
  }

  // -- responses -----------------------------------------------------------------------------

  /** null when this account (or code) has already answered: the partial unique indexes decide. */
  async insertResponse(
    surveyId: string,
    by: { userId: string | null; code: string | null },
    tx: Queryable,
  ): Promise<string | null> {
    try {
      const inserted = await returningOne<{ id: string }>(
        tx,
        `INSERT INTO survey_responses (survey_id, user_id, code) VALUES ($1, $2, $3) RETURNING id`,
        [surveyId, by.userId, by.code],
      );
      await tx.query(`UPDATE surveys SET response_count = response_count + 1 WHERE id = $1`, [surveyId]);
      return inserted!.id;
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async insertAnswers(
    responseId: string,
    answers: readonly { questionId: string; score: number | null; choices: number[] | null; text: string | null }[],
    tx: Queryable,
  ): Promise<void> {
    if (answers.length === 0) return;
    await tx.query(
      `INSERT INTO survey_answers (response_id, question_id, score, choices, text)
       SELECT $1, q, s, CASE WHEN c IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(c)::int) END, t
       FROM unnest($2::uuid[], $3::int[], $4::jsonb[], $5::text[]) AS x(q, s, c, t)`,
      [
        responseId,
        answers.map((a) => a.questionId),
        answers.map((a) => a.score),
        answers.map((a) => (a.choices ? JSON.stringify(a.choices) : null)),
        answers.map((a) => a.text),
      ],
    );
  }

  async setAnswerHidden(responseId: string, questionId: string, hidden: boolean, tx: Queryable): Promise<boolean> {
    const changed = await returningOne<{ id: string }>(
      tx,
      `UPDATE survey_answers SET hidden = $3 WHERE response_id = $1 AND question_id = $2 AND text IS NOT NULL
       RETURNING response_id AS id`,
      [responseId, questionId, hidden],
    );
    return changed !== null;
  }

  async surveyOfResponse(responseId: string, tx: Queryable): Promise<string | null> {
    const found = await one<{ surveyId: string }>(
      tx,
      `SELECT survey_id AS "surveyId" FROM survey_responses WHERE id = $1`,
      [responseId],
    );
    return found?.surveyId ?? null;
  }
}
