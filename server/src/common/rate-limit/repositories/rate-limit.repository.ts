import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sharedBatchLoader } from '../../database/shared-batch.js';
import { returning, rows } from '../../database/sql.js';
import type { CounterHit, CounterStore, WindowCounter } from '../rate-limit.store.js';

/**
 * Rate-limit counters in PostgreSQL (when there is no Redis), so the limits
 * hold across server instances and restarts.
 */
@Injectable()
export class RateLimitRepository implements CounterStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every write request counts itself: concurrent requests' counters go to the database in one statement. */
  private readonly hits = sharedBatchLoader((requests: readonly (readonly WindowCounter[])[]) => this.hitAll(requests));

  hit(counters: readonly WindowCounter[]): Promise<CounterHit[]> {
    return this.hits.load(counters);
  }

  /**
   * One statement counts every key of every request atomically: a row whose
   * window has passed starts a new one, otherwise its count goes up by the
   * number of requests that named the key. The keys are sorted so
   * concurrent statements lock shared rows in the same order. Requests
   * sharing a key get consecutive counts, as if they had come one by one.
   */
  private async hitAll(requests: readonly (readonly WindowCounter[])[]): Promise<CounterHit[][]> {
    const named = new Map<string, { windowSeconds: number; times: number }>();
    for (const counter of requests.flat()) {
      const entry = named.get(counter.key);
      if (entry) entry.times++;
      else named.set(counter.key, { windowSeconds: counter.windowSeconds, times: 1 });
    }
    const keys = [...named.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const found = await returning<CounterHit>(
      this.db,
      `INSERT INTO rate_limits AS r (key, hits, expires_at)
       SELECT key, times, now() + make_interval(secs => window_seconds)
       FROM unnest($1::text[], $2::int[], $3::int[]) AS c(key, window_seconds, times)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.expires_at <= now() THEN excluded.hits ELSE r.hits + excluded.hits END,
         expires_at = CASE WHEN r.expires_at <= now() THEN excluded.expires_at ELSE r.expires_at END
       RETURNING key, hits, greatest(0, ceil(extract(epoch FROM r.expires_at - now()) * 1000))::bigint AS "retryAfterMs"`,
      [keys, keys.map((key) => named.get(key)!.windowSeconds), keys.map((key) => named.get(key)!.times)],
    );
    // The count each request sees: the first of a key's requests the lowest of its consecutive counts.
    const next = new Map(found.map((row) => [row.key, { ...row, hits: row.hits - named.get(row.key)!.times + 1 }]));
    return requests.map((counters) =>
      counters.map((c) => {
        const row = next.get(c.key);
        if (!row) return { key: c.key, hits: 0, retryAfterMs: 0 };
        const hit = { key: c.key, hits: row.hits, retryAfterMs: Number(row.retryAfterMs) };
        row.hits++;
        return hit;
      }),
    );
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
