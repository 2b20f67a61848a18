import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Changes of moderation settings in the public moderation log: a
 * municipality's flag threshold and pre-moderation (`CHANGE_SETTINGS`) and a
 * forum category's own pre-moderation (`CHANGE_CATEGORY_SETTINGS`), each with
 * the values before and after, and the category concerned. A deleted category
 * leaves its entries in the log, without the category.
 */
export class ModerationSettingsLog1764301000000 implements MigrationInterface {
  name = 'ModerationSettingsLog1764301000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE moderation_log
        ADD COLUMN category_id uuid REFERENCES forum_categories(id) ON DELETE SET NULL,
        ADD COLUMN settings_before jsonb,
        ADD COLUMN settings_after jsonb,
        ADD CONSTRAINT moderation_log_settings_ck CHECK ((settings_before IS NULL) = (settings_after IS NULL))`);
    // Deleting a category sets its entries' category_id to null: found by this index, not by reading the whole log.
    await q.query(
      `CREATE INDEX moderation_log_category_idx ON moderation_log (category_id) WHERE category_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Without their values these entries say nothing, and the code before this migration knows no such action.
    await q.query(`DELETE FROM moderation_log WHERE action IN ('CHANGE_SETTINGS', 'CHANGE_CATEGORY_SETTINGS')`);
    await q.query(`DROP INDEX moderation_log_category_idx`);
    await q.query(`
      ALTER TABLE moderation_log
        DROP CONSTRAINT moderation_log_settings_ck,
        DROP COLUMN settings_after,
        DROP COLUMN settings_before,
        DROP COLUMN category_id`);
  }
}
