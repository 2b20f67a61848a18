import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { loadConfig } from './config/app-config.js';
import { resolveDatabase } from './database/database.js';

async function main(): Promise<void> {
  const logger = new Logger('Ratusz');
  const config = loadConfig();
  const database = await resolveDatabase(config, (line) => logger.log(line));

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.log(`${signal} received, shutting down`);
    await started?.app.close().catch((error: unknown) => logger.error(String(error)));
    await database.stop().catch((error: unknown) => logger.error(String(error)));
    process.exit(0);
  };
  // Registered before the app starts so a Ctrl+C during boot still stops the embedded database.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let started: Awaited<ReturnType<typeof createApp>> | undefined;
  try {
    started = await createApp(config, database.url);
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }

  if (started.seed.seeded) {
    logger.log('Demo accounts (password for all: ' + started.seed.accounts[0]?.password + '):');
    for (const account of started.seed.accounts) logger.log(`  ${account.email}`);
  }
  logger.log(`Ratusz is running at ${started.url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
