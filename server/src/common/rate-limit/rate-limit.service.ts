import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ErrorCode } from '@ratusz/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DomainError } from '../errors/domain-error.js';
import { RedisCounterStore } from './redis-counter.store.js';
import { RateLimitRepository } from './repositories/rate-limit.repository.js';
import type { RateLimitRuleName } from './rate-limit.rules.js';
import type { CounterStore, WindowCounter } from './rate-limit.store.js';

/** Who is asking: the account when logged in, and always the address. */
interface RateLimitKeys {
  userId: string | null;
  ip: string;
}

type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; exceeded: ('user' | 'ip')[] };

/** How often a Redis outage is logged while requests pass unlimited. */
const OUTAGE_LOG_INTERVAL_MS = 60_000;

/**
 * The one rate-limiting seam: counts a request against a rule's per-account
 * and per-IP limits in fixed windows. The counters live in Redis when
 * REDIS_URL is set and in PostgreSQL otherwise, never in process memory, so
 * every instance sees the same counts and a restart forgets nothing.
 */
@Injectable()
export class RateLimitService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private redis: RedisCounterStore | null = null;
  private lastOutageLog = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly postgres: RateLimitRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.redisUrl && !this.config.rateLimits.disabled) {
      this.redis = await RedisCounterStore.connect(this.config.redisUrl);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
    this.redis = null;
  }

  /** Counts this request (every call counts, refused ones too) and says whether it is within both limits. */
  async consume(ruleName: RateLimitRuleName, keys: RateLimitKeys): Promise<RateLimitVerdict> {
    const { disabled, rules } = this.config.rateLimits;
    if (disabled) return { allowed: true };
    const rule = rules[ruleName];
    const counters: (WindowCounter & { scope: 'user' | 'ip'; limit: number })[] = [
      { scope: 'ip', key: `${ruleName}:ip:${keys.ip}`, ...rule.perIp },
    ];
    if (keys.userId) counters.push({ scope: 'user', key: `${ruleName}:user:${keys.userId}`, ...rule.perUser });

    const hits = await this.hit(counters);
    if (!hits) return { allowed: true };
    const over = counters
      .map((counter, i) => ({ counter, hit: hits[i] }))
      .filter(({ counter, hit }) => hit.hits > counter.limit);
    if (over.length === 0) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, ...over.map(({ hit }) => Math.ceil(hit.retryAfterMs / 1000))),
      exceeded: over.map(({ counter }) => counter.scope),
    };
  }

  private async hit(counters: readonly WindowCounter[]) {
    const store: CounterStore = this.redis ?? this.postgres;
    if (store === this.postgres) return store.hit(counters);
    try {
      return await store.hit(counters);
    } catch (error) {
      // A Redis outage must not take every write down with it: requests pass unlimited, loudly, until it is back.
      if (Date.now() - this.lastOutageLog > OUTAGE_LOG_INTERVAL_MS) {
        this.lastOutageLog = Date.now();
        this.logger.error(`Rate limits are not enforced: Redis failed (${String(error)})`);
      }
      return null;
    }
  }
}

export function rateLimitedError(retryAfterSeconds: number): DomainError {
  return new DomainError(ErrorCode.RATE_LIMITED, 'Too many requests. Wait a while and try again.', {
    retryAfterSeconds,
  });
}
