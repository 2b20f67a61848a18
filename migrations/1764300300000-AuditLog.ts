import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Security-relevant events (logins, failed logins, session revocations, role
 * and admin changes, exports, data downloads, organisation verification),
 * read by administrators. Append-only: nothing updates a row. The actor is
 * kept as an id (null when unknown, e.g. a failed login) and the details as
 * JSON the service builds without passwords or tokens.
 */
export class AuditLog1764300300000 implements MigrationInterface {
  name = 'AuditLog1764300300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind ~ '^[A-Z_]{1,60}$'),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        ip text CHECK (char_length(ip) <= 100),
        target_type text CHECK (char_length(target_type) <= 60),
        target_id text CHECK (char_length(target_id) <= 200),
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX audit_events_time_idx ON audit_events (occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_events_kind_idx ON audit_events (kind, occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, occurred_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
  }
}
