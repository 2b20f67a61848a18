import { Logger } from '@nestjs/common';
import { closeRedisClient } from '../../realtime/redis-close.js';
import { createClient } from 'redis';
import type { CounterHit, CounterStore, WindowCounter } from './rate-limit.store.js';

/** Every counter key in Redis starts with this, so the counters never collide with other data. */
const KEY_PREFIX = 'ratusz:rl:';

/**
 * INCR each key, and start its expiry with the first hit (or repair a key that
 * lost it); answers [hits, ms to expiry] per key. One script, so the count and
 * the expiry can never be separated by a crash between two commands.
 */
const HIT_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local hits = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    ttl = tonumber(ARGV[i])
    redis.call('PEXPIRE', key, ttl)
  end
  out[#out + 1] = hits
  out[#out + 1] = ttl
end
return out`;

const CONNECT_TIMEOUT_MS = 10_000;

/** The two commands the store uses, so it does not depend on node-redis's generic client type. */
interface ScriptClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  quit(): Promise<unknown>;
  destroy(): void;
}

/** Counters in Redis (REDIS_URL), shared by every instance that uses the same Redis. */
export class RedisCounterStore implements CounterStore {
  private constructor(private readonly client: ScriptClient) {}

  /** Connects within 10 s or fails the boot with a reason (node-redis on its own would retry forever). */
  static async connect(url: string): Promise<RedisCounterStore> {
    const client = createClient({ url });
    const logger = new Logger('RateLimit');
    // node-redis emits 'error' on every lost connection and reconnects by itself; unheard, it would crash the process.
    client.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Could not connect to Redis at ${url} within 10 s (REDIS_URL, rate limits)`)),
        CONNECT_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([client.connect(), timeout]);
    } catch (error) {
      client.destroy();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    return new RedisCounterStore(client);
  }

  async hit(counters: readonly WindowCounter[]): Promise<CounterHit[]> {
    const reply = await this.client.eval(HIT_SCRIPT, {
      keys: counters.map((c) => KEY_PREFIX + c.key),
      arguments: counters.map((c) => String(c.windowSeconds * 1000)),
    });
    if (!Array.isArray(reply) || reply.length !== counters.length * 2) {
      throw new Error(`Unexpected answer from the rate-limit script: ${JSON.stringify(reply)}`);
    }
    return counters.map((c, i) => ({ key: c.key, hits: Number(reply[2 * i]), retryAfterMs: Number(reply[2 * i + 1]) }));
  }

  async close(): Promise<void> {
    await closeRedisClient(this.client);
  }
}
