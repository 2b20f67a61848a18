import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters (server/src/common/rate-limit/) when there is no Redis:
 * one row per rule and account or IP, counting the requests of a fixed window
 * that ends at `expires_at`. Expired rows count nothing and are pruned hourly.
 */
export class RateLimits1764000800000 implements MigrationInterface {
  name = 'RateLimits1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        hits integer NOT NULL CHECK (hits > 0),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX rate_limits_expires_at_idx ON rate_limits (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
  }
}
