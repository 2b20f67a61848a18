import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (in-app, e-mailed at once or in a daily digest), per-user
 * delivery settings, thread follows, the mail outbox every e-mail is written
 * to first, and single-use password-reset tokens.
 */
export class Notifications1764300100000 implements MigrationInterface {
  name = 'Notifications1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        subject_kind text NOT NULL,
        subject_id text NOT NULL,
        -- Plain ids, no foreign keys: a notification only groups and links by them, and raising one must never fail
        -- the write that caused it (a thread may name a consultation that is written later in the same seed).
        consultation_id uuid,
        municipality_id uuid,
        title text NOT NULL,
        path text NOT NULL,
        dedupe_key text NOT NULL,
        -- How the recipient wanted it when it was raised: IN_APP, EMAIL_IMMEDIATELY or DAILY_DIGEST (OFF is not stored).
        delivery text NOT NULL CHECK (delivery IN ('IN_APP','EMAIL_IMMEDIATELY','DAILY_DIGEST')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        read_at timestamptz,
        -- Set in the transaction that writes its e-mail to the outbox, so it is mailed once.
        mailed_at timestamptz,
        CONSTRAINT notifications_recipient_dedupe_uq UNIQUE (recipient_id, dedupe_key)
      )`);
    await q.query(`CREATE INDEX notifications_list_idx ON notifications (recipient_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);
    await q.query(
      `CREATE INDEX notifications_unmailed_idx ON notifications (delivery, created_at)
       WHERE mailed_at IS NULL AND delivery <> 'IN_APP'`,
    );

    await q.query(`
      CREATE TABLE notification_settings (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        type text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('IN_APP','EMAIL_IMMEDIATELY','DAILY_DIGEST','OFF')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, type)
      )`);

    await q.query(`
      CREATE TABLE thread_follows (
        thread_id uuid NOT NULL REFERENCES forum_threads(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (thread_id, user_id)
      )`);
    await q.query(`CREATE INDEX thread_follows_user_idx ON thread_follows (user_id)`);

    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        kind text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        -- STORED: no SMTP configured, the outbox is where it stays; PENDING: waiting for SMTP; SENT; FAILED.
        status text NOT NULL CHECK (status IN ('STORED','PENDING','SENT','FAILED')),
        error text,
        -- Failed tries so far; a temporary SMTP failure is tried again at next_attempt_at (backing off).
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX mail_outbox_pending_idx ON mail_outbox (next_attempt_at) WHERE status = 'PENDING'`);

    await q.query(`
      CREATE TABLE password_reset_tokens (
        token_hash bytea PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id)`);

    // Keys the server signs links with (e-mail unsubscribe), shared by every instance; made at first use.
    await q.query(`
      CREATE TABLE app_secrets (
        name text PRIMARY KEY,
        secret bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // A deleted account keeps its row, emptied of personal data, so what others wrote in reply still makes sense
    // and every foreign key (ballots' counts, moderation logs) stays valid; its posts then show "deleted user".
    await q.query(`ALTER TABLE users ADD COLUMN deleted_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN deleted_at`);
    await q.query(`DROP TABLE app_secrets`);
    await q.query(`DROP TABLE password_reset_tokens`);
    await q.query(`DROP TABLE mail_outbox`);
    await q.query(`DROP TABLE thread_follows`);
    await q.query(`DROP TABLE notification_settings`);
    await q.query(`DROP TABLE notifications`);
  }
}
