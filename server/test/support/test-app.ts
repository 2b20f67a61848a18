import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import type { RateLimitSettings } from '../../src/common/rate-limit/rate-limit.config.js';
import { RATE_LIMIT_RULE_NAMES } from '../../src/common/rate-limit/rate-limit.rules.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { GraphQLClient } from './graphql-client.js';
import { forgetMailbox, registerOutboxMailbox } from './mailbox.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
  databaseUrl: string;
  /** A new client with an empty cookie jar; pass an IP to pose as another address. */
  client(ip?: string): GraphQLClient;
  close(): Promise<void>;
}

/**
 * Tests create many posts from one account within a second, which the real
 * limits refuse; every rule stays enforced (so the guard runs in every test) but
 * far out of reach. rate-limit.int-spec.ts tests the limits themselves.
 */
export function relaxedRateLimits(overrides: Partial<RateLimitSettings['rules']> = {}): RateLimitSettings {
  const generous = { limit: 100_000, windowSeconds: 60 };
  const rules = Object.fromEntries(
    RATE_LIMIT_RULE_NAMES.map((name) => [name, { perUser: generous, perIp: generous }]),
  ) as RateLimitSettings['rules'];
  return { disabled: false, rules: { ...rules, ...overrides } };
}

/**
 * The real server (same bootstrap as production) on port 0 over a fresh
 * database. Demo data is loaded only when asked for.
 */
export async function startTestApp(
  options: { seed?: boolean; config?: Partial<AppConfig>; databaseUrl?: string } = {},
): Promise<TestApp> {
  const database = options.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database!.url;
  const config: AppConfig = {
    ...loadConfig({}),
    // The same output whether or not the tests run in a terminal.
    logFormat: 'json',
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    seedDemoData: options.seed ?? false,
    clientDistDir: '/nonexistent-client-build',
    trustProxy: true,
    rateLimits: relaxedRateLimits(),
    ...options.config,
  };
  const started = await createApp(config, databaseUrl, { logger: ['error'] });
  const url = `http://127.0.0.1:${started.port}`;
  registerOutboxMailbox(url, started.app);
  let counter = 0;
  return {
    app: started.app,
    url,
    db: started.app.get(DataSource),
    databaseUrl,
    // Each client gets its own IP unless told otherwise, so per-IP login limits of one test do not leak into another.
    client: (ip?: string) => new GraphQLClient(url, ip ?? `10.0.${Math.floor(++counter / 250)}.${counter % 250}`),
    async close() {
      forgetMailbox(url);
      await started.app.close();
      await database?.drop();
    },
  };
}
