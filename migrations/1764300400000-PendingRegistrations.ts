import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-ups waiting for their e-mail to be confirmed. The account is created
 * only when the e-mailed link is used, so signing up answers the same whether
 * or not the address has an account. One row per address: signing up again
 * replaces the older row, and with it the older link. The token is kept only
 * as its SHA-256 hash, like password-reset tokens.
 */
export class PendingRegistrations1764300400000 implements MigrationInterface {
  name = 'PendingRegistrations1764300400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pending_registrations (
        token_hash bytea PRIMARY KEY,
        email text NOT NULL CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        home_municipality_id uuid REFERENCES municipalities(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX pending_registrations_email_uq ON pending_registrations (email)`);
    await q.query(`CREATE INDEX pending_registrations_expires_idx ON pending_registrations (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pending_registrations`);
  }
}
