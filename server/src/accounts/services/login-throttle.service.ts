import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';

/**
 * Failed logins allowed per window. Guessing one account from one address
 * stops after 5; the account as a whole locks only after 20 from anywhere, so
 * a stranger typing wrong passwords cannot lock its owner out from home.
 */
export const LOGIN_LIMITS = {
  windowSeconds: 15 * 60,
  perAccountAndIp: 5,
  perAccount: 20,
  perIp: 30,
} as const;

/** Sign-ups per IP address and hour: each costs an argon2 hash, and mass sign-ups are spam. */
export const REGISTER_LIMITS = {
  windowSeconds: 3600,
  perIp: 10,
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
      { key: `account-ip:${email}|${ip}`, limit: LOGIN_LIMITS.perAccountAndIp },
      { key: `account:${email}`, limit: LOGIN_LIMITS.perAccount },
      { key: `ip:${ip}`, limit: LOGIN_LIMITS.perIp },
    ];
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    await this.assertUnder(
      this.keys(email, ip),
      LOGIN_LIMITS.windowSeconds,
      'Too many failed attempts. Wait a while and try again.',
    );
  }

  /** Counts the sign-up at once: unlike logins, successful sign-ups are what is limited. */
  async countRegistration(ip: string): Promise<void> {
    const keys = [{ key: `register:${ip}`, limit: REGISTER_LIMITS.perIp }];
    await this.assertUnder(
      keys,
      REGISTER_LIMITS.windowSeconds,
      'Too many new accounts from this address. Try again later.',
    );
    await this.increment(
      keys.map((k) => k.key),
      REGISTER_LIMITS.windowSeconds,
    );
  }

  private async assertUnder(
    keys: { key: string; limit: number }[],
    windowSeconds: number,
    message: string,
  ): Promise<void> {
    const rows: { key: string; failures: number; retry_after: number }[] = await this.db.query(
      `SELECT key, failures,
              ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry_after
       FROM login_throttle
       WHERE key = ANY($1) AND window_start > now() - make_interval(secs => $2)`,
      [keys.map((k) => k.key), windowSeconds],
    );
    for (const row of rows) {
      const limit = keys.find((k) => k.key === row.key)?.limit ?? 0;
      if (row.failures >= limit) {
        throw new DomainError(ErrorCode.RATE_LIMITED, message, {
          retryAfterSeconds: Math.max(1, row.retry_after),
        });
      }
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.increment(
      this.keys(email, ip).map((k) => k.key),
      LOGIN_LIMITS.windowSeconds,
    );
  }

  private async increment(keys: string[], windowSeconds: number): Promise<void> {
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

  /** Rows whose window has long passed are dead weight; called by the housekeeping job. */
  async purgeExpired(): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE window_start < now() - interval '1 day'`);
  }

  /** A successful login clears the account's count, not the IP's: one right password must not reset an attacker's IP. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.db.query('DELETE FROM login_throttle WHERE key = ANY($1)', [
      [`account:${email}`, `account-ip:${email}|${ip}`],
    ]);
  }
}
