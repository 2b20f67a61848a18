import { createClient } from 'redis';

/**
 * One Redis connection kept for readiness checks. It reconnects by itself; a
 * check while it is down fails at once (no offline queue) instead of waiting
 * for Redis to come back.
 */
export class RedisPing {
  private client: ReturnType<typeof createClient> | null = null;
  private connecting: Promise<unknown> | null = null;

  constructor(private readonly url: string) {}

  /** Resolves when Redis answers PING within `timeoutMs`; rejects with the reason otherwise. */
  async ping(timeoutMs: number): Promise<void> {
    if (!this.client) {
      this.client = createClient({ url: this.url, disableOfflineQueue: true, socket: { connectTimeout: timeoutMs } });
      // Lost connections are reported by the socket.io adapter's clients; this one only answers checks.
      this.client.on('error', () => undefined);
      this.connecting = this.client.connect().catch(() => undefined);
    }
    if (!this.client.isReady) await withTimeout(this.connecting!, timeoutMs, 'Redis is not connected');
    if (!this.client.isReady) throw new Error('Redis is not connected');
    await withTimeout(this.client.ping(), timeoutMs, 'Redis did not answer');
  }

  close(): void {
    this.client?.destroy();
    this.client = null;
  }
}

export async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
