import type { DataSource } from 'typeorm';

/**
 * Counts the SQL statements a DataSource sends while `run` executes, by
 * wrapping TypeORM's logger hook that every query passes through.
 */
export async function countStatements(
  db: DataSource,
  run: () => Promise<unknown>,
): Promise<{ count: number; statements: string[] }> {
  const logger = db.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    statements.push(query.replace(/\s+/g, ' ').trim());
    original(query, parameters, runner);
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return { count: statements.length, statements };
}
