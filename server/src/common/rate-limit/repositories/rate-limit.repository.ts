import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returning, rows } from '../../database/sql.js';
import type { CounterHit, CounterStore, WindowCounter } from '../rate-limit.store.js';

/**
 * Rate-limit counters in PostgreSQL (when there is no Redis), so the limits
 * hold across server instances and restarts.
 */
@Injectable()
export class RateLimitRepository implements CounterStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One statement counts every key atomically: a row whose window has passed
   * starts a new one at 1, otherwise its count goes up by one. The keys are
   * sorted so concurrent statements lock shared rows in the same order.
   */
  async hit(counters: readonly WindowCounter[]): Promise<CounterHit[]> {
    const sorted = [...counters].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const found = await returning<CounterHit>(
      this.db,
      `INSERT INTO rate_limits AS r (key, hits, expires_at)
       SELECT key, 1, now() + make_interval(secs => window_seconds)
       FROM unnest($1::text[], $2::int[]) AS c(key, window_seconds)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.expires_at <= now() THEN 1 ELSE r.hits + 1 END,
         expires_at = CASE WHEN r.expires_at <= now() THEN excluded.expires_at ELSE r.expires_at END
       RETURNING key, hits, greatest(0, ceil(extract(epoch FROM r.expires_at - now()) * 1000))::bigint AS "retryAfterMs"`,
      [sorted.map((c) => c.key), sorted.map((c) => c.windowSeconds)],
    );
    const byKey = new Map(found.map((row) => [row.key, { ...row, retryAfterMs: Number(row.retryAfterMs) }]));
    return counters.map((c) => byKey.get(c.key) ?? { key: c.key, hits: 0, retryAfterMs: 0 });
  }

  /** Rows whose window has closed count nothing any more. */
  async deleteExpired(): Promise<number> {
    const deleted = await rows<{ count: string }>(
      this.db,
      `WITH gone AS (DELETE FROM rate_limits WHERE expires_at < now() RETURNING 1) SELECT count(*) AS count FROM gone`,
    );
    return Number(deleted[0]?.count ?? 0);
  }
}
