import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows } from '../../common/database/sql.js';

/** A counter whose window is still open. */
export interface ThrottleCounter {
  key: string;
  failures: number;
  /** Seconds until the window closes, rounded up. */
  retryAfter: number;
}

/** Counters in PostgreSQL rather than memory, so limits hold across server instances and restarts. */
@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  openCounters(keys: readonly string[], windowSeconds: number): Promise<ThrottleCounter[]> {
    return rows<ThrottleCounter>(
      this.db,
      `SELECT key, failures,
              ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS "retryAfter"
       FROM login_throttle
       WHERE key = ANY($1) AND window_start > now() - make_interval(secs => $2)`,
      [keys, windowSeconds],
    );
  }

  /** Adds one to each counter, starting a new window for counters whose window has passed. */
  async increment(keys: readonly string[], windowSeconds: number): Promise<void> {
    await this.db.query(
      `INSERT INTO login_throttle (key, window_start, failures)
       SELECT unnest($1::text[]), now(), 1
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start <= now() - make_interval(secs => $2) THEN 1
                         ELSE login_throttle.failures + 1 END,
         window_start = CASE WHEN login_throttle.window_start <= now() - make_interval(secs => $2) THEN now()
                             ELSE login_throttle.window_start END`,
      [keys, windowSeconds],
    );
  }

  async clear(keys: readonly string[]): Promise<void> {
    await this.db.query('DELETE FROM login_throttle WHERE key = ANY($1)', [keys]);
  }

  /** Rows whose window started more than a day ago are dead weight. */
  async deleteStale(): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE window_start < now() - interval '1 day'`);
  }
}
