import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Threaded forum: threads in categories, posts at any depth addressed by a
 * materialised path (a subtree is one range scan), edit history, reactions,
 * per-user read positions, and a per-thread event log whose sequence lets a
 * reconnecting client ask for exactly what it missed.
 */
export class Forum1763900100000 implements MigrationInterface {
  name = 'Forum1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE forum_threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category_id uuid NOT NULL REFERENCES forum_categories(id) ON DELETE RESTRICT,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        -- What the thread discusses: a consultation, a proposal or a problem-tree node (tables come later).
        subject_type text CHECK (subject_type IN ('CONSULTATION','PROPOSAL','PROBLEM_TREE_NODE')),
        subject_id uuid,
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        post_count integer NOT NULL DEFAULT 0,
        last_post_number integer NOT NULL DEFAULT 0,
        seq bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', unaccent_pl(title))) STORED,
        CHECK ((subject_type IS NULL) = (subject_id IS NULL))
      )`);
    await q.query(
      `CREATE INDEX forum_threads_listing_idx ON forum_threads (category_id, pinned DESC, last_activity_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX forum_threads_subject_idx ON forum_threads (subject_type, subject_id) WHERE subject_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX forum_threads_search_idx ON forum_threads USING gin (search)`);

    await q.query(`
      CREATE TABLE forum_posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES forum_threads(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES forum_posts(id) ON DELETE RESTRICT,
        number integer NOT NULL,
        -- Six base-36 digits of each ancestor's number, root first: sorting by path is depth-first, oldest first.
        path text COLLATE "C" NOT NULL,
        depth integer NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        body_source text,
        body_html text,
        stance text CHECK (stance IN ('FOR','AGAINST','NEUTRAL')),
        quoted_post_id uuid REFERENCES forum_posts(id) ON DELETE SET NULL,
        score integer NOT NULL DEFAULT 0,
        reply_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', unaccent_pl(coalesce(body_source, '')))) STORED,
        UNIQUE (thread_id, number),
        UNIQUE (thread_id, path),
        CHECK (char_length(body_source) <= 20000),
        CHECK ((deleted_at IS NULL) = (body_source IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX forum_posts_parent_idx ON forum_posts (parent_id)`);
    await q.query(`CREATE INDEX forum_posts_search_idx ON forum_posts USING gin (search)`);

    await q.query(`
      CREATE TABLE forum_post_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES forum_posts(id) ON DELETE CASCADE,
        editor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        previous_source text NOT NULL,
        previous_html text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX forum_post_revisions_post_idx ON forum_post_revisions (post_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE forum_post_mentions (
        post_id uuid NOT NULL REFERENCES forum_posts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (post_id, user_id)
      )`);
    await q.query(`CREATE INDEX forum_post_mentions_user_idx ON forum_post_mentions (user_id)`);

    await q.query(`
      CREATE TABLE forum_reactions (
        post_id uuid NOT NULL REFERENCES forum_posts(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id)
      )`);

    await q.query(`
      CREATE TABLE forum_read_positions (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES forum_threads(id) ON DELETE CASCADE,
        last_read_number integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, thread_id)
      )`);

    await q.query(`
      CREATE TABLE forum_events (
        thread_id uuid NOT NULL REFERENCES forum_threads(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (thread_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE forum_events`);
    await q.query(`DROP TABLE forum_read_positions`);
    await q.query(`DROP TABLE forum_reactions`);
    await q.query(`DROP TABLE forum_post_mentions`);
    await q.query(`DROP TABLE forum_post_revisions`);
    await q.query(`DROP TABLE forum_posts`);
    await q.query(`DROP TABLE forum_threads`);
  }
}
