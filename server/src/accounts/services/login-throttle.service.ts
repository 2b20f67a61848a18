import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { LoginThrottleRepository } from '../repositories/login-throttle.repository.js';

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
  constructor(private readonly counters: LoginThrottleRepository) {}

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
    await this.counters.increment(
      keys.map((k) => k.key),
      REGISTER_LIMITS.windowSeconds,
    );
  }

  private async assertUnder(
    keys: { key: string; limit: number }[],
    windowSeconds: number,
    message: string,
  ): Promise<void> {
    const open = await this.counters.openCounters(
      keys.map((k) => k.key),
      windowSeconds,
    );
    for (const row of open) {
      const limit = keys.find((k) => k.key === row.key)?.limit ?? 0;
      if (row.failures >= limit) {
        throw new DomainError(ErrorCode.RATE_LIMITED, message, {
          retryAfterSeconds: Math.max(1, row.retryAfter),
        });
      }
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.counters.increment(
      this.keys(email, ip).map((k) => k.key),
      LOGIN_LIMITS.windowSeconds,
    );
  }

  /** Rows whose window has long passed are dead weight; called by the housekeeping job. */
  purgeExpired(): Promise<void> {
    return this.counters.deleteStale();
  }

  /** A successful login clears the account's count, not the IP's: one right password must not reset an attacker's IP. */
  recordSuccess(email: string, ip: string): Promise<void> {
    return this.counters.clear([`account:${email}`, `account-ip:${email}|${ip}`]);
  }
}
