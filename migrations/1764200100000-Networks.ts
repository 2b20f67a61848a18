import type { MigrationInterface, QueryRunner } from 'typeorm';

const SUBJECT_CHECK = 'forum_threads_subject_type_check';
const GOOD_PRACTICE = 'GOOD_PRACTICE';

/**
 * Networks get what they run on: a kind of local government, an exchange
 * group's meeting plan (hosts in turn, agenda, attendance by member
 * municipality, minutes) and a good-practice library searchable across all
 * networks, each entry discussed in a forum thread (subject GOOD_PRACTICE)
 * and with "we tried it too" reports by other municipalities.
 *
 * The plan's meetings are rows of their own, not `meetings`: they are dated
 * days in a rotation, attended by municipalities rather than by registered
 * people, and managed by the network's coordinators.
 */
export class Networks1764200100000 implements MigrationInterface {
  name = 'Networks1764200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE networks ADD COLUMN municipality_kind text
        CHECK (municipality_kind IN ('URBAN_GMINA','RURAL_GMINA','URBAN_RURAL_GMINA','COUNTY','CITY_COUNTY','DISTRICT'))`);
    await q.query(`CREATE INDEX network_members_order_idx ON network_members (network_id, position, joined_at)`);

    await q.query(`
      CREATE TABLE network_meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        meeting_date date NOT NULL,
        host_municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE RESTRICT,
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED','CANCELLED')),
        agenda_source text NOT NULL DEFAULT '',
        agenda_html text NOT NULL DEFAULT '',
        minutes_source text,
        minutes_html text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (network_id, number),
        CHECK ((minutes_source IS NULL) = (minutes_html IS NULL))
      )`);
    await q.query(`CREATE INDEX network_meetings_date_idx ON network_meetings (network_id, meeting_date, number)`);
    await q.query(`
      CREATE TABLE network_meeting_attendance (
        meeting_id uuid NOT NULL REFERENCES network_meetings(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, municipality_id)
      )`);

    await q.query(`
      CREATE TABLE good_practices (
        id uuid PRIMARY KEY,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        problem_source text NOT NULL,
        problem_html text NOT NULL,
        solution_source text NOT NULL,
        solution_html text NOT NULL,
        results_source text NOT NULL,
        results_html text NOT NULL,
        cost_grosze integer CHECK (cost_grosze >= 0),
        contact text NOT NULL,
        service_area_code text NOT NULL REFERENCES service_areas(code),
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        network_id uuid REFERENCES networks(id) ON DELETE SET NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        thread_id uuid REFERENCES forum_threads(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', unaccent_pl(title)), 'A') ||
          setweight(to_tsvector('simple', unaccent_pl(problem_source || ' ' || solution_source || ' ' || results_source)), 'B')
        ) STORED
      )`);
    await q.query(`CREATE INDEX good_practices_search_idx ON good_practices USING gin (search)`);
    await q.query(`CREATE INDEX good_practices_created_idx ON good_practices (created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX good_practices_network_idx ON good_practices (network_id) WHERE network_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE good_practice_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES good_practices(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        outcome text NOT NULL,
        tried_on date NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT good_practice_reports_once_uq UNIQUE (practice_id, municipality_id)
      )`);

    const allowed = await subjectTypes(q);
    await setSubjectTypes(q, [...allowed.filter((t) => t !== GOOD_PRACTICE), GOOD_PRACTICE]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM forum_threads WHERE subject_type = $1`, [GOOD_PRACTICE]);
    const allowed = await subjectTypes(q);
    await setSubjectTypes(
      q,
      allowed.filter((t) => t !== GOOD_PRACTICE),
    );
    await q.query(`DROP TABLE good_practice_reports`);
    await q.query(`DROP TABLE good_practices`);
    await q.query(`DROP TABLE network_meeting_attendance`);
    await q.query(`DROP TABLE network_meetings`);
    await q.query(`DROP INDEX network_members_order_idx`);
    await q.query(`ALTER TABLE networks DROP COLUMN municipality_kind`);
  }
}

/** The values the forum's subject CHECK allows now (other features widen it too), read from the catalogue. */
async function subjectTypes(q: QueryRunner): Promise<string[]> {
  const found: { def: string }[] = await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = 'forum_threads'::regclass AND conname = $1`,
    [SUBJECT_CHECK],
  );
  if (found.length === 0) throw new Error(`No constraint ${SUBJECT_CHECK} on forum_threads`);
  return [...found[0].def.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]);
}

async function setSubjectTypes(q: QueryRunner, values: readonly string[]): Promise<void> {
  await q.query(`ALTER TABLE forum_threads DROP CONSTRAINT ${SUBJECT_CHECK}`);
  const list = values.map((value) => `'${value.replace(/[^A-Z_]/g, '')}'`).join(',');
  await q.query(`ALTER TABLE forum_threads ADD CONSTRAINT ${SUBJECT_CHECK} CHECK (subject_type IN (${list}))`);
}
