import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions for the anonymous read cache (server/src/common/read-cache/): a thread page may be served from memory
 * only while nothing it shows has changed, so the database itself counts every change, whichever code path made it
 * (replies, edits, reactions, moderation, account deletion, a migration or a manual fix):
 * - `forum_threads.read_version` goes up on any change to the thread's row or to any of its posts;
 * - `read_cache_generation` goes up on any change to users or organisations, whose names and badges pages show.
 * Statement-level triggers with transition tables: a statement touching thousands of posts bumps each thread once.
 */
export class ReadCache1764300700000 implements MigrationInterface {
  name = 'ReadCache1764300700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_threads ADD COLUMN read_version bigint NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE FUNCTION forum_threads_bump_read_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.read_version := OLD.read_version + 1;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER forum_threads_read_version BEFORE UPDATE ON forum_threads
      FOR EACH ROW EXECUTE FUNCTION forum_threads_bump_read_version()`);

    // One function per transition table name: INSERT has only NEW rows, DELETE only OLD, UPDATE both.
    await q.query(`
      CREATE FUNCTION forum_posts_touch_threads_new() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE forum_threads SET read_version = read_version + 1
        WHERE id IN (SELECT DISTINCT thread_id FROM changed_posts);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION forum_posts_touch_threads_old() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE forum_threads SET read_version = read_version + 1
        WHERE id IN (SELECT DISTINCT thread_id FROM previous_posts);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER forum_posts_read_version_insert AFTER INSERT ON forum_posts
      REFERENCING NEW TABLE AS changed_posts
      FOR EACH STATEMENT EXECUTE FUNCTION forum_posts_touch_threads_new()`);
    await q.query(`
      CREATE TRIGGER forum_posts_read_version_update AFTER UPDATE ON forum_posts
      REFERENCING NEW TABLE AS changed_posts
      FOR EACH STATEMENT EXECUTE FUNCTION forum_posts_touch_threads_new()`);
    await q.query(`
      CREATE TRIGGER forum_posts_read_version_delete AFTER DELETE ON forum_posts
      REFERENCING OLD TABLE AS previous_posts
      FOR EACH STATEMENT EXECUTE FUNCTION forum_posts_touch_threads_old()`);

    await q.query(`
      CREATE TABLE read_cache_generation (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        generation bigint NOT NULL
      )`);
    await q.query(`INSERT INTO read_cache_generation (generation) VALUES (0)`);
    await q.query(`
      CREATE FUNCTION read_cache_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE read_cache_generation SET generation = generation + 1;
        RETURN NULL;
      END $$`);
    for (const table of ['users', 'organisations']) {
      await q.query(`
        CREATE TRIGGER ${table}_read_cache_generation AFTER UPDATE OR DELETE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION read_cache_bump_generation()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['users', 'organisations']) {
      await q.query(`DROP TRIGGER ${table}_read_cache_generation ON ${table}`);
    }
    await q.query(`DROP FUNCTION read_cache_bump_generation()`);
    await q.query(`DROP TABLE read_cache_generation`);
    await q.query(`DROP TRIGGER forum_posts_read_version_delete ON forum_posts`);
    await q.query(`DROP TRIGGER forum_posts_read_version_update ON forum_posts`);
    await q.query(`DROP TRIGGER forum_posts_read_version_insert ON forum_posts`);
    await q.query(`DROP FUNCTION forum_posts_touch_threads_old()`);
    await q.query(`DROP FUNCTION forum_posts_touch_threads_new()`);
    await q.query(`DROP TRIGGER forum_threads_read_version ON forum_threads`);
    await q.query(`DROP FUNCTION forum_threads_bump_read_version()`);
    await q.query(`ALTER TABLE forum_threads DROP COLUMN read_version`);
  }
}
