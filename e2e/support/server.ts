import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApp, type StartedApp } from '../../server/src/bootstrap.js';
import { REPO_ROOT, loadConfig } from '../../server/src/config/app-config.js';
import { createTestDatabase, type TestDatabase } from '../../server/test/support/test-database.js';
import { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { forgetMailbox, registerOutboxMailbox } from '../../server/test/support/mailbox.js';
import { relaxedRateLimits } from '../../server/test/support/test-app.js';

export interface E2EServer {
  url: string;
  started: StartedApp;
  /** A GraphQL client for seeding through the API, as a second browser would. */
  api(): GraphQLClient;
  close(): Promise<void>;
}

/** The production bootstrap with the built client, on port 0 and a fresh database with demo data. */
export async function startE2EServer(): Promise<E2EServer> {
  // E2E_CLIENT_DIST: a client built elsewhere (`vite build --outDir …`), so parallel work need not share client/dist.
  const clientDistDir = process.env.E2E_CLIENT_DIST || path.join(REPO_ROOT, 'client', 'dist');
  if (!existsSync(path.join(clientDistDir, 'index.html'))) {
    throw new Error('The client is not built: run `npm run build` before the e2e tests (npm test does).');
  }
  const database: TestDatabase = await createTestDatabase();
  const config = {
    ...loadConfig({}),
    // The same output whether or not the tests run in a terminal.
    logFormat: 'json' as const,
    port: 0,
    host: '127.0.0.1',
    databaseUrl: database.url,
    clientDistDir,
    seedDemoData: true,
    // Every browser and API client of a test shares 127.0.0.1 and seeds quickly; the limits have their own tests.
    rateLimits: relaxedRateLimits(),
  };
  const started = await createApp(config, database.url, { logger: ['error'] });
  const url = `http://127.0.0.1:${started.port}`;
  registerOutboxMailbox(url, started.app);
  return {
    url,
    started,
    api: () => new GraphQLClient(url),
    async close() {
      forgetMailbox(url);
      await started.app.close();
      await database.drop();
    },
  };
}
