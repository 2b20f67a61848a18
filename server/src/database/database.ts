import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedDatabase, type RunningDatabase } from './embedded-database.js';

/** DATABASE_URL when given; otherwise the embedded PostgreSQL in RATUSZ_DATA_DIR. */
export async function resolveDatabase(config: AppConfig, log: (line: string) => void): Promise<RunningDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, stop: async () => undefined };
  }
  log(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${config.dataDir})`);
  return startEmbeddedDatabase(config.dataDir, log);
}
