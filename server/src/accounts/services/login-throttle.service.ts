import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';

/** Failed logins allowed per window, per account and per IP address. */
export const LOGIN_LIMITS = {
  windowSeconds: 15 * 60,
  perAccount: 5,
  perIp: 30,
} as const;

/**
 * Counts failed logins in PostgreSQL rather than memory, so the limit holds
 * across server instances and restarts.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private keys(email: string, ip: string): { key: string; limit: number }[] {
    return [
      { key: `account:${email}`, limit: LOGIN_LIMITS.perAccount },
      { key: `ip:${ip}`, limit: LOGIN_LIMITS.perIp },
    ];
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const rows: { key: string; failures: number; retry_after: number }[] = await this.db.query(
      `SELECT key, failures,
              ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after
       FROM login_throttle
       WHERE key = ANY($1) AND window_start > now() - make_interval(secs => $2)`,
      [keys.map((k) => k.key), LOGIN_LIMITS.windowSeconds],
    );
    for (const row of rows) {
      const limit = keys.find((k) => k.key === row.key)?.limit ?? 0;
      if (row.failures >= limit) {
        throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many failed attempts. Wait a while and try again.', {
          retryAfterSeconds: Math.max(1, row.retry_after),
        });
      }
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.db.query(
      `INSERT INTO login_throttle (key, window_start, failures)
       SELECT unnest($1::text[]), now(), 1
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start <= now() - make_interval(secs => $2) THEN 1
                         ELSE login_throttle.failures + 1 END,
         window_start = CASE WHEN login_throttle.window_start <= now() - make_interval(secs => $2) THEN now()
                             ELSE login_throttle.window_start END`,
      [this.keys(email, ip).map((k) => k.key), LOGIN_LIMITS.windowSeconds],
    );
  }

  /** A successful login clears the account's count, not the IP's: one right password must not reset an attacker's IP. */
  async recordSuccess(email: string): Promise<void> {
    await this.db.query('DELETE FROM login_throttle WHERE key = $1', [`account:${email}`]);
  }
}
