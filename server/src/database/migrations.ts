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
  const db = await new DataSource({ ...dataSourceOptions(url), extra: { max: 1 } }).initialize();
  try {
    await db.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await db.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await db.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await db.destroy();
  }
}
