import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { JobQueueService } from '../jobs/job-queue.service.js';

/** The few numbers pg's Pool keeps about itself. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

function isPool(value: unknown): value is PoolCounts {
  return typeof value === 'object' && value !== null && 'totalCount' in value && 'idleCount' in value;
}

/** Operation names come from clients; past this many distinct ones, new names share one label. */
const MAX_OPERATION_LABELS = 200;
const OTHER_OPERATION = '__other';
/** A document that resolved to an operation without a name. */
export const ANONYMOUS_OPERATION = '__anonymous';
/** A request refused before an operation was chosen (parse or validation errors). */
export const UNRESOLVED_OPERATION = '__unresolved';

export type GraphQLOutcome = 'success' | 'error' | 'invalid';

/**
 * Prometheus metrics of this instance, in a registry of its own (not prom-client's global one) so several apps in
 * one process — the tests — do not collide. Gauges that mirror state elsewhere are read at scrape time.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  private readonly graphqlRequests = new Counter({
    name: 'ratusz_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (success, error, invalid: refused before execution).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly graphqlDuration = new Histogram({
    name: 'ratusz_graphql_request_duration_seconds',
    help: 'GraphQL request duration, from receipt to the response being ready, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly sockets = new Gauge({
    name: 'ratusz_sockets_connected',
    help: 'socket.io clients connected to this instance.',
    registers: [this.registry],
  });

  private readonly events = new Counter({
    name: 'ratusz_events_emitted_total',
    help: 'Live events emitted to rooms by this instance, by event name.',
    labelNames: ['event'] as const,
    registers: [this.registry],
  });

  private readonly readCache = new Counter({
    name: 'ratusz_read_cache_requests_total',
    help: 'Anonymous reads the read cache considered: hit (served from memory), miss (executed and stored).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueueService,
  ) {
    collectDefaultMetrics({ register: this.registry });
    const queue = this.jobs;
    new Gauge({
      name: 'ratusz_job_queue_depth',
      help: 'Jobs waiting (created or to be retried) per queue.',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        // Before boot or during shutdown the queue is not running: no numbers rather than a failed scrape.
        if (!queue.isRunning()) return;
        const sizes = await queue.queueSizes().catch(() => ({}));
        for (const [queue, size] of Object.entries(sizes)) this.set({ queue }, size ?? 0);
      },
    });
    const pool = () => (this.db.driver as { master?: unknown }).master;
    new Gauge({
      name: 'ratusz_db_pool_connections',
      help: 'Connections of the database pool: total, idle, and requests waiting for one.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const counts = pool();
        if (!isPool(counts)) return;
        this.set({ state: 'total' }, counts.totalCount);
        this.set({ state: 'idle' }, counts.idleCount);
        this.set({ state: 'waiting' }, counts.waitingCount);
      },
    });
  }

  recordGraphQLRequest(operationName: string, outcome: GraphQLOutcome, seconds: number): void {
    const operation = this.operationLabel(operationName);
    this.graphqlRequests.inc({ operation, outcome });
    this.graphqlDuration.observe({ operation }, seconds);
  }

  readCacheUsed(outcome: 'hit' | 'miss'): void {
    this.readCache.inc({ outcome });
  }

  socketConnected(): void {
    this.sockets.inc();
  }

  socketDisconnected(): void {
    this.sockets.dec();
  }

  /** `count` events of one kind went out (a list of them counts each). */
  eventEmitted(event: string, count = 1): void {
    this.events.inc({ event }, count);
  }

  private operationLabel(name: string): string {
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return OTHER_OPERATION;
    this.operations.add(name);
    return name;
  }
}
