import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../migrations/index.js';
import { entities } from './entities.js';

/** One definition of the connection, shared by the server, the migrate CLI and the tests. */
export function dataSourceOptions(
  url: string,
  options: { logSql?: boolean; poolSize?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    // Schema changes only ever come from migrations/.
    synchronize: false,
    migrationsRun: false,
    // Failed statements are not logged by default: a taken slug or handle is an expected answer, turned into a
    // field error; an unexpected one reaches GraphQLExceptionFilter, which logs it with its stack.
    logging: options.logSql ? ['query', 'error'] : false,
    extra: { max: options.poolSize ?? 10 },
  };
}
