import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.RATUSZ_TEST_ADMIN_URL;
  if (!url)
    throw new Error('RATUSZ_TEST_ADMIN_URL is not set: run the tests through jest (global setup starts PostgreSQL).');
  return url;
}

/**
 * A fresh, empty database on the test server (or on the server `serverUrl`
 * names, connected to as a superuser), dropped again by `drop()`.
 */
export async function createTestDatabase(serverUrl: string = adminUrl()): Promise<TestDatabase> {
  const name = `ratusz_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
