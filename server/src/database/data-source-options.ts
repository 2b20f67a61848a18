import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations/index.js';
import { PreparingClient } from './prepared-statements.js';

/**
 * One definition of the connection, shared by the server, the migrate CLI and the tests.
 * No entities: TypeORM provides the DataSource, transactions and migrations; tables are
 * reached through hand-written SQL in each feature's repositories.
 */
export function dataSourceOptions(
  url: string,
  options: { logSql?: boolean; poolSize?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    // Schema changes only ever come from migrations/.
    synchronize: false,
    migrationsRun: false,
    // Failed statements are not logged by default: a taken slug or handle is an expected answer, turned into a
    // field error; an unexpected one reaches GraphQLExceptionFilter, which logs it with its stack.
    logging: options.logSql ? ['query', 'error'] : false,
    // Repeated statements run prepared: see prepared-statements.ts.
    extra: { max: options.poolSize ?? 10, Client: PreparingClient },
  };
}
