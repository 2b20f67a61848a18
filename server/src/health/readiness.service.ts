import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { migrations } from '../../../migrations/index.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobQueueService } from '../jobs/job-queue.service.js';
import { GracefulShutdownService } from './graceful-shutdown.service.js';
import { RedisPing, withTimeout } from './redis-ping.js';
import { DatabasePingRepository } from './repositories/database-ping.repository.js';
import { MigrationStatusRepository } from './repositories/migration-status.repository.js';

/** Each check answers within this time or counts as failed, so a probe never hangs on a dead dependency. */
const CHECK_TIMEOUT_MS = 2_000;

type CheckName = 'database' | 'redis' | 'migrations' | 'jobs' | 'shutdown';

interface CheckResult {
  status: 'ok' | 'failed';
  /** Why it failed, in a few words (never a connection string or a stack). */
  reason?: string;
}

export interface Readiness {
  ready: boolean;
  checks: Partial<Record<CheckName, CheckResult>>;
}

const EXPECTED_MIGRATIONS = migrations.map((Migration) => new Migration().name ?? Migration.name);

/**
 * Whether this instance should get traffic: the database answers with every
 * migration applied, Redis answers when it is configured, the job queue runs,
 * and no shutdown has begun.
 */
@Injectable()
export class ReadinessService implements OnApplicationShutdown {
  private readonly redis: RedisPing | null;

  constructor(
    private readonly database: DatabasePingRepository,
    private readonly migrationStatus: MigrationStatusRepository,
    private readonly jobs: JobQueueService,
    private readonly shutdown: GracefulShutdownService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = config.redisUrl ? new RedisPing(config.redisUrl) : null;
  }

  async check(): Promise<Readiness> {
    const [database, migrationsResult, redis] = await Promise.all([
      settle(this.database.ping(), 'database did not answer'),
      settle(this.pendingMigrations(), 'could not read the applied migrations'),
      this.redis ? settle(this.redis.ping(CHECK_TIMEOUT_MS), 'Redis did not answer') : null,
    ]);
    const checks: Readiness['checks'] = {
      database: withoutValue(database),
      migrations:
        migrationsResult.status === 'ok' && migrationsResult.value.length > 0
          ? { status: 'failed', reason: `pending: ${migrationsResult.value.join(', ')}` }
          : withoutValue(migrationsResult),
      jobs: this.jobs.isRunning() ? { status: 'ok' } : { status: 'failed', reason: 'job queue not running' },
    };
    if (redis) checks.redis = withoutValue(redis);
    if (this.shutdown.isDraining()) checks.shutdown = { status: 'failed', reason: 'shutting down' };
    return { ready: Object.values(checks).every((check) => check.status === 'ok'), checks };
  }

  onApplicationShutdown(): void {
    this.redis?.close();
  }

  private async pendingMigrations(): Promise<string[]> {
    const applied = new Set(await this.migrationStatus.appliedNames());
    return EXPECTED_MIGRATIONS.filter((name) => !applied.has(name));
  }
}

type Settled<T> = { status: 'ok'; value: T } | { status: 'failed'; reason: string };

async function settle<T>(promise: Promise<T>, reason: string): Promise<Settled<T>> {
  try {
    return { status: 'ok', value: await withTimeout(promise, CHECK_TIMEOUT_MS, reason) };
  } catch {
    return { status: 'failed', reason };
  }
}

function withoutValue(result: Settled<unknown>): CheckResult {
  return result.status === 'ok' ? { status: 'ok' } : result;
}
