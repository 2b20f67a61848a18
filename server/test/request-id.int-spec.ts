import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@ratusz/shared';
import { createApp, type StartedApp } from '../src/bootstrap.js';
import { withLogScope } from '../src/common/logging/logger.js';
import { loadConfig } from '../src/config/app-config.js';
import { JobQueueService } from '../src/jobs/job-queue.service.js';
import { registerUser } from './support/factories.js';
import { registerOutboxMailbox } from './support/mailbox.js';
import { createCategory, createThread, REPLY } from './support/forum-factories.js';
import { GraphQLClient } from './support/graphql-client.js';
import { relaxedRateLimits } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// Jobs only this test sends and handles; declared the way every job is (job-types.ts), for the type checker.
declare module '../src/jobs/job-types.js' {
  interface JobPayloads {
    'test.trace-first': { marker: string };
    'test.trace-second': { marker: string };
  }
}

type LogRecord = Record<string, unknown> & { msg: string };

async function until<T>(what: string, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('request ids in socket events and jobs', () => {
  let database: TestDatabase;
  let started: StartedApp;
  let url: string;
  const records: LogRecord[] = [];
  const sockets: Socket[] = [];
  const find = (matches: (record: LogRecord) => boolean) => () => records.find(matches);

  beforeAll(async () => {
    database = await createTestDatabase();
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) records.push(JSON.parse(line) as LogRecord);
        done();
      },
    });
    started = await createApp(
      {
        ...loadConfig({}),
        logFormat: 'json',
        port: 0,
        host: '127.0.0.1',
        databaseUrl: database.url,
        seedDemoData: false,
        clientDistDir: '/nonexistent-client-build',
        rateLimits: relaxedRateLimits(),
      },
      database.url,
      { logger: ['debug', 'log', 'warn', 'error'], logDestination: destination },
    );
    url = `http://127.0.0.1:${started.port}`;
    registerOutboxMailbox(url, started.app);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await started?.app.close();
    await database?.drop();
  });

  it('logs one line per answer: the id (echoed in the answer), method, path, status and time', async () => {
    const answer = await fetch(`${url}/health/live?probe=1`, { headers: { 'x-request-id': 'trace-line-1' } });
    expect(answer.headers.get('x-request-id')).toBe('trace-line-1');
    const missing = await fetch(`${url}/api/nothing-here`, { headers: { 'x-request-id': 'trace-line-2' } });
    expect(missing.status).toBe(404);
    const forged = await fetch(`${url}/health/live`, { headers: { 'x-request-id': 'bad id {"level":"x"}' } });
    const forgedId = forged.headers.get('x-request-id');
    expect(forgedId).toMatch(/^[0-9a-f-]{36}$/);

    const lines = await until('the three request lines', () => {
      const found = records.filter(
        (record) =>
          record.msg === 'request completed' &&
          ['trace-line-1', 'trace-line-2', forgedId].includes(record.requestId as string),
      );
      return found.length === 3 ? found : undefined;
    });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        requestId: 'trace-line-1',
        req: { method: 'GET', url: '/health/live?probe=1' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
      expect.objectContaining({ requestId: 'trace-line-2', res: { statusCode: 404 } }),
      expect.objectContaining({ requestId: forgedId, req: { method: 'GET', url: '/health/live' } }),
    ]);
  });

  it('logs the live event a request emits with that request’s id', async () => {
    const author = await registerUser(new GraphQLClient(url));
    const categoryId = await createCategory(started.app.get(DataSource));
    const thread = await createThread(author.client, categoryId);
    const replier = await registerUser(new GraphQLClient(url));

    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: replier.client.cookie!, 'x-request-id': 'trace-reply-1' },
      body: JSON.stringify({ query: REPLY, variables: { input: { threadId: thread.id, body: 'Odpowiedź' } } }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const emitted = `Emitted thread.events to thread:${thread.id} (1 of 1)`;
    // The thread's creation emitted one too, under the id of its own request.
    await until(
      'the emitted event',
      find((record) => record.msg === emitted && record.requestId === 'trace-reply-1'),
    );
    expect(records.filter((record) => record.msg === emitted).map((record) => record.requestId)).toEqual([
      expect.any(String),
      'trace-reply-1',
    ]);
    // The thread's author is notified: the unread counts of a fan-out are one line however many recipients it has.
    await until(
      'the unread count pushed',
      find(
        (record) =>
          record.msg === `Emitted notifications.unread to 1 room(s), the first user:${author.id}` &&
          record.requestId === 'trace-reply-1',
      ),
    );
    // The request's own line, with the same id: the event can be traced to the request that caused it.
    expect(records).toContainEqual(
      expect.objectContaining({ requestId: 'trace-reply-1', req: { method: 'POST', url: '/graphql' } }),
    );
  });

  it('carries the sending request’s id into a job, and from that job into the jobs it sends', async () => {
    const queue = started.app.get(JobQueueService);
    const received: { payload: unknown; requestId?: string }[] = [];
    const jobLogger = new Logger('TraceJob');
    queue.register('test.trace-first', async (payload, job) => {
      received.push({ payload, requestId: job.requestId });
      jobLogger.log(`first ${payload.marker}`);
      await queue.send('test.trace-second', { marker: payload.marker });
    });
    queue.register('test.trace-second', async (payload) => {
      jobLogger.log(`second ${payload.marker}`);
    });

    // What the request middleware does for every HTTP request (see the request logging test in metrics.int-spec).
    const firstId = await withLogScope({ requestId: 'trace-job-1' }, () =>
      queue.send('test.trace-first', { marker: 'm1' }),
    );

    const first = await until(
      'the first job’s log line',
      find((record) => record.msg === 'first m1'),
    );
    expect(first).toMatchObject({ requestId: 'trace-job-1', jobId: firstId, context: 'TraceJob' });
    const second = await until(
      'the second job’s log line',
      find((record) => record.msg === 'second m1'),
    );
    expect(second).toMatchObject({ requestId: 'trace-job-1', context: 'TraceJob' });
    expect(second.jobId).toEqual(expect.any(String));
    expect(second.jobId).not.toBe(firstId);
    // Handlers get their payload as it was sent: the request id travels beside it.
    expect(received).toEqual([{ payload: { marker: 'm1' }, requestId: 'trace-job-1' }]);

    // Sent outside any request (as a cron tick is): no id is made up.
    await queue.send('test.trace-first', { marker: 'm2' });
    const unscoped = await until(
      'the unscoped job’s log line',
      find((record) => record.msg === 'first m2'),
    );
    expect(unscoped.requestId).toBeUndefined();
    expect(unscoped.jobId).toEqual(expect.any(String));
  });

  it('gives a socket the id of its handshake, on the log lines of what its messages cause', async () => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { 'x-request-id': 'trace-socket-1' },
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const room = 'thread:00000000-0000-4000-8000-000000000001';
    expect(await socket.timeout(5000).emitWithAck('room.join', { room })).toEqual({ ok: true });

    const joined = await until(
      'the join line',
      find((record) => record.msg === `Joined ${room}`),
    );
    expect(joined).toMatchObject({ requestId: 'trace-socket-1', socketId: socket.id, context: 'RealtimeGateway' });
  });
});
