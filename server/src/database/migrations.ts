import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

// Any constant shared by every Ratusz instance; it names the advisory lock.
const MIGRATION_LOCK_KEY = 720_202_611;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so several
 * instances starting at once migrate one after another instead of racing
 * (TypeORM itself takes no lock).
 */
export async function runMigrations(url: string): Promise<string[]> {
  return underMigrationLock(url, async (db) => (await db.runMigrations({ transaction: 'each' })).map((m) => m.name));
}

/** Undoes the most recent migration, under the same lock. */
export async function revertLastMigration(url: string): Promise<void> {
  await underMigrationLock(url, (db) => db.undoLastMigration({ transaction: 'each' }));
}

async function underMigrationLock<T>(url: string, work: (db: DataSource) => Promise<T>): Promise<T> {
  // One connection: an advisory lock belongs to the session that took it.
  const db = await new DataSource({ ...dataSourceOptions(url), extra: { max: 1 } }).initialize();
  try {
    await db.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await work(db);
    } finally {
      await db.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await db.destroy();
  }
}
