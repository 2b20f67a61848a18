import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Server, ServerOptions } from 'socket.io';
import { closeRedisClient } from './redis-close.js';

/**
 * socket.io over Redis pub/sub: events emitted on one server instance reach
 * sockets connected to any other.
 */
export class RedisIoAdapter extends IoAdapter {
  private adapterConstructor: ReturnType<typeof createAdapter> | null = null;
  private readonly clients: { quit(): Promise<unknown>; destroy(): void }[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string,
    private readonly channelPrefix = 'socket.io',
  ) {
    super(app);
  }

  async connect(): Promise<void> {
    const pub = createClient({ url: this.redisUrl });
    const sub = pub.duplicate();
    // node-redis emits 'error' on every lost connection and reconnects by itself; unheard, the event would crash the process.
    const logger = new Logger(RedisIoAdapter.name);
    for (const client of [pub, sub]) client.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
    // node-redis retries forever; at start a wrong REDIS_URL must fail the boot with a reason instead of hanging.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Could not connect to Redis at ${this.redisUrl} within 10 s (REDIS_URL)`)),
        10_000,
      );
    });
    try {
      await Promise.race([Promise.all([pub.connect(), sub.connect()]), timeout]);
    } catch (error) {
      await Promise.all([pub, sub].map((client) => client.destroy()));
      throw error;
    } finally {
      clearTimeout(timer);
    }
    this.clients.push(pub, sub);
    this.adapterConstructor = createAdapter(pub, sub, { key: this.channelPrefix });
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    if (this.adapterConstructor) server.adapter(this.adapterConstructor);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    // Let handlers of the sockets just dropped finish before the clients they publish through go away.
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all(this.clients.splice(0).map((client) => closeRedisClient(client)));
  }
}
