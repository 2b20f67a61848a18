import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residents' proposals in a consultation.
 *
 * `number` counts 1, 2, 3… within a consultation (shown as "#3").
 * `support_count` is kept next to the supports it counts, written in the
 * same transaction under the proposal's row lock, so sorting by supports is
 * an index scan and the threshold check cannot race. `organization_id` waits
 * for organisations (no foreign key yet). The discussion is a forum thread
 * (subject PROPOSAL, already allowed by the forum's CHECK), opened on the
 * first reply and remembered in `thread_id`.
 *
 * Costs are whole grosze in a bigint: exact, no floating point.
 */
export class Proposals1764100000000 implements MigrationInterface {
  name = 'Proposals1764100000000';

  async up(q: QueryRunner): Promise<void> {
    const statuses = `'SUBMITTED','UNDER_REVIEW','ACCEPTED','REJECTED','WITHDRAWN','IMPLEMENTED'`;
    await q.query(`
      ALTER TABLE consultations
        ADD COLUMN proposal_support_threshold integer CHECK (proposal_support_threshold >= 1)`);

    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        body_source text NOT NULL CHECK (char_length(body_source) BETWEEN 1 AND 20000),
        body_html text NOT NULL,
        service_area_code text NOT NULL REFERENCES service_areas(code) ON DELETE RESTRICT,
        cost_estimate_grosze bigint CHECK (cost_estimate_grosze >= 0),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        organization_id uuid,
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN (${statuses})),
        official_answer_source text CHECK (char_length(official_answer_source) <= 20000),
        official_answer_html text,
        official_answer_at timestamptz,
        official_answer_by uuid REFERENCES users(id) ON DELETE SET NULL,
        support_count integer NOT NULL DEFAULT 0 CHECK (support_count >= 0),
        thread_id uuid UNIQUE REFERENCES forum_threads(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        search tsvector GENERATED ALWAYS AS (
          to_tsvector('simple', unaccent_pl(title)) || to_tsvector('simple', unaccent_pl(body_source))
        ) STORED,
        CONSTRAINT proposals_number_uq UNIQUE (consultation_id, number),
        CHECK ((official_answer_source IS NULL) = (official_answer_html IS NULL)),
        CHECK ((official_answer_source IS NULL) = (official_answer_at IS NULL))
      )`);
    await q.query(`CREATE INDEX proposals_newest_idx ON proposals (consultation_id, created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX proposals_supports_idx ON proposals (consultation_id, support_count DESC, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX proposals_author_idx ON proposals (author_id)`);
    await q.query(`CREATE INDEX proposals_search_idx ON proposals USING gin (search)`);

    await q.query(`
      CREATE TABLE proposal_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        editor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        previous_title text NOT NULL,
        previous_body_source text NOT NULL,
        previous_body_html text NOT NULL,
        previous_service_area_code text NOT NULL,
        previous_cost_estimate_grosze bigint,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX proposal_revisions_proposal_idx ON proposal_revisions (proposal_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE proposal_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN (${statuses})),
        previous_status text CHECK (previous_status IN (${statuses})),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reason text CHECK (char_length(reason) <= 20000),
        automatic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- A change the threshold made has no person behind it.
        CHECK (NOT automatic OR actor_id IS NULL)
      )`);
    await q.query(
      `CREATE INDEX proposal_status_changes_proposal_idx ON proposal_status_changes (proposal_id, created_at, id)`,
    );

    await q.query(`
      CREATE TABLE proposal_supports (
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, user_id)
      )`);
    await q.query(`CREATE INDEX proposal_supports_user_idx ON proposal_supports (user_id)`);

    await q.query(`
      CREATE TABLE proposal_documents (
        proposal_id uuid NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        document_id uuid NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        PRIMARY KEY (proposal_id, document_id)
      )`);
    await q.query(`CREATE INDEX proposal_documents_document_idx ON proposal_documents (document_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Their threads have no subject left to point at once the proposals are gone.
    await q.query(`DELETE FROM forum_threads WHERE subject_type = 'PROPOSAL'`);
    await q.query(`DROP TABLE proposal_documents`);
    await q.query(`DROP TABLE proposal_supports`);
    await q.query(`DROP TABLE proposal_status_changes`);
    await q.query(`DROP TABLE proposal_revisions`);
    await q.query(`DROP TABLE proposals`);
    await q.query(`ALTER TABLE consultations DROP COLUMN proposal_support_threshold`);
  }
}
