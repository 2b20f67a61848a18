import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pre-moderation per forum category: a category's own setting replaces its
 * municipality's for posts in it (turning it on, off, or to other
 * thresholds), and global categories, which have no municipality, can have
 * one at all. A new thread whose first post is held is held with it: only its
 * author sees it until a moderator approves that post.
 */
export class CategoryPremoderation1764300800000 implements MigrationInterface {
  name = 'CategoryPremoderation1764300800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE forum_category_moderation_settings (
        category_id uuid PRIMARY KEY REFERENCES forum_categories(id) ON DELETE CASCADE,
        premoderation boolean NOT NULL,
        premoderation_account_days integer NOT NULL DEFAULT 0 CHECK (premoderation_account_days BETWEEN 0 AND 365),
        premoderation_approved_posts integer NOT NULL DEFAULT 0 CHECK (premoderation_approved_posts BETWEEN 0 AND 1000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE forum_threads ADD COLUMN held_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_threads DROP COLUMN held_at`);
    await q.query(`DROP TABLE forum_category_moderation_settings`);
  }
}
