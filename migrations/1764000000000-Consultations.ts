import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations: a municipality's participatory process with an ordered
 * timeline of phases (dates are calendar days in Europe/Warsaw), followers,
 * and a per-consultation event log whose sequence lets a reconnecting client
 * ask for exactly what it missed (like forum threads).
 *
 * The current phase is computed from the dates on every read, so it is never
 * stale; `advanced_to` records an organiser moving on early, and
 * `announced_phase` the last phase a `consultation.phaseChanged` event was
 * sent for, so the job announcing date-driven changes sends each one once.
 */
export class Consultations1764000000000 implements MigrationInterface {
  name = 'Consultations1764000000000';

  async up(q: QueryRunner): Promise<void> {
    const phaseKinds = `'DIAGNOSIS','WORKSHOPS','DELIBERATION','PROPOSALS','VOTING','DRAFT_CONSULTATION','REPORT','CLOSED'`;
    await q.query(`
      CREATE TABLE consultations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE RESTRICT,
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        summary_source text NOT NULL,
        summary_html text NOT NULL,
        goal_source text NOT NULL,
        goal_html text NOT NULL,
        organiser_id uuid REFERENCES users(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED')),
        advanced_to text CHECK (advanced_to IN (${phaseKinds})),
        advanced_at timestamptz,
        announced_phase text,
        seq bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        CHECK ((advanced_to IS NULL) = (advanced_at IS NULL)),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX consultations_municipality_slug_uq ON consultations (municipality_id, slug)`);
    await q.query(
      `CREATE INDEX consultations_listing_idx ON consultations (municipality_id, created_at DESC, id DESC)`,
    );

    await q.query(`
      CREATE TABLE consultation_service_areas (
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        service_area_code text NOT NULL REFERENCES service_areas(code) ON DELETE RESTRICT,
        PRIMARY KEY (consultation_id, service_area_code)
      )`);
    await q.query(
      `CREATE INDEX consultation_service_areas_area_idx ON consultation_service_areas (service_area_code, consultation_id)`,
    );

    await q.query(`
      CREATE TABLE consultation_phases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        kind text NOT NULL CHECK (kind IN (${phaseKinds})),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        CONSTRAINT consultation_phases_position_uq UNIQUE (consultation_id, position) DEFERRABLE INITIALLY IMMEDIATE,
        CONSTRAINT consultation_phases_kind_uq UNIQUE (consultation_id, kind),
        CONSTRAINT consultation_phases_dates_ck CHECK (ends_on >= starts_on)
      )`);

    await q.query(`
      CREATE TABLE consultation_follows (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, consultation_id)
      )`);
    await q.query(`CREATE INDEX consultation_follows_consultation_idx ON consultation_follows (consultation_id)`);

    await q.query(`
      CREATE TABLE consultation_events (
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consultation_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consultation_events`);
    await q.query(`DROP TABLE consultation_follows`);
    await q.query(`DROP TABLE consultation_phases`);
    await q.query(`DROP TABLE consultation_service_areas`);
    await q.query(`DROP TABLE consultations`);
  }
}
