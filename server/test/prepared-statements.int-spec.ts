import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** The session's own prepared statements whose text is `text` (one pooled connection, so always the same session). */
async function preparedAs(db: DataSource, text: string): Promise<string[]> {
  const rows: { name: string }[] = await db.query(`SELECT name FROM pg_prepared_statements WHERE statement = $1`, [
    text,
  ]);
  return rows.map((row) => row.name);
}

describe('prepared statements', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection: what one statement prepared, the next one on the pool sees.
    db = await new DataSource(dataSourceOptions(database.url, { poolSize: 1 })).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('prepares a statement sent again, and answers each run with its own parameters', async () => {
    const text = `SELECT $1::int * 2 AS doubled`;
    const answers: number[] = [];
    for (const n of [1, 2, 3]) answers.push((await db.query(text, [n]))[0].doubled);
    expect(answers).toEqual([2, 4, 6]);
    expect(await preparedAs(db, text)).toEqual([expect.stringMatching(/^ratusz_\d+$/)]);
  });

  it('leaves a text sent once, and statements without parameters, unprepared', async () => {
    const once = `SELECT $1::text AS once`;
    await db.query(once, ['a']);
    expect(await preparedAs(db, once)).toEqual([]);
    const plain = `SELECT 42 AS answer`;
    for (let i = 0; i < 3; i++) expect(await db.query(plain)).toEqual([{ answer: 42 }]);
    expect(await preparedAs(db, plain)).toEqual([]);
  });

  it('keeps working after a prepared statement failed, and after a rolled-back transaction', async () => {
    const text = `SELECT 10 / $1::int AS quotient`;
    await db.query(text, [5]);
    await db.query(text, [5]);
    await expect(db.query(text, [0])).rejects.toThrow(/division by zero/);
    expect(await db.query(text, [2])).toEqual([{ quotient: 5 }]);

    await expect(
      db.transaction(async (tx) => {
        expect(await tx.query(text, [1])).toEqual([{ quotient: 10 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db.query(text, [10])).toEqual([{ quotient: 1 }]);
    expect(await preparedAs(db, text)).toHaveLength(1);
  });

  it('sees a table changed under a prepared statement', async () => {
    await db.query(`CREATE TABLE prepared_probe (id int PRIMARY KEY, label text)`);
    await db.query(`INSERT INTO prepared_probe VALUES (1, 'jeden')`);
    const text = `SELECT label FROM prepared_probe WHERE id = $1`;
    await db.query(text, [1]);
    expect(await db.query(text, [1])).toEqual([{ label: 'jeden' }]);
    // A migration adding a column or an index: the statement's result is the same, so PostgreSQL re-plans it.
    await db.query(`ALTER TABLE prepared_probe ADD COLUMN note text`);
    await db.query(`CREATE INDEX prepared_probe_label ON prepared_probe (label)`);
    await db.query(`UPDATE prepared_probe SET label = 'raz' WHERE id = 1`);
    expect(await db.query(text, [1])).toEqual([{ label: 'raz' }]);
  });
});
