import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { rows, type Queryable } from '../common/database/sql.js';
import { currentRequestId, withLogScope } from '../common/logging/logger.js';
import { JOB_SETTINGS, type JobName, type JobPayloads, type JobSettings } from './job-types.js';
import { JobQueueLockRepository } from './repositories/job-queue-lock.repository.js';

/** Provided by AppModule only: command-line tools build the same feature modules without a running queue. */
export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

export interface JobQueueOptions {
  databaseUrl: string;
}

/** pg-boss keeps its tables in this schema of the app's database, created and upgraded by pg-boss itself. */
const JOB_QUEUE_SCHEMA = 'pgboss';

interface JobContext {
  id: string;
  name: JobName;
  /** The request whose work sent the job (none for a cron tick); already on every log record of the handler. */
  requestId?: string;
}

/**
 * Stored beside the payload in the job's data, never handed to handlers: the id of the request that sent the job, so
 * the job's log lines can be traced to it. A job sent by a job carries the same id on.
 */
const JOB_META = '$meta';

interface JobMeta {
  requestId?: string;
}

function withMeta(payload: object): object {
  const requestId = currentRequestId();
  return requestId ? { ...payload, [JOB_META]: { requestId } satisfies JobMeta } : payload;
}

function withoutMeta<T>(data: T): { payload: T; meta: JobMeta } {
  if (data === null || typeof data !== 'object' || !(JOB_META in data)) return { payload: data, meta: {} };
  const { [JOB_META]: meta, ...payload } = data as Record<string, unknown>;
  return { payload: payload as T, meta: typeof meta === 'object' && meta !== null ? (meta as JobMeta) : {} };
}

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], job: JobContext) => Promise<void>;

export interface SendOptions {
  /**
   * With `singletonSeconds`: at most one job per key in each time slot of that length, done or not (e.g. one
   * digest per user per day). On a `short` or `stately` queue, alone: at most one job per key waiting.
   */
  singletonKey?: string;
  singletonSeconds?: number;
  /** Not before this time (e.g. a reminder a day before a meeting). */
  startAfter?: Date;
  /** Sends as part of this transaction: the job exists only if the transaction commits. */
  tx?: Queryable;
}

// Every worker asks for work this often; a job sent waits at most this long before it starts.
const POLLING_INTERVAL_SECONDS = 2;
// Jobs one worker takes at a time (and then runs one after another).
const BATCH_SIZE = 10;
// How long a shutdown waits for running jobs before failing them (they are retried elsewhere if they have tries left).
const STOP_TIMEOUT_MS = 10_000;

/**
 * The one queue for deferred work: pg-boss on the app's PostgreSQL. Every job
 * runs once whatever the number of instances (workers take jobs with
 * `FOR UPDATE SKIP LOCKED`, cron ticks are deduplicated in the database).
 * A job can be tried again after a crash or a failure, so handlers are
 * idempotent.
 *
 * Features register handlers in `onModuleInit`; the queue starts when the
 * application has booted (after the migrations) and stops first on close,
 * while the database pool is still open for the jobs that are finishing.
 */
@Injectable()
export class JobQueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  private readonly queues = new Map<JobName, Promise<void>>();
  private readonly workers = new Map<JobName, string>();
  private boss: PgBoss | null = null;
  private running = false;

  constructor(
    private readonly lock: JobQueueLockRepository,
    @Optional() @Inject(JOB_QUEUE_OPTIONS) private readonly options?: JobQueueOptions,
  ) {}

  /**
   * Handles every job of `name` sent by any instance, one at a time per
   * instance; a job whose definition has a `cron` is also scheduled. One
   * handler per job name.
   */
  register<N extends JobName>(name: N, handler: JobHandler<N>): void {
    if (this.handlers.has(name)) throw new Error(`Job "${name}" already has a handler.`);
    this.handlers.set(name, handler as unknown as JobHandler<JobName>);
    if (this.running) {
      this.activate(name).catch((error: unknown) =>
        this.logger.error(`Could not start the worker of "${name}": ${String(error)}`),
      );
    }
  }

  /** Queues a job; answers its id, or null when a singleton rule (or a `stately` queue) dropped it as a duplicate. */
  async send<N extends JobName>(name: N, payload: JobPayloads[N], options: SendOptions = {}): Promise<string | null> {
    const boss = this.started();
    await this.ensureQueue(name);
    const sendOptions: PgBoss.SendOptions = {};
    if (options.singletonKey !== undefined) sendOptions.singletonKey = options.singletonKey;
    if (options.singletonSeconds !== undefined) sendOptions.singletonSeconds = options.singletonSeconds;
    if (options.startAfter !== undefined) sendOptions.startAfter = options.startAfter;
    if (options.tx) sendOptions.db = inTransaction(options.tx);
    const id = await boss.send(name, withMeta(payload), sendOptions);
    // This instance works on the queue itself: start now rather than at the next poll (a job sent in a transaction
    // that has not committed yet is simply not found, and the next poll takes it).
    const workerId = this.workers.get(name);
    if (id && workerId) boss.notifyWorker(workerId);
    return id;
  }

  /** True from boot until shutdown begins; what readiness reports. */
  isRunning(): boolean {
    return this.running;
  }

  /** Jobs waiting (created or to be retried) per queue that this instance knows; for monitoring. */
  async queueSizes(): Promise<Partial<Record<JobName, number>>> {
    const boss = this.started();
    const sizes: Partial<Record<JobName, number>> = {};
    for (const name of this.queues.keys()) sizes[name] = await boss.getQueueSize(name);
    return sizes;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options) return;
    const boss = new PgBoss({
      connectionString: this.options.databaseUrl,
      schema: JOB_QUEUE_SCHEMA,
      application_name: 'ratusz-jobs',
      max: 4,
      // Cron ticks are checked this often (default 30 s), so a schedule fires within ~10 s of its minute.
      cronMonitorIntervalSeconds: 10,
      cronWorkerIntervalSeconds: POLLING_INTERVAL_SECONDS,
    });
    // pg-boss reports lost connections and failed maintenance as 'error' events; unheard, one would crash the process.
    boss.on('error', (error: Error) => this.logger.warn(`pg-boss: ${error.message}`));
    await this.lock.whileLocked(() => boss.start());
    this.boss = boss;
    // Every known queue exists before the first send: creating one inside a caller's transaction that already sent
    // a job would wait on that transaction's own lock on the job table.
    for (const name of Object.keys(JOB_SETTINGS) as JobName[]) await this.ensureQueue(name);
    for (const name of this.handlers.keys()) await this.activate(name);
    this.running = true;
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.running = false;
    this.boss = null;
    this.queues.clear();
    this.workers.clear();
    if (!boss) return;
    // Waits for running jobs (bounded), then closes pg-boss's own pool.
    await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not running (it runs in the server, not in command-line tools).');
    return this.boss;
  }

  private async activate(name: JobName): Promise<void> {
    const boss = this.started();
    const handler = this.handlers.get(name)!;
    const settings: JobSettings = JOB_SETTINGS[name] ?? {};
    await this.ensureQueue(name);
    let workerId: string | null = null;
    workerId = await boss.work<JobPayloads[JobName]>(
      name,
      { batchSize: BATCH_SIZE, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS },
      async (jobs) => {
        // One by one, each failing on its own; pg-boss completes the rest of the batch afterwards.
        for (const job of jobs) {
          const { payload, meta } = withoutMeta(job.data);
          await withLogScope({ requestId: meta.requestId, jobId: job.id }, async () => {
            try {
              await handler(payload, { id: job.id, name, requestId: meta.requestId });
            } catch (error) {
              const message = error instanceof Error ? error.message : String(error);
              this.logger.warn(`Job ${name} ${job.id} failed: ${message}`);
              await boss.fail(name, job.id, { message });
            }
          });
        }
        // A full batch means more are probably waiting: fetch again at once instead of after the polling interval.
        if (jobs.length === BATCH_SIZE && workerId) boss.notifyWorker(workerId);
      },
    );
    this.workers.set(name, workerId);
    if (settings.cron) {
      await boss.schedule(name, settings.cron, {}, { tz: settings.timeZone ?? 'UTC' });
    }
  }

  private ensureQueue(name: JobName): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      const boss = this.started();
      // Creating a queue attaches a partition to pg-boss's job table; two instances doing it at once deadlock.
      created = this.lock.whileLocked(() => boss.createQueue(name, queueOptions(name, JOB_SETTINGS[name] ?? {})));
      // A failed attempt is forgotten, so the next send tries again.
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }
}

function queueOptions(name: JobName, settings: JobSettings): PgBoss.Queue {
  const queue: PgBoss.Queue = { name, policy: settings.policy ?? 'standard' };
  if (settings.retryLimit !== undefined) queue.retryLimit = settings.retryLimit;
  if (settings.retryDelaySeconds !== undefined) queue.retryDelay = settings.retryDelaySeconds;
  if (settings.expireInSeconds !== undefined) queue.expireInSeconds = settings.expireInSeconds;
  return queue;
}

/** pg-boss's statements run through the caller's TypeORM transaction. */
function inTransaction(tx: Queryable): PgBoss.Db {
  return { executeSql: async (text: string, values: unknown[]) => ({ rows: await rows<unknown>(tx, text, values) }) };
}
