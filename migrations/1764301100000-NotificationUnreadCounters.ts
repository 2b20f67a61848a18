import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each user's number of unread notifications, kept by triggers on
 * `notifications`, so the live push after a post's fan-out reads one row per
 * recipient instead of counting every unread notification they have: counting
 * cost 11 ms of PostgreSQL per reply once 20 followers had some 600 unread
 * each, and grew with every notification nobody read.
 *
 * Triggers, not the repository, because every way a notification appears,
 * is read or goes (the fan-out, marking read, an account's deletion, a cascade
 * from a deleted user) must move the counter in the same statement.
 * Statement-level, over the transition tables: one upsert per statement
 * whatever the number of recipients, taken in recipient order so two fan-outs
 * lock shared recipients in the same order.
 */
export class NotificationUnreadCounters1764301100000 implements MigrationInterface {
  name = 'NotificationUnreadCounters1764301100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_unread_counts (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        unread integer NOT NULL CHECK (unread >= 0)
      )`);
    await q.query(`
      CREATE FUNCTION notifications_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO notification_unread_counts AS c (user_id, unread)
          SELECT recipient_id, count(*) FROM inserted WHERE read_at IS NULL GROUP BY recipient_id ORDER BY recipient_id
        ON CONFLICT (user_id) DO UPDATE SET unread = c.unread + excluded.unread;
        RETURN NULL;
      END $$`);
    // Decrements only update: in a cascade from a deleted user its counter may be gone already, which is fine.
    await q.query(`
      CREATE FUNCTION notifications_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE notification_unread_counts c SET unread = c.unread + d.delta
        FROM (
          SELECT recipient_id, sum(delta)::int AS delta FROM (
            SELECT recipient_id, -1 AS delta FROM removed WHERE read_at IS NULL
            UNION ALL
            SELECT recipient_id, 1 FROM kept WHERE read_at IS NULL
          ) rows GROUP BY recipient_id HAVING sum(delta) <> 0 ORDER BY recipient_id
        ) d
        WHERE c.user_id = d.recipient_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION notifications_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE notification_unread_counts c SET unread = c.unread - d.gone
        FROM (
          SELECT recipient_id, count(*)::int AS gone FROM removed WHERE read_at IS NULL
          GROUP BY recipient_id ORDER BY recipient_id
        ) d
        WHERE c.user_id = d.recipient_id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER notifications_count_inserted AFTER INSERT ON notifications
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION notifications_count_inserted()`);
    await q.query(`
      CREATE TRIGGER notifications_count_changed AFTER UPDATE ON notifications
        REFERENCING OLD TABLE AS removed NEW TABLE AS kept FOR EACH STATEMENT EXECUTE FUNCTION notifications_count_changed()`);
    await q.query(`
      CREATE TRIGGER notifications_count_deleted AFTER DELETE ON notifications
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION notifications_count_deleted()`);
    // The counts so far; the table is locked meanwhile so no notification slips between the count and the triggers.
    await q.query(`LOCK TABLE notifications IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`
      INSERT INTO notification_unread_counts (user_id, unread)
      SELECT recipient_id, count(*) FROM notifications WHERE read_at IS NULL GROUP BY recipient_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER notifications_count_deleted ON notifications`);
    await q.query(`DROP TRIGGER notifications_count_changed ON notifications`);
    await q.query(`DROP TRIGGER notifications_count_inserted ON notifications`);
    await q.query(`DROP FUNCTION notifications_count_deleted()`);
    await q.query(`DROP FUNCTION notifications_count_changed()`);
    await q.query(`DROP FUNCTION notifications_count_inserted()`);
    await q.query(`DROP TABLE notification_unread_counts`);
  }
}
