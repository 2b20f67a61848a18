import type { Server } from 'node:http';
import { Injectable, Logger, type INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** How long a shutdown waits for HTTP requests in progress before cutting their connections. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Knows which HTTP requests are in progress, so a shutdown can let them
 * finish: a write that was answered with success is committed, and one
 * still running when the signal came is answered before the pool closes.
 * While draining, readiness answers 503 so a load balancer stops sending.
 */
@Injectable()
export class GracefulShutdownService {
  private readonly inFlight = new Set<Response>();
  private draining = false;
  private server: Server | null = null;
  private wakeWhenIdle: (() => void) | null = null;

  /** Express middleware, installed before every other: counts the request until its response is finished or aborted. */
  readonly trackRequests = (_req: Request, res: Response, next: NextFunction): void => {
    this.inFlight.add(res);
    if (this.draining) res.setHeader('Connection', 'close');
    const done = () => {
      if (!this.inFlight.delete(res)) return;
      if (!this.draining) return;
      // The connection is idle now; close it instead of keeping it alive for a request that must not come.
      this.server?.closeIdleConnections();
      if (this.inFlight.size === 0) this.wakeWhenIdle?.();
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };

  isDraining(): boolean {
    return this.draining;
  }

  /**
   * Stops accepting connections and waits, at most `timeoutMs`, for the
   * requests in progress; then closes what is left of the HTTP connections.
   * socket.io's connections stay open: closing the app drops them without a
   * disconnect packet, which socket.io clients answer by reconnecting
   * (through the load balancer, to another instance) and catching up.
   * Answers how many requests did not finish in time.
   */
  async drain(server: Server, timeoutMs: number = DRAIN_TIMEOUT_MS): Promise<number> {
    this.draining = true;
    this.server = server;
    // Requests still being worked on answer with `Connection: close`, so their keep-alive connections end with them.
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.close();
    server.closeIdleConnections();
    if (this.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.wakeWhenIdle = resolve;
        timer = setTimeout(resolve, timeoutMs);
      });
      clearTimeout(timer);
      this.wakeWhenIdle = null;
    }
    const unfinished = this.inFlight.size;
    server.closeAllConnections();
    return unfinished;
  }
}

/**
 * The whole graceful stop of a running app: no new connections, requests in
 * progress finish (bounded), then the app closes — the job queue stops
 * (waiting for running jobs), sockets are dropped so clients reconnect
 * elsewhere, Redis clients and the database pool close.
 */
export async function closeGracefully(
  app: INestApplication,
  options: { timeoutMs?: number; logger?: Logger } = {},
): Promise<void> {
  const logger = options.logger ?? new Logger('Shutdown');
  const unfinished = await app
    .get(GracefulShutdownService)
    .drain(app.getHttpServer() as Server, options.timeoutMs ?? DRAIN_TIMEOUT_MS);
  if (unfinished > 0) logger.warn(`${unfinished} request(s) did not finish in time and were cut off`);
  await app.close();
}
