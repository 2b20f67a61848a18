import 'reflect-metadata';
import { loadConfig } from '../config/app-config.js';
import { resolveDatabase } from './database.js';
import { revertLastMigration, runMigrations } from './migrations.js';

/** `npm run migrate` applies every pending migration; `npm run migrate:revert` undoes the last one. */
async function main(direction: string | undefined): Promise<void> {
  if (direction !== 'up' && direction !== 'down') throw new Error('Usage: migrate.cli.js up|down');
  const database = await resolveDatabase(loadConfig(), (line) => console.log(line));
  try {
    if (direction === 'up') {
      const applied = await runMigrations(database.url);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
    } else {
      await revertLastMigration(database.url);
      console.log('Reverted the last migration.');
    }
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
