import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import {
  addDays,
  CONSULTATION_TIME_ZONE,
  localDate,
  SOCKET_PATH,
  type ClientToServerEvents,
  type ConsultationEvent,
  type ServerToClientEvents,
  type SocketEventItem,
  type ThreadEvent,
} from '@ratusz/shared';
import { runMigrations } from '../src/database/migrations.js';
import { JobQueueService } from '../src/jobs/job-queue.service.js';
import { createPublishedConsultation, ensureServiceAreas } from './support/consultation-factories.js';
import { createMunicipality, grantRole, registerUser } from './support/factories.js';
import { createCategory, createThread, reply } from './support/forum-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { redisAvailable, redisUrl } from './support/redis.js';

// A job only this test sends and handles; declared the way every job is (job-types.ts), for the type checker.
declare module '../src/jobs/job-types.js' {
  interface JobPayloads {
    'test.record-run': { marker: string };
  }
}

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const sockets: ClientSocket[] = [];

async function joinedSocket(url: string, room: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  expect(await socket.timeout(5000).emitWithAck('room.join', { room })).toEqual({ ok: true });
  return socket;
}

function nextEvent<E extends 'thread.events' | 'consultation.event'>(
  socket: ClientSocket,
  event: E,
  matches: (payload: SocketEventItem<E>) => boolean,
): Promise<SocketEventItem<E>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No matching ${event} within 5 s`)), 5000);
    const listener = (payload: SocketEventItem<E> | SocketEventItem<E>[]) => {
      const found = (Array.isArray(payload) ? payload : [payload]).find(matches);
      if (found === undefined) return;
      clearTimeout(timer);
      resolve(found);
    };
    socket.on(event, listener as never);
  });
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A published consultation whose current phase (by today's date) has not been announced, as if the date just turned. */
async function consultationDueForAnnouncement(databaseUrl: string): Promise<string> {
  const db = await new DataSource({ type: 'postgres', url: databaseUrl }).initialize();
  try {
    const municipality = await createMunicipality(db, { name: 'Gmina z kalendarzem' });
    const today = localDate(new Date(), CONSULTATION_TIME_ZONE);
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO consultations (municipality_id, slug, title, summary_source, summary_html, goal_source, goal_html,
                                  status, published_at)
       VALUES ($1, 'z-kalendarza', 'Z kalendarza', 's', '<p>s</p>', 'g', '<p>g</p>', 'PUBLISHED', now())
       RETURNING id`,
      [municipality.id],
    );
    await db.query(
      `INSERT INTO consultation_phases (consultation_id, position, kind, starts_on, ends_on)
       VALUES ($1, 0, 'DIAGNOSIS', $2, $3), ($1, 1, 'PROPOSALS', $4, $5)`,
      [id, addDays(today, -10), addDays(today, 10), addDays(today, 11), addDays(today, 20)],
    );
    return id;
  } finally {
    await db.destroy();
  }
}

describe('two server instances on one database and one Redis', () => {
  let available = false;
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let dueConsultationId: string;

  beforeAll(async () => {
    available = await redisAvailable();
    if (!available) {
      console.warn(`Redis is not reachable at ${redisUrl}: the two-instance test is skipped. Set REDIS_URL to run it.`);
      return;
    }
    database = await createTestDatabase();
    await runMigrations(database.url);
    dueConsultationId = await consultationDueForAnnouncement(database.url);
    // Started together, as replicas are: migrations and the job queue's own schema are installed once, under locks.
    [a, b] = await Promise.all([
      startTestApp({ databaseUrl: database.url, config: { redisUrl } }),
      startTestApp({ databaseUrl: database.url, config: { redisUrl } }),
    ]);
  }, 60_000);

  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.disconnect());
  });

  afterAll(async () => {
    if (!available) return;
    await Promise.all([a?.close(), b?.close()]);
    await database.drop();
  });

  it('delivers a forum reply posted through A to a reader connected to B', async () => {
    if (!available) return;
    const author = await registerUser(a.client());
    const categoryId = await createCategory(a.db);
    const thread = await createThread(author.client, categoryId);
    const reader = await joinedSocket(b.url, `thread:${thread.id}`);

    const arrived = nextEvent(reader, 'thread.events', (event: ThreadEvent) => event.kind === 'post.created');
    const posted = await reply(author.client, thread.id, 'Odpowiedź z instancji A');
    const event = await arrived;
    expect(event).toMatchObject({ kind: 'post.created', threadId: thread.id, post: { id: posted.id } });
  });

  it('delivers a consultation event published on A to the consultation room on B', async () => {
    if (!available) return;
    await ensureServiceAreas(a.db);
    const municipality = await createMunicipality(a.db, { name: 'Gmina dwóch instancji' });
    const official = await registerUser(a.client());
    await grantRole(a.db, official.id, municipality.id, 'OFFICIAL');
    const consultation = await createPublishedConsultation(official.client, municipality.id);
    const watcher = await joinedSocket(b.url, `consultation:${consultation.id}`);

    const arrived = nextEvent(
      watcher,
      'consultation.event',
      (event: ConsultationEvent) => event.kind === 'consultation.updated',
    );
    await official.client.data(
      `mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { id } }`,
      { input: { id: consultation.id, title: 'Tytuł zmieniony na A' } },
    );
    expect(await arrived).toMatchObject({
      kind: 'consultation.updated',
      consultationId: consultation.id,
      consultation: { title: 'Tytuł zmieniony na A' },
    });
  });

  it('runs every job once, whichever instance sent it and however many instances work', async () => {
    if (!available) return;
    await a.db.query(`CREATE TABLE test_job_runs (marker text NOT NULL, instance text NOT NULL)`);
    for (const [name, app] of [
      ['a', a],
      ['b', b],
    ] as const) {
      app.app.get(JobQueueService).register('test.record-run', async ({ marker }) => {
        await app.db.query(`INSERT INTO test_job_runs (marker, instance) VALUES ($1, $2)`, [marker, name]);
      });
    }
    const markers = Array.from({ length: 20 }, (_, i) => `job-${i}`);
    await Promise.all(
      markers.map((marker, i) => (i % 2 ? a : b).app.get(JobQueueService).send('test.record-run', { marker })),
    );
    // A singleton: the second send in the same slot is refused, so the work is done once.
    const once = { singletonKey: 'daily-digest', singletonSeconds: 3600 };
    expect(await a.app.get(JobQueueService).send('test.record-run', { marker: 'singleton' }, once)).not.toBeNull();
    expect(await b.app.get(JobQueueService).send('test.record-run', { marker: 'singleton' }, once)).toBeNull();

    // Sent inside a transaction: the job exists only if the transaction commits.
    const jobs = a.app.get(JobQueueService);
    await a.db.transaction((tx) => jobs.send('test.record-run', { marker: 'committed' }, { tx }));
    await expect(
      a.db.transaction(async (tx) => {
        await jobs.send('test.record-run', { marker: 'rolled back' }, { tx });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');

    const count = async () => Number((await a.db.query(`SELECT count(*) AS n FROM test_job_runs`))[0].n);
    await until('22 job runs', async () => ((await count()) >= 22 ? true : null), 20_000);
    // Two more polling rounds of both instances: nothing runs twice.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const runs: { marker: string; n: string }[] = await a.db.query(
      `SELECT marker, count(*) AS n FROM test_job_runs GROUP BY marker ORDER BY marker`,
    );
    expect(runs.map((run) => run.marker).sort()).toEqual([...markers, 'committed', 'singleton'].sort());
    expect(runs.every((run) => Number(run.n) === 1)).toBe(true);
  }, 40_000);

  it('announces a phase changed by the calendar once, from the every-minute schedule, with both instances running', async () => {
    if (!available) return;
    const schedules: { cron: string }[] = await a.db.query(`SELECT cron FROM pgboss.schedule WHERE name = $1`, [
      'consultation.phase-changes',
    ]);
    expect(schedules).toEqual([{ cron: '* * * * *' }]);

    const announcements = async () =>
      (
        await a.db.query(
          `SELECT payload FROM consultation_events WHERE consultation_id = $1 AND kind = 'consultation.phaseChanged'`,
          [dueConsultationId],
        )
      ).map((row: { payload: unknown }) => row.payload);
    // Nobody calls the job here: the first tick of the schedule (within ~10 s of start) does.
    await until('the scheduled announcement', async () => ((await announcements()).length > 0 ? true : null), 40_000);

    // Both instances ticking again, as after a clock jump or a slow run, change nothing.
    await Promise.all([a, b, a, b].map((app) => app.app.get(JobQueueService).send('consultation.phase-changes', {})));
    await until(
      'the extra runs to finish',
      async () => {
        const [{ n }] = await a.db.query(
          `SELECT count(*) AS n FROM pgboss.job WHERE name = 'consultation.phase-changes' AND state < 'completed'`,
        );
        return Number(n) === 0 ? true : null;
      },
      20_000,
    );
    expect(await announcements()).toEqual([expect.objectContaining({ phase: 'DIAGNOSIS', previousPhase: null })]);
  }, 90_000);
});
