/** One counter to bump: `key` counts requests in a window of `windowSeconds`. */
export interface WindowCounter {
  key: string;
  windowSeconds: number;
}

/** The counter after this request: how many it holds, and how long until its window closes. */
export interface CounterHit {
  key: string;
  hits: number;
  retryAfterMs: number;
}

/** Where the counters live: Redis when REDIS_URL is set, PostgreSQL otherwise; never process memory. */
export interface CounterStore {
  hit(counters: readonly WindowCounter[]): Promise<CounterHit[]>;
}
