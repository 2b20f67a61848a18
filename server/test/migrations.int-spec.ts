import { DataSource } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

async function tables(db: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource(dataSourceOptions(database.url)).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('run all up, all down, and all up again, leaving the same schema', async () => {
    await db.runMigrations({ transaction: 'each' });
    const afterFirstUp = await tables(db);
    expect(afterFirstUp).toEqual(expect.arrayContaining(['municipalities', 'users', 'sessions', 'role_grants']));

    for (let i = 0; i < migrations.length; i++) await db.undoLastMigration({ transaction: 'each' });
    expect(await tables(db)).toEqual([]);
    const functions: unknown[] = await db.query(`SELECT 1 FROM pg_proc WHERE proname = 'unaccent_pl'`);
    expect(functions).toHaveLength(0);

    await db.runMigrations({ transaction: 'each' });
    expect(await tables(db)).toEqual(afterFirstUp);
    expect(await db.showMigrations()).toBe(false);
  });

  it('gives users who registered before handles existed one each, numbered when names clash', async () => {
    await db.runMigrations({ transaction: 'each' });
    // Undo down to (and including) UserHandles, whatever came after it.
    const handlesIndex = migrations.findIndex((migration) => migration.name === 'UserHandles1763900200000');
    for (let i = migrations.length - 1; i >= handlesIndex; i--) await db.undoLastMigration({ transaction: 'each' });
    await db.query(
      // The older account keeps the plain handle.
      `INSERT INTO users (email, display_name, password_hash, created_at) VALUES
         ('a@example.pl', 'Józef Łęcki', 'x', now() - interval '2 days'),
         ('b@example.pl', 'Józef Łęcki', 'x', now() - interval '1 day'),
         ('c@example.pl', '!!', 'x', now())`,
    );
    await db.runMigrations({ transaction: 'each' });
    const rows: { email: string; handle: string }[] = await db.query('SELECT email, handle FROM users ORDER BY email');
    expect(rows).toEqual([
      { email: 'a@example.pl', handle: 'jozef_lecki' },
      { email: 'b@example.pl', handle: 'jozef_lecki2' },
      { email: 'c@example.pl', handle: 'uzytkownik' },
    ]);
    await db.query(`DELETE FROM users`);
  });

  it('never synchronises the schema from entities', () => {
    expect(db.options.synchronize).toBe(false);
  });
});
