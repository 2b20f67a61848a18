import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residents' satisfaction surveys: questions (Likert 1–5, single and
 * multiple choice, open text) per service area, open and close dates, one
 * response per account or per single-use paper code (unique indexes, so
 * two parallel submissions cannot both count), and answers.
 */
export class Surveys1764200300000 implements MigrationInterface {
  name = 'Surveys1764200300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        service_area_code text,
        access text NOT NULL CHECK (access IN ('ACCOUNT','CODE')),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        published_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        response_count integer NOT NULL DEFAULT 0,
        CHECK (closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX surveys_municipality_idx ON surveys (municipality_id, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE survey_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('LIKERT','SINGLE_CHOICE','MULTIPLE_CHOICE','OPEN_TEXT')),
        text text NOT NULL,
        required boolean NOT NULL DEFAULT true,
        options text[] NOT NULL DEFAULT '{}',
        service_area_code text,
        -- Shown only when the earlier question at this position got this option (single choice) or this score.
        show_if_position integer,
        show_if_answer integer,
        UNIQUE (survey_id, position),
        CHECK (show_if_position IS NULL OR show_if_position < position)
      )`);

    await q.query(`
      CREATE TABLE survey_codes (
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        code text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (survey_id, code)
      )`);

    await q.query(`
      CREATE TABLE survey_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        code text,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CHECK (user_id IS NOT NULL OR code IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX survey_responses_user_uq ON survey_responses (survey_id, user_id)
                   WHERE user_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX survey_responses_code_uq ON survey_responses (survey_id, code)
                   WHERE code IS NOT NULL`);

    await q.query(`
      CREATE TABLE survey_answers (
        response_id uuid NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES survey_questions(id) ON DELETE CASCADE,
        score smallint CHECK (score BETWEEN 1 AND 5),
        choices integer[],
        text text,
        hidden boolean NOT NULL DEFAULT false,
        PRIMARY KEY (response_id, question_id)
      )`);
    await q.query(`CREATE INDEX survey_answers_question_idx ON survey_answers (question_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey_answers`);
    await q.query(`DROP TABLE survey_responses`);
    await q.query(`DROP TABLE survey_codes`);
    await q.query(`DROP TABLE survey_questions`);
    await q.query(`DROP TABLE surveys`);
  }
}
