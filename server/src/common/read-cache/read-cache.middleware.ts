import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NextFunction, Request, Response } from 'express';
import { readSessionToken } from '../../accounts/session-cookie.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ANONYMOUS_OPERATION, MetricsService } from '../../metrics/metrics.service.js';
import { planReadCache, type ReadCachePlan } from './read-cache-plan.js';
import { ReadCacheRepository } from './read-cache.repository.js';
import { ReadCacheStore } from './read-cache.store.js';

interface GraphQLBody {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

function isGraphQLBody(body: unknown): body is GraphQLBody {
  if (typeof body !== 'object' || body === null) return false;
  const { query, variables, operationName } = body as Record<string, unknown>;
  return (
    typeof query === 'string' &&
    (variables === undefined || variables === null || typeof variables === 'object') &&
    (operationName === undefined || operationName === null || typeof operationName === 'string')
  );
}

const MAX_PLANS = 500;
/** Header naming how the answer was made, for operators and tests: `hit` or `miss`. */
export const READ_CACHE_HEADER = 'x-read-cache';

/**
 * The anonymous read path (issue: serve reads close to what the database and HTTP allow). A thread page asked for
 * by a visitor without a session is answered with the bytes of an earlier identical answer when the database says
 * nothing it shows has changed since (read-cache.repository.ts; the versions are counted by triggers, so every
 * write path counts). One indexed SELECT instead of GraphQL execution; a new post is in the very next read.
 * Concurrent misses of one answer wait for the first instead of all executing it.
 */
@Injectable()
export class ReadCacheMiddleware implements NestMiddleware {
  private readonly store: ReadCacheStore;
  /** Per operation name and document text: its plan, or null when it is not cacheable. */
  private readonly plans = new Map<string, ReadCachePlan | null>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    // GraphQLSchemaHost lives in the GraphQL module's scope; it is looked up once the schema exists.
    private readonly moduleRef: ModuleRef,
    private readonly versions: ReadCacheRepository,
    private readonly metrics: MetricsService,
  ) {
    this.store = new ReadCacheStore(config.readCacheMb * 1024 * 1024);
  }

  use(req: Request, res: Response, next: NextFunction): void {
    const body: unknown = req.body;
    if (
      this.config.readCacheMb === 0 ||
      req.method !== 'POST' ||
      !isGraphQLBody(body) ||
      readSessionToken(req.headers.cookie) !== undefined
    ) {
      next();
      return;
    }
    const plan = this.planFor(body.query, body.operationName);
    const threadIds = plan?.threadIds(body.variables);
    if (!threadIds) {
      next();
      return;
    }
    const key = `${body.operationName ?? ''}\u0000${body.query}\u0000${JSON.stringify(body.variables ?? {})}`;
    this.serve(key, body, threadIds, res, next).catch(next);
  }

  private async serve(
    key: string,
    body: GraphQLBody,
    threadIds: string[],
    res: Response,
    next: NextFunction,
  ): Promise<void> {
    const started = process.hrtime.bigint();
    const version = await this.versions.versionOf(threadIds);
    if (version === null) {
      next();
      return;
    }
    const flightKey = `${version}\u0000${key}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) await pending;
    const cached = this.store.get(key);
    if (cached?.version === version) {
      this.metrics.readCacheUsed('hit');
      this.metrics.recordGraphQLRequest(
        body.operationName ?? ANONYMOUS_OPERATION,
        'success',
        Number(process.hrtime.bigint() - started) / 1e9,
      );
      res.status(200).setHeader('content-type', cached.contentType).setHeader(READ_CACHE_HEADER, 'hit');
      res.end(cached.body);
      return;
    }
    if (pending) {
      // The first request's answer had errors or was not stored: this one runs on its own.
      next();
      return;
    }
    this.metrics.readCacheUsed('miss');
    let settle = (): void => undefined;
    this.inFlight.set(
      flightKey,
      new Promise<void>((resolve) => {
        settle = resolve;
      }),
    );
    const done = (): void => {
      this.inFlight.delete(flightKey);
      settle();
    };
    res.setHeader(READ_CACHE_HEADER, 'miss');
    this.capture(res, (sent) => {
      if (sent && res.statusCode === 200) this.keep(key, version, sent, res);
      done();
    });
    res.once('close', done);
    next();
  }

  /** Calls `onEnd` with the bytes of the answer (null if they were streamed in parts) as it is sent. */
  private capture(res: Response, onEnd: (sent: Buffer | null) => void): void {
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    let written = false;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    res.write = ((...args: unknown[]) => {
      written = true;
      return write(...args);
    }) as typeof res.write;
    res.end = ((...args: unknown[]) => {
      const [chunk] = args;
      const sent = written
        ? null
        : typeof chunk === 'string'
          ? Buffer.from(chunk)
          : Buffer.isBuffer(chunk)
            ? chunk
            : null;
      onEnd(sent);
      return end(...args);
    }) as typeof res.end;
  }

  private keep(key: string, version: string, sent: Buffer, res: Response): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(sent.toString('utf8'));
    } catch {
      return;
    }
    // Refused or failed (bad input, a limit): such answers are never kept.
    if (typeof parsed !== 'object' || parsed === null || 'errors' in parsed || !('data' in parsed)) return;
    const contentType = res.getHeader('content-type');
    this.store.set(key, {
      version,
      body: sent,
      contentType: typeof contentType === 'string' ? contentType : 'application/json; charset=utf-8',
    });
  }

  private planFor(query: string, operationName: string | null | undefined): ReadCachePlan | null {
    const planKey = `${operationName ?? ''}\u0000${query}`;
    const known = this.plans.get(planKey);
    if (known !== undefined) return known;
    const plan = planReadCache(this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema, query, operationName);
    if (this.plans.size >= MAX_PLANS) this.plans.delete(this.plans.keys().next().value as string);
    this.plans.set(planKey, plan);
    return plan;
  }
}
