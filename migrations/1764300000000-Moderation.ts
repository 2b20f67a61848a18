import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation in the open: flags on any moderatable item (one per user and
 * item), the queue's items with their state, warnings and blocks per
 * municipality, the per-municipality flag threshold, and the public log.
 * Each content table gets the public reason it shows when hidden.
 */
export class Moderation1764300000000 implements MigrationInterface {
  name = 'Moderation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['forum_posts', 'forum_threads', 'proposals', 'problem_tree_nodes']) {
      await q.query(`ALTER TABLE ${table}
        ADD COLUMN hidden_reason text CHECK (char_length(hidden_reason) BETWEEN 1 AND 500),
        ADD COLUMN hidden_at timestamptz,
        ADD CONSTRAINT ${table}_hidden_ck CHECK ((hidden_reason IS NULL) = (hidden_at IS NULL))`);
    }

    // A reply held for pre-moderation: its author sees it, nobody else until a moderator approves it.
    await q.query(`ALTER TABLE forum_posts ADD COLUMN held_at timestamptz`);

    await q.query(`
      CREATE TABLE moderation_settings (
        municipality_id uuid PRIMARY KEY REFERENCES municipalities(id) ON DELETE CASCADE,
        flag_threshold integer NOT NULL DEFAULT 3 CHECK (flag_threshold BETWEEN 1 AND 100),
        -- Pre-moderation: replies by accounts younger than the days or with fewer visible posts wait for approval.
        premoderation boolean NOT NULL DEFAULT false,
        premoderation_account_days integer NOT NULL DEFAULT 0 CHECK (premoderation_account_days BETWEEN 0 AND 365),
        premoderation_approved_posts integer NOT NULL DEFAULT 0 CHECK (premoderation_approved_posts BETWEEN 0 AND 1000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    const kinds = `'POST','THREAD','PROPOSAL','TREE_NODE'`;
    await q.query(`
      CREATE TABLE moderation_items (
        kind text NOT NULL CHECK (kind IN (${kinds})),
        item_id uuid NOT NULL,
        municipality_id uuid REFERENCES municipalities(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        state text NOT NULL DEFAULT 'OPEN'
          CHECK (state IN ('OPEN','AUTO_HIDDEN','HELD','HIDDEN','DISMISSED','RESTORED','APPROVED','REMOVED')),
        open_flag_count integer NOT NULL DEFAULT 0 CHECK (open_flag_count >= 0),
        last_flagged_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, item_id)
      )`);
    await q.query(`CREATE INDEX moderation_items_queue_idx ON moderation_items (municipality_id, last_flagged_at DESC)
                   WHERE state IN ('OPEN','AUTO_HIDDEN','HELD')`);
    await q.query(`CREATE INDEX moderation_items_author_idx ON moderation_items (author_id)`);

    await q.query(`
      CREATE TABLE moderation_flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        item_id uuid NOT NULL,
        flagger_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (reason IN ('SPAM','OFFENSIVE','OFF_TOPIC','PERSONAL_DATA','OTHER')),
        note text CHECK (char_length(note) BETWEEN 1 AND 500),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT moderation_flags_once_uq UNIQUE (kind, item_id, flagger_id),
        FOREIGN KEY (kind, item_id) REFERENCES moderation_items (kind, item_id) ON DELETE CASCADE,
        CHECK (reason <> 'OTHER' OR note IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX moderation_flags_item_idx ON moderation_flags (kind, item_id, created_at)`);

    await q.query(`
      CREATE TABLE moderation_sanctions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('WARNING','BLOCK')),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        issued_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ends_at timestamptz,
        lifted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'BLOCK') = (ends_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX moderation_sanctions_user_idx ON moderation_sanctions (user_id, municipality_id, kind)`,
    );

    await q.query(`
      CREATE TABLE moderation_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid REFERENCES municipalities(id) ON DELETE CASCADE,
        action text NOT NULL,
        actor_role text NOT NULL CHECK (actor_role IN ('ADMIN','OFFICIAL','MODERATOR','SYSTEM')),
        -- Kept for accountability inside the database; never exposed by the public log.
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        item_kind text CHECK (item_kind IN (${kinds})),
        item_id uuid,
        reason text CHECK (char_length(reason) <= 500),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX moderation_log_listing_idx ON moderation_log (created_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX moderation_log_municipality_idx ON moderation_log (municipality_id, created_at DESC, id DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE moderation_log`);
    await q.query(`DROP TABLE moderation_sanctions`);
    await q.query(`DROP TABLE moderation_flags`);
    await q.query(`DROP TABLE moderation_items`);
    await q.query(`DROP TABLE moderation_settings`);
    await q.query(`ALTER TABLE forum_posts DROP COLUMN held_at`);
    for (const table of ['problem_tree_nodes', 'proposals', 'forum_threads', 'forum_posts']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_hidden_ck,
        DROP COLUMN hidden_at, DROP COLUMN hidden_reason`);
    }
  }
}
