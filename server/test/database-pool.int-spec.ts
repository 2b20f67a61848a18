import { loadConfig } from '../src/config/app-config.js';
import { startTestApp } from './support/test-app.js';

interface PgPool {
  totalCount: number;
  waitingCount: number;
}

describe('DATABASE_POOL_SIZE', () => {
  it('is 10 unless set, and a clear error when it is not a usable number', () => {
    expect(loadConfig({}).databasePoolSize).toBe(10);
    expect(loadConfig({ DATABASE_POOL_SIZE: '40' }).databasePoolSize).toBe(40);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(
      'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, got "0"',
    );
  });

  it('caps the connections an instance opens: further queries wait for one', async () => {
    const t = await startTestApp({ config: { databasePoolSize: 2 } });
    try {
      const pool = (t.db.driver as unknown as { master: PgPool }).master;
      const sleeping = Array.from({ length: 5 }, () => t.db.query('SELECT pg_sleep(0.5)'));
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(pool.totalCount).toBe(2);
      expect(pool.waitingCount).toBeGreaterThanOrEqual(3);
      await Promise.all(sleeping);
    } finally {
      await t.close();
    }
  });
});
