import { DataSource } from 'typeorm';
import { foldPolish, POLISH_FOLD_FROM, POLISH_FOLD_TO, POLISH_LETTER_FOLDS, slugify } from '@ratusz/shared';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/*
 * Polish folding is defined once, in @ratusz/shared, but runs in three
 * places: foldPolish (search terms and highlights), slugify (addresses) and
 * the SQL function unaccent_pl (search vectors, name filters, handles) that a
 * migration froze. A search for "zolc" finds "Żółć" only while they agree.
 */

const LETTERS = [...POLISH_FOLD_FROM];
const WORDS = ['Żółć', 'gęślą', 'jaźń', 'ŁÓDŹ', 'Źdźbło', 'Gżegżółka', 'Świętokrzyskie', 'Ząbki', 'Łużna', 'Ćma'];
const SENTENCES = ['Zażółć gęślą jaźń', 'PCHNĄĆ W TĘ ŁÓDŹ JEŻA', 'Ścieżka rowerowa na Żoliborzu — 2026!'];

describe('Polish folding: shared foldPolish, slugify and SQL unaccent_pl agree', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await new DataSource(dataSourceOptions(database.url)).initialize();
    await db.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  /** unaccent_pl of each text, in one round trip. */
  async function unaccentPl(texts: string[]): Promise<string[]> {
    const rows: { folded: string }[] = await db.query(
      `SELECT unaccent_pl(t.text) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS t(text, n) ORDER BY t.n`,
      [texts],
    );
    return rows.map((row) => row.folded);
  }

  it('covers every Polish letter in both cases', () => {
    const lower = Object.keys(POLISH_LETTER_FOLDS);
    expect(LETTERS).toEqual([...lower, ...lower.map((letter) => letter.toUpperCase())]);
    expect(new Set(LETTERS).size).toBe(18);
  });

  it.each(LETTERS)('folds %s the same way everywhere', async (letter) => {
    const [sql] = await unaccentPl([letter]);
    const expected = POLISH_FOLD_TO[POLISH_FOLD_FROM.indexOf(letter)]!.toLowerCase();
    expect(foldPolish(letter)).toBe(expected);
    expect(slugify(letter)).toBe(expected);
    expect(sql).toBe(expected);
  });

  it('folds whole words and sentences the same way', async () => {
    const texts = [...WORDS, ...SENTENCES];
    const sql = await unaccentPl(texts);
    expect(sql).toEqual(texts.map((text) => foldPolish(text)));
    // A single word has nothing for slugify to turn into dashes.
    expect(WORDS.map((word) => slugify(word))).toEqual(sql.slice(0, WORDS.length));
    expect(sql.slice(0, 3)).toEqual(['zolc', 'gesla', 'jazn']);
  });

  it('is the translate() the shared table derives', async () => {
    const all = LETTERS.join('');
    const [[{ fromTable }], [sql]] = await Promise.all([
      db.query(`SELECT lower(translate($1, $2, $3)) AS "fromTable"`, [
        all,
        POLISH_FOLD_FROM,
        POLISH_FOLD_TO,
      ]) as Promise<{ fromTable: string }[]>,
      unaccentPl([all]),
    ]);
    expect(sql).toBe(fromTable);
    expect(sql).toBe(foldPolish(all));
  });
});
