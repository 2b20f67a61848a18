import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger function moving the read version of the threads of the posts in `transitionTable`. */
const touchThreads = (name: string, transitionTable: string, condition: string) => `
  CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE forum_threads SET read_version = read_version + 1
    WHERE id IN (SELECT DISTINCT thread_id FROM ${transitionTable})${condition};
    RETURN NULL;
  END $$`;
const NOT_WRITTEN_BY_THIS_TRANSACTION = ' AND xmin <> pg_current_xact_id()::xid';

/**
 * A thread's read version (1764300700000-ReadCache) moves once per transaction that writes the thread's row, not
 * once more for each statement on its posts. A reply used to write its thread's row four times: the claim of its
 * number, the insert's trigger, the trigger of the same statement's update of the parent's reply count, and the
 * numbering of its live event. Each write is a new version of the busiest row in the database, made while the thread
 * is locked against its other writers (0.17 ms of PostgreSQL each in the mixed-load bench).
 *
 * The posts' triggers now skip a thread whose current row this very transaction wrote (`xmin` is its id): that write
 * already moved the version, through `forum_threads_read_version`, and readers see both at the commit. A write made
 * inside a savepoint carries the subtransaction's id, so the triggers move the version again there: one write too
 * many, never one too few.
 */
export class ReadVersionOncePerTransaction1764301200000 implements MigrationInterface {
  name = 'ReadVersionOncePerTransaction1764301200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(touchThreads('forum_posts_touch_threads_new', 'changed_posts', NOT_WRITTEN_BY_THIS_TRANSACTION));
    await q.query(touchThreads('forum_posts_touch_threads_old', 'previous_posts', NOT_WRITTEN_BY_THIS_TRANSACTION));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(touchThreads('forum_posts_touch_threads_new', 'changed_posts', ''));
    await q.query(touchThreads('forum_posts_touch_threads_old', 'previous_posts', ''));
  }
}
