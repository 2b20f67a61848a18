import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prioritisation ballots: one per consultation, its options (service areas
 * or accepted proposals), the ballots cast online and those entered from
 * paper.
 *
 * Secrecy: a cast ballot row (`cast_ballots`) holds the voter, because a
 * voter may replace their ballot until the close and sees their own; its
 * choices reference that row. Nothing in the API reads another voter's
 * choices (no query lists cast ballots, not even for administrators): the
 * results are sums over all rows, and the published receipts are sorted by
 * code, not by time, so they cannot be matched to people or to choices.
 *
 * Exact counts under concurrency: one voter has one row (UNIQUE (ballot_id,
 * voter_id)); a cast is one `INSERT … ON CONFLICT DO UPDATE` that bumps the
 * row's `revision` and writes the choices under the new revision, deleting
 * older ones. Tallies are computed from the rows (choices of the row's
 * current revision only), so there is no counter to lose an update to.
 *
 * `frozen_at` is set by the first ballot cast (online or paper), in its
 * transaction, under the ballot's row lock; configuration takes the same
 * lock and refuses once it is set.
 */
export class Ballots1764100100000 implements MigrationInterface {
  name = 'Ballots1764100100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ballots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL UNIQUE REFERENCES consultations(id) ON DELETE CASCADE,
        method text NOT NULL CHECK (method IN ('APPROVAL','POINTS','RANKED')),
        max_choices integer CHECK (max_choices >= 1),
        points_total integer CHECK (points_total >= 1),
        points_per_option_max integer CHECK (points_per_option_max >= 1),
        option_source text NOT NULL CHECK (option_source IN ('SERVICE_AREAS','ACCEPTED_PROPOSALS')),
        results_visibility text NOT NULL CHECK (results_visibility IN ('AFTER_CLOSE','LIVE')),
        eligibility text NOT NULL CHECK (eligibility IN ('RESIDENTS','ANY_REGISTERED')),
        configured_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        frozen_at timestamptz,
        CHECK ((method = 'POINTS') = (points_total IS NOT NULL)),
        CHECK (method = 'POINTS' OR (points_per_option_max IS NULL)),
        CHECK (method <> 'POINTS' OR max_choices IS NULL),
        CHECK (points_per_option_max IS NULL OR points_per_option_max <= points_total)
      )`);

    await q.query(`
      CREATE TABLE ballot_options (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ballot_id uuid NOT NULL REFERENCES ballots(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 0),
        label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 300),
        service_area_code text REFERENCES service_areas(code) ON DELETE RESTRICT,
        proposal_id uuid REFERENCES proposals(id) ON DELETE RESTRICT,
        CHECK ((service_area_code IS NULL) <> (proposal_id IS NULL)),
        CONSTRAINT ballot_options_area_uq UNIQUE (ballot_id, service_area_code),
        CONSTRAINT ballot_options_proposal_uq UNIQUE (ballot_id, proposal_id)
      )`);
    await q.query(`CREATE INDEX ballot_options_ballot_idx ON ballot_options (ballot_id, position, id)`);
    await q.query(
      `CREATE INDEX ballot_options_proposal_idx ON ballot_options (proposal_id) WHERE proposal_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE cast_ballots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ballot_id uuid NOT NULL REFERENCES ballots(id) ON DELETE CASCADE,
        voter_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        receipt text NOT NULL CHECK (receipt ~ '^[2-9A-HJKMNP-Z]{10}$'),
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        first_cast_at timestamptz NOT NULL,
        cast_at timestamptz NOT NULL,
        CONSTRAINT cast_ballots_voter_uq UNIQUE (ballot_id, voter_id),
        CONSTRAINT cast_ballots_receipt_uq UNIQUE (ballot_id, receipt)
      )`);
    await q.query(`CREATE INDEX cast_ballots_voter_idx ON cast_ballots (voter_id)`);

    // No foreign key to ballot_options: options cannot change once a ballot is
    // cast (the freeze), the service checks every option id, and a key check
    // per choice would make every concurrent voter share-lock the same few
    // option rows (a multixact per row under load) for no added safety.
    await q.query(`
      CREATE TABLE cast_ballot_choices (
        cast_ballot_id uuid NOT NULL REFERENCES cast_ballots(id) ON DELETE CASCADE,
        revision integer NOT NULL,
        option_id uuid NOT NULL,
        points integer CHECK (points >= 1),
        rank integer CHECK (rank >= 1),
        PRIMARY KEY (cast_ballot_id, revision, option_id)
      )`);

    await q.query(`
      CREATE TABLE paper_ballots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ballot_id uuid NOT NULL REFERENCES ballots(id) ON DELETE CASCADE,
        meeting_id uuid REFERENCES meetings(id) ON DELETE SET NULL,
        entered_by uuid REFERENCES users(id) ON DELETE SET NULL,
        entered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX paper_ballots_ballot_idx ON paper_ballots (ballot_id)`);

    await q.query(`
      CREATE TABLE paper_ballot_choices (
        paper_ballot_id uuid NOT NULL REFERENCES paper_ballots(id) ON DELETE CASCADE,
        option_id uuid NOT NULL REFERENCES ballot_options(id) ON DELETE CASCADE,
        points integer CHECK (points >= 1),
        rank integer CHECK (rank >= 1),
        PRIMARY KEY (paper_ballot_id, option_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE paper_ballot_choices`);
    await q.query(`DROP TABLE paper_ballots`);
    await q.query(`DROP TABLE cast_ballot_choices`);
    await q.query(`DROP TABLE cast_ballots`);
    await q.query(`DROP TABLE ballot_options`);
    await q.query(`DROP TABLE ballots`);
  }
}
