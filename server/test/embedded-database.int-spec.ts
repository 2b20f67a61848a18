import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { startEmbeddedDatabase } from '../src/database/embedded-database.js';
import { GraphQLClient } from './support/graphql-client.js';
import { STRONG_PASSWORD, uniqueEmail } from './support/factories.js';

// initdb and two whole server starts (migrations, demo seed) take longer than jest's default on a busy machine.
const RESTART_TEST_TIMEOUT_MS = 120_000;

describe('embedded PostgreSQL (no DATABASE_URL)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-embedded-'));
    if (os.userInfo().uid === 0) await import('node:fs/promises').then((fs) => fs.chmod(dataDir, 0o755));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it(
    'keeps accounts and demo data across a restart of the whole server, on a new port each time',
    async () => {
      const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', dataDir, clientDistDir: '/nonexistent' };
      const email = uniqueEmail('persist');

      const firstDb = await startEmbeddedDatabase(dataDir, () => undefined);
      const first = await createApp(config, firstDb.url, { logger: false });
      expect(first.seed.seeded).toBe(true);
      const client = new GraphQLClient(`http://127.0.0.1:${first.port}`);
      await client.data(`mutation($input: RegisterInput!) { register(input: $input) { account { id } } }`, {
        input: { email, password: STRONG_PASSWORD, displayName: 'Trwała Użytkowniczka' },
      });
      await first.app.close();
      await firstDb.stop();

      const secondDb = await startEmbeddedDatabase(dataDir, () => undefined);
      try {
        expect(new URL(secondDb.url).port).not.toBe('');
        const second = await createApp(config, secondDb.url, { logger: false });
        try {
          expect(second.seed.seeded).toBe(false);
          const again = new GraphQLClient(`http://127.0.0.1:${second.port}`);
          const login = await again.data<{ login: { account: { displayName: string } } }>(
            `mutation($input: LoginInput!) { login(input: $input) { account { displayName } } }`,
            { input: { email, password: STRONG_PASSWORD } },
          );
          expect(login.login.account.displayName).toBe('Trwała Użytkowniczka');
        } finally {
          await second.app.close();
        }
      } finally {
        await secondDb.stop();
      }
    },
    RESTART_TEST_TIMEOUT_MS,
  );

  it('keeps its generated password private to the owner', async () => {
    const info = await stat(path.join(dataDir, 'embedded-postgres.json'));
    expect(info.mode & 0o077).toBe(0);
  });

  it('says so when another server already runs on the same data directory', async () => {
    const running = await startEmbeddedDatabase(dataDir, () => undefined);
    try {
      await expect(startEmbeddedDatabase(dataDir, () => undefined)).rejects.toThrow(
        /Another Ratusz server \(or PostgreSQL\) is already using/,
      );
    } finally {
      await running.stop();
    }
  });

  it('explains a failure instead of rejecting with undefined', async () => {
    const blocker = path.join(dataDir, 'not-a-directory');
    await import('node:fs/promises').then((fs) => fs.writeFile(blocker, 'x'));
    await expect(startEmbeddedDatabase(blocker, () => undefined)).rejects.toThrow(/.+/);
  });
});
