import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../config/app-config.js';
import { resolveDatabase } from '../database/database.js';
import { runMigrations } from '../database/migrations.js';
import { CliModule } from '../cli.module.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { SeedService } from './seed.service.js';

/** `npm run seed`: loads the demo data into the configured database; adds what is missing, changes nothing else. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => console.log(line));
  try {
    await runMigrations(database.url);
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), {
      logger: ['error'],
    });
    try {
      const result = await app.get(SeedService).seed();
      console.log(`Demo data loaded. Accounts (password ${DEMO_PASSWORD}):`);
      for (const account of result.accounts) console.log(`  ${account.email}`);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  new Logger('seed').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
