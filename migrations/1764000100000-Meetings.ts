import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings (workshops, consultation meetings, conferences, exchange-group
 * meetings) of a municipality, optionally inside a consultation or a
 * network, with registrations and a waiting list.
 *
 * The waiting order is `(registered_at, user_id)`: registrations are written
 * under the meeting's row lock, so `registered_at` (taken with
 * clock_timestamp(), in milliseconds so it survives a JavaScript Date in a
 * page cursor) follows the order people came in. `revision` counts changes,
 * so calendar apps apply an update or a cancellation (iCal SEQUENCE).
 */
export class Meetings1764000100000 implements MigrationInterface {
  name = 'Meetings1764000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE RESTRICT,
        consultation_id uuid REFERENCES consultations(id) ON DELETE CASCADE,
        network_id uuid REFERENCES networks(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('WORKSHOP','STRATEGIC_WORKSHOP','CONSULTATION_MEETING','CONFERENCE','EXCHANGE_GROUP_MEETING')),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        description_source text NOT NULL DEFAULT '',
        description_html text NOT NULL DEFAULT '',
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        address text,
        online_url text CHECK (online_url ~* '^https?://'),
        capacity integer CHECK (capacity > 0),
        organiser_id uuid REFERENCES users(id) ON DELETE SET NULL,
        minutes_source text,
        minutes_html text,
        minutes_at timestamptz,
        revision integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        CONSTRAINT meetings_ends_after_start_ck CHECK (ends_at > starts_at),
        CHECK ((minutes_source IS NULL) = (minutes_html IS NULL)),
        CHECK ((minutes_source IS NULL) = (minutes_at IS NULL))
      )`);
    await q.query(`CREATE INDEX meetings_municipality_start_idx ON meetings (municipality_id, starts_at, id)`);
    await q.query(
      `CREATE INDEX meetings_consultation_start_idx ON meetings (consultation_id, starts_at, id) WHERE consultation_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX meetings_network_start_idx ON meetings (network_id, starts_at, id) WHERE network_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE meeting_registrations (
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('REGISTERED','WAITING')),
        registered_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        promoted_at timestamptz,
        PRIMARY KEY (meeting_id, user_id),
        CHECK (promoted_at IS NULL OR status = 'REGISTERED')
      )`);
    await q.query(
      `CREATE INDEX meeting_registrations_queue_idx ON meeting_registrations (meeting_id, status, registered_at, user_id)`,
    );
    await q.query(`CREATE INDEX meeting_registrations_user_idx ON meeting_registrations (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_registrations`);
    await q.query(`DROP TABLE meetings`);
  }
}
