import net from 'node:net';
import type { Server } from 'node:http';
import { GracefulShutdownService } from '../src/health/graceful-shutdown.service.js';
import { ReadinessService } from '../src/health/readiness.service.js';
import { RedisPing } from '../src/health/redis-ping.js';
import { JobQueueService } from '../src/jobs/job-queue.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { redisAvailable, redisUrl } from './support/redis.js';

async function get(url: string): Promise<{ status: number; body: unknown; cacheControl: string | null }> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get('cache-control') };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A TCP relay to the real Redis that the test can cut and restore, as a network failure would. */
class RedisRelay {
  private server: net.Server | null = null;
  private readonly connections = new Set<net.Socket>();
  port = 0;

  async open(): Promise<void> {
    const target = new URL(redisUrl);
    this.server = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        this.connections.add(socket);
        socket.on('close', () => this.connections.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    const closed = new Promise((resolve) => server?.close(resolve));
    for (const socket of this.connections) socket.destroy();
    await closed;
  }
}

describe('health endpoints', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers live without asking any dependency', async () => {
    expect(await get(`${t.url}/health/live`)).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('is ready when the database answers with every migration applied and the job queue runs', async () => {
    const ready = await get(`${t.url}/health/ready`);
    expect(ready).toEqual({
      status: 200,
      cacheControl: 'no-store',
      body: {
        status: 'ok',
        checks: { database: { status: 'ok' }, migrations: { status: 'ok' }, jobs: { status: 'ok' } },
      },
    });
    // The path Docker and compose ask is the same readiness.
    expect(await get(`${t.url}/health`)).toEqual(ready);
  });

  it('answers 503 naming a migration that has not been applied', async () => {
    const [last]: { id: number; timestamp: string; name: string }[] = await t.db.query(
      `SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`,
    );
    await t.db.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const ready = await get(`${t.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: 'unavailable',
        checks: { database: { status: 'ok' }, migrations: { status: 'failed', reason: `pending: ${last.name}` } },
      });
    } finally {
      await t.db.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    expect((await get(`${t.url}/health/ready`)).status).toBe(200);
  });

  it('counts Redis as failed when it does not answer, quickly', async () => {
    const ping = new RedisPing(`redis://127.0.0.1:${await closedPort()}`);
    const started = Date.now();
    try {
      await expect(ping.ping(1000)).rejects.toThrow(/Redis/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      ping.close();
    }
  });

  it('is not ready once a shutdown has begun or the job queue has stopped', async () => {
    const other = await startTestApp({ databaseUrl: t.databaseUrl });
    try {
      await other.app.get(JobQueueService).onModuleDestroy();
      expect(await other.app.get(ReadinessService).check()).toMatchObject({
        ready: false,
        checks: { jobs: { status: 'failed' } },
      });
      await other.app.get(GracefulShutdownService).drain(other.app.getHttpServer() as Server, 1000);
      expect(await other.app.get(ReadinessService).check()).toMatchObject({
        ready: false,
        checks: { shutdown: { status: 'failed', reason: 'shutting down' } },
      });
      await expect(fetch(`${other.url}/health/live`)).rejects.toThrow();
    } finally {
      await other.app.close();
    }
  });
});

describe('health with Redis configured', () => {
  let available = false;
  let t: TestApp;
  const relay = new RedisRelay();

  beforeAll(async () => {
    available = await redisAvailable();
    if (!available) {
      console.warn(
        `Redis is not reachable at ${redisUrl}: the Redis readiness test is skipped. Set REDIS_URL to run it.`,
      );
      return;
    }
    await relay.open();
    t = await startTestApp({ config: { redisUrl: `redis://127.0.0.1:${relay.port}` } });
  });
  afterAll(async () => {
    if (!available) return;
    await t.close();
    await relay.cut();
  }, 60_000);

  it('answers 503 while Redis is unreachable and 200 again once it is back', async () => {
    if (!available) return;
    expect(await get(`${t.url}/health/ready`)).toMatchObject({
      status: 200,
      body: { checks: { redis: { status: 'ok' } } },
    });

    await relay.cut();
    const down = await get(`${t.url}/health/ready`);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      status: 'unavailable',
      checks: { database: { status: 'ok' }, redis: { status: 'failed', reason: 'Redis did not answer' } },
    });
    expect(await get(`${t.url}/health/live`)).toMatchObject({ status: 200 });

    await relay.open();
    const deadline = Date.now() + 15_000;
    let again = await get(`${t.url}/health/ready`);
    while (again.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      again = await get(`${t.url}/health/ready`);
    }
    expect(again).toMatchObject({ status: 200, body: { checks: { redis: { status: 'ok' } } } });
  }, 30_000);
});
