import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows, type Queryable } from '../../common/database/sql.js';

export interface AnswerCount {
  questionId: string;
  /** The score (LIKERT) or the option index (choices). */
  answer: number;
  count: number;
}

export interface OpenAnswerRow {
  questionId: string;
  responseId: string;
  text: string;
  hidden: boolean;
  submittedAt: Date;
}

export interface AreaMean {
  serviceArea: string;
  mean: string;
}

const OPEN_ANSWERS_SHOWN = 200;

@Injectable()
export class SurveyResultsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Scores and chosen options counted per question, in one statement. */
  counts(surveyId: string): Promise<AnswerCount[]> {
    return rows<AnswerCount>(
      this.db,
      `SELECT a.question_id AS "questionId", x.answer, count(*)::int AS count
       FROM survey_answers a
       JOIN survey_questions q ON q.id = a.question_id
       CROSS JOIN LATERAL (SELECT a.score::int AS answer WHERE a.score IS NOT NULL
                           UNION ALL SELECT unnest(a.choices)) x
       WHERE q.survey_id = $1
       GROUP BY a.question_id, x.answer`,
      [surveyId],
    );
  }

  answered(surveyId: string): Promise<{ questionId: string; count: number }[]> {
    return rows(
      this.db,
      `SELECT a.question_id AS "questionId", count(*)::int AS count
       FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id
       WHERE q.survey_id = $1 GROUP BY a.question_id`,
      [surveyId],
    );
  }

  /** The latest open answers per question; hidden ones only for managers. */
  openAnswers(surveyId: string, withHidden: boolean, limit = OPEN_ANSWERS_SHOWN): Promise<OpenAnswerRow[]> {
    return rows<OpenAnswerRow>(
      this.db,
      `SELECT "questionId", "responseId", text, hidden, "submittedAt" FROM (
         SELECT a.question_id AS "questionId", a.response_id AS "responseId", a.text, a.hidden,
           r.submitted_at AS "submittedAt",
           row_number() OVER (PARTITION BY a.question_id ORDER BY r.submitted_at DESC, r.id DESC) AS n
         FROM survey_answers a
         JOIN survey_questions q ON q.id = a.question_id
         JOIN survey_responses r ON r.id = a.response_id
         WHERE q.survey_id = $1 AND a.text IS NOT NULL AND ($2::boolean OR NOT a.hidden)
       ) ranked WHERE n <= $3 ORDER BY "submittedAt" DESC`,
      [surveyId, withHidden, limit],
    );
  }

  /**
   * The mean of the Likert answers per service area (the question's, else
   * the survey's), exact and rounded to 2 places as SCORE values are.
   */
  meanPerArea(surveyId: string, db: Queryable = this.db): Promise<AreaMean[]> {
    return rows<AreaMean>(
      db,
      `SELECT COALESCE(q.service_area_code, s.service_area_code) AS "serviceArea",
         trim_scale(round(avg(a.score), 2))::text AS mean
       FROM survey_answers a
       JOIN survey_questions q ON q.id = a.question_id
       JOIN surveys s ON s.id = q.survey_id
       WHERE q.survey_id = $1 AND q.kind = 'LIKERT' AND a.score IS NOT NULL
         AND COALESCE(q.service_area_code, s.service_area_code) IS NOT NULL
       GROUP BY 1 ORDER BY 1`,
      [surveyId],
    );
  }

  /** Every response with every answer, for the CSV export (one row per response). */
  export(surveyId: string): Promise<{ responseId: string; submittedAt: Date; position: number; answer: string }[]> {
    return rows(
      this.db,
      `SELECT r.id AS "responseId", r.submitted_at AS "submittedAt", q.position,
         COALESCE(a.score::text, array_to_string(a.choices, ';'), CASE WHEN a.hidden THEN '' ELSE a.text END, '')
           AS answer
       FROM survey_responses r
       JOIN survey_answers a ON a.response_id = r.id
       JOIN survey_questions q ON q.id = a.question_id
       WHERE r.survey_id = $1
       ORDER BY r.submitted_at, r.id, q.position`,
      [surveyId],
    );
  }
}
