import type { DataSource, EntityManager } from 'typeorm';

/**
 * The few shapes every repository repeats. Repositories write SQL by hand
 * (numbered parameters, `AS "camelCase"` column lists so a row already has the
 * model's property names); these helpers only remove the boilerplate around it.
 */
export type Queryable = DataSource | EntityManager;

/** All rows of a SELECT (or of a statement wrapped by {@link returning}). */
export async function rows<T>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return (await db.query(sql, params as unknown[])) as T[];
}

/** The first row, or null. */
export async function one<T>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<T | null> {
  const found = await rows<T>(db, sql, params);
  return found[0] ?? null;
}

/**
 * Runs `INSERT/UPDATE/DELETE … RETURNING …` and gives back its rows.
 * TypeORM answers a bare UPDATE or DELETE … RETURNING with `[rows, count]`
 * (an INSERT with the rows), so the statement is wrapped in a CTE, which every
 * kind of statement answers the same way.
 */
export async function returning<T>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  return rows<T>(db, `WITH changed AS (${sql}) SELECT * FROM changed`, params);
}

/** {@link returning}, first row or null. */
export async function returningOne<T>(db: Queryable, sql: string, params: readonly unknown[] = []): Promise<T | null> {
  const found = await returning<T>(db, sql, params);
  return found[0] ?? null;
}

interface PgErrorShape {
  code?: string;
  constraint?: string;
  driverError?: { code?: string; constraint?: string };
}

/** The PostgreSQL error behind a TypeORM QueryFailedError (or the pg error itself). */
export function pgError(error: unknown): { code?: string; constraint?: string } {
  if (typeof error !== 'object' || error === null) return {};
  const shaped = error as PgErrorShape;
  return shaped.driverError ?? shaped;
}

/** A unique constraint failed (optionally: this constraint). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = pgError(error);
  return pg.code === '23505' && (constraint === undefined || pg.constraint === constraint);
}

/** A foreign key pointed nowhere (optionally: this constraint). */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  const pg = pgError(error);
  return pg.code === '23503' && (constraint === undefined || pg.constraint === constraint);
}

/**
 * DataLoader batch results: one entry per requested key, in the keys' order,
 * `missing` where no row matched.
 */
export function mapByKeys<K, R, V = R>(
  keys: readonly K[],
  found: readonly R[],
  keyOf: (row: R) => K,
  missing: V,
  valueOf: (row: R) => V = (row) => row as unknown as V,
): V[] {
  const byKey = new Map<K, V>();
  for (const row of found) byKey.set(keyOf(row), valueOf(row));
  return keys.map((key) => (byKey.has(key) ? byKey.get(key)! : missing));
}

/** DataLoader batch results for one-to-many relations: every key gets its rows (in query order), or []. */
export function groupByKeys<K, R, V = R>(
  keys: readonly K[],
  found: readonly R[],
  keyOf: (row: R) => K,
  valueOf: (row: R) => V = (row) => row as unknown as V,
): V[][] {
  const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of found) byKey.get(keyOf(row))?.push(valueOf(row));
  return keys.map((key) => byKey.get(key) ?? []);
}

/** Whether each key is in the set of rows found (DataLoader batch for yes/no questions). */
export function presenceByKeys<K, R>(keys: readonly K[], found: readonly R[], keyOf: (row: R) => K): boolean[] {
  const present = new Set(found.map(keyOf));
  return keys.map((key) => present.has(key));
}

/**
 * The keyset condition "after this row" for a multi-column order:
 * `(a, b, id) < ($n, $n+1, $n+2)` for a descending order, `>` for ascending.
 * Appends the cursor's values to `params` and returns the SQL fragment.
 * Each column is given with its cast (e.g. `t.last_activity_at` → `::timestamptz`)
 * so text from a cursor compares as the column's type.
 */
export function keysetAfter(
  columns: readonly { sql: string; cast?: string }[],
  values: readonly unknown[],
  params: unknown[],
  direction: 'ASC' | 'DESC',
): string {
  if (columns.length !== values.length) throw new Error('keysetAfter: one value per column');
  const placeholders = values.map((value, index) => {
    params.push(value);
    const cast = columns[index].cast ? `::${columns[index].cast}` : '';
    return `$${params.length}${cast}`;
  });
  const operator = direction === 'DESC' ? '<' : '>';
  return `(${columns.map((c) => c.sql).join(', ')}) ${operator} (${placeholders.join(', ')})`;
}
