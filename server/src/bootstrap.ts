import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { DestinationStream, Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module.js';
import { securityHeaders } from './common/http/security-headers.js';
import { auditRequestScope } from './audit/audit-scope.js';
import { createRootLogger, PinoLoggerService, requestLogging } from './common/logging/logger.js';
import { runMigrations } from './database/migrations.js';
import { GracefulShutdownService } from './health/graceful-shutdown.service.js';
import type { AppConfig } from './config/app-config.js';
import { RedisIoAdapter } from './realtime/redis-io.adapter.js';
import { SeedService, type SeedResult } from './seed/seed.service.js';

export interface StartedApp {
  app: NestExpressApplication;
  url: string;
  port: number;
  seed: SeedResult;
}

/**
 * Builds and starts the whole server on `databaseUrl`. Used by main.ts and by
 * the integration and e2e tests, so tests run exactly what production runs.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: {
    /** Levels of the logger built here; ignored when `log` is given. */
    logger?: LogLevel[] | false;
    /** Where that logger writes (tests read it); stdout by default. */
    logDestination?: DestinationStream;
    /** A logger the caller built already (main.ts logs before the app exists). */
    log?: PinoLogger;
  } = {},
): Promise<StartedApp> {
  await runMigrations(databaseUrl);
  const log =
    options.log ??
    createRootLogger({
      format: config.logFormat,
      levels: options.logger ?? ['log', 'warn', 'error'],
      destination: options.logDestination,
    });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl }), {
    logger: new PinoLoggerService(log),
    // Throw instead of exiting the process, so callers (main.ts, tests) decide what a failed boot means.
    abortOnError: false,
  });
  // No app.enableShutdownHooks(): main.ts owns SIGTERM/SIGINT, draining requests before it closes the app (Nest's
  // own hook would close the database pool under requests still in progress).
  if (config.trustProxy !== false) app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Before everything else, so a graceful shutdown knows every request still in progress.
  app.use(app.get(GracefulShutdownService).trackRequests);
  // Then the request id, so every record written while serving the request carries it.
  app.use(requestLogging(log));
  // The client's address for the audit log (after `trust proxy`, so it is the client's, not the proxy's).
  app.use(auditRequestScope);
  // Then, so every answer (API, client, errors, uploads) carries the headers.
  app.use(securityHeaders({ https: config.cookieSecure }));

  if (config.redisUrl) {
    const adapter = new RedisIoAdapter(app, config.redisUrl, config.redisChannelPrefix);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  }

  // Before init: Nest installs its 404 handler during init, and anything registered after it is never reached.
  serveClient(app, config.clientDistDir);
  await app.init();

  const seedService = app.get(SeedService);
  const seed = config.seedDemoData ? await seedService.seedIfEmpty() : { seeded: false, accounts: [] };

  await app.listen(config.port, config.host ?? '0.0.0.0');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return { app, port, url: `http://localhost:${port}`, seed };
}

/** Paths the server answers itself; the client's history fallback must never shadow them. */
const SERVER_PATHS = ['/graphql', '/socket.io', '/health', '/api', '/ical', '/metrics'];

/** The built React app on the same port as the API, with history-API fallback for client routes. */
function serveClient(app: NestExpressApplication, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Client').warn(`No client build at ${distDir}; serving the API only (run "npm run build").`);
    return;
  }
  app.useStaticAssets(distDir, { index: false, maxAge: '1h', setHeaders: noCacheForHtml });
  app.use((req: Request, res: Response, next: NextFunction) => {
    // Only page loads get index.html: API paths never, and clients that accept anything (curl, fetch, health
    // checkers) send */*, which prefers JSON here.
    const isApi = SERVER_PATHS.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`));
    if (req.method !== 'GET' || isApi || req.accepts(['json', 'html']) !== 'html') {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function noCacheForHtml(res: Response, filePath: string): void {
  // Hashed assets may be cached; index.html must not, or a deploy would keep old clients.
  if (filePath.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
