import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { resolveDatabase } from './database.js';
import { dataSourceOptions } from './data-source-options.js';
import { runMigrations } from './migrations.js';

/** `npm run migrate` applies every pending migration; `npm run migrate:revert` undoes the last one. */
async function main(direction: string | undefined): Promise<void> {
  if (direction !== 'up' && direction !== 'down') throw new Error('Usage: migrate.cli.js up|down');
  const database = await resolveDatabase(loadConfig(), (line) => console.log(line));
  const dataSource = new DataSource(dataSourceOptions(database.url));
  try {
    await dataSource.initialize();
    if (direction === 'up') {
      const applied = await runMigrations(database.url);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
    } else {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    }
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
