import { Writable } from 'node:stream';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH } from '@ratusz/shared';
import { createRootLogger, PinoLoggerService, requestLogging } from '../src/common/logging/logger.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const TOKEN = 'metrics-test-token';

/** Samples of the text exposition format: `name{label="value",…} number`. */
function parseExposition(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`Not an exposition line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
      );
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  return parseExposition(text).find(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  )?.value;
}

describe('GET /metrics', () => {
  describe('without METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('does not exist', async () => {
      const res = await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer anything' } });
      expect(res.status).toBe(404);
    });
  });

  describe('with METRICS_TOKEN', () => {
    let t: TestApp;
    const sockets: Socket[] = [];
    beforeAll(async () => {
      t = await startTestApp({ config: { metricsToken: TOKEN } });
    });
    afterAll(async () => {
      sockets.forEach((socket) => socket.disconnect());
      await t.close();
    });

    async function scrape(): Promise<string> {
      const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return res.text();
    }

    it('refuses a missing or wrong token with 401', async () => {
      expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
      const wrong = await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer not-the-token' } });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    });

    it('exposes process, database pool and job queue metrics in the text format', async () => {
      const text = await scrape();
      expect(() => parseExposition(text)).not.toThrow();
      expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'ratusz_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'ratusz_db_pool_connections', { state: 'waiting' })).toBe(0);
      expect(text).toContain('# TYPE ratusz_job_queue_depth gauge');
      expect(text).toContain('# TYPE ratusz_events_emitted_total counter');
      expect(text).toContain('# TYPE ratusz_graphql_request_duration_seconds histogram');
    });

    it('counts and times GraphQL requests per operation and outcome', async () => {
      const labels = { operation: 'MetricsProbe', outcome: 'success' };
      const before = sample(await scrape(), 'ratusz_graphql_requests_total', labels) ?? 0;
      const client = t.client();
      await client.data('query MetricsProbe { __typename }');
      await client.data('query MetricsProbe { __typename }');
      const invalidBefore =
        sample(await scrape(), 'ratusz_graphql_requests_total', { operation: '__unresolved', outcome: 'invalid' }) ?? 0;
      expect((await client.request('query Broken { noSuchField }')).errors).toHaveLength(1);
      const text = await scrape();
      expect(sample(text, 'ratusz_graphql_requests_total', labels)).toBe(before + 2);
      // A name from a document that never resolved is not trusted as a label.
      expect(sample(text, 'ratusz_graphql_requests_total', { operation: '__unresolved', outcome: 'invalid' })).toBe(
        invalidBefore + 1,
      );
      expect(text).not.toContain('operation="Broken"');
      expect(
        sample(text, 'ratusz_graphql_request_duration_seconds_count', { operation: 'MetricsProbe' }),
      ).toBeGreaterThanOrEqual(2);
    });

    it('follows sockets connecting and disconnecting', async () => {
      const connected = () => scrape().then((text) => sample(text, 'ratusz_sockets_connected'));
      const before = (await connected()) ?? 0;
      const socket = io(t.url, { path: SOCKET_PATH, transports: ['websocket'], reconnection: false, forceNew: true });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      expect(await connected()).toBe(before + 1);
      socket.disconnect();
      const deadline = Date.now() + 5000;
      while ((await connected()) !== before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await connected()).toBe(before);
    });
  });
});

describe('request logging', () => {
  it('writes one JSON record per line, carrying the request id into what is logged while serving it', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const log = createRootLogger({ format: 'json', levels: ['log', 'warn', 'error'], destination });
    const nestLogger = new PinoLoggerService(log);
    const app = express();
    app.use(requestLogging(log));
    app.get('/fail', (_req, res) => {
      // After an await, as a resolver's error is: the id must survive the async hop.
      void Promise.resolve().then(() => {
        nestLogger.error('resolver failed', 'GraphQL');
        res.status(500).end();
      });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const given = await fetch(`${base}/fail`, { headers: { 'x-request-id': 'req-abc.123' } });
      expect(given.headers.get('x-request-id')).toBe('req-abc.123');
      // A header that could forge log structure is replaced by a fresh UUID.
      const forged = await fetch(`${base}/fail`, { headers: { 'x-request-id': 'a","level":"fatal' } });
      const generated = forged.headers.get('x-request-id');
      expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const forFirst = records.filter((record) => record.requestId === 'req-abc.123');
    expect(forFirst).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', msg: 'resolver failed', context: 'GraphQL' }),
        expect.objectContaining({ level: 'error', res: { statusCode: 500 } }),
      ]),
    );
    for (const record of records) {
      expect(typeof record.time).toBe('string');
      expect(typeof record.msg).toBe('string');
    }
    expect(records.some((record) => record.level === 'fatal' || record.requestId === 'a","level":"fatal')).toBe(false);
  });
});
