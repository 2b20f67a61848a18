import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { LoggerService, LogLevel } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import pretty from 'pino-pretty';

type LogFormat = 'json' | 'pretty';

/**
 * What the work in progress belongs to, added by the mixin below to every log record written meanwhile (GraphQL
 * errors included): the HTTP request being served; a job, with the id of the request that sent it; a socket's
 * message, with the id of the socket's handshake.
 */
export interface LogScope {
  requestId?: string;
  jobId?: string;
  socketId?: string;
}

const logScope = new AsyncLocalStorage<LogScope>();

/** The id of the request (or socket handshake) that caused the work in progress, if any. */
export function currentRequestId(): string | undefined {
  return logScope.getStore()?.requestId;
}

/** Runs `work` (and everything it starts, however asynchronous) with `scope` on its log records. */
export function withLogScope<T>(scope: LogScope, work: () => T): T {
  const fields = Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== undefined)) as LogScope;
  return logScope.run(fields, work);
}

/** The scope of the work in progress (to restore it later with withLogScope), if any. */
export function currentLogScope(): LogScope | undefined {
  return logScope.getStore();
}

/**
 * Runs `work` outside any scope: timers it starts for work shared by several requests (a batch of live events) carry
 * none of theirs.
 */
export function outsideLogScope<T>(work: () => T): T {
  return logScope.exit(work);
}

// A caller-chosen id is kept only if it cannot forge log structure or flood the line.
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** A sane `x-request-id` header (a proxy's, or a client's), else a fresh UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Nest's levels map onto pino's; the least severe one enabled decides pino's threshold. */
const PINO_LEVEL: Record<LogLevel, Level> = {
  verbose: 'trace',
  debug: 'debug',
  log: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'fatal',
};
const SEVERITY: Level[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

function thresholdOf(levels: LogLevel[] | false): Level | 'silent' {
  if (levels === false || levels.length === 0) return 'silent';
  return SEVERITY[Math.min(...levels.map((level) => SEVERITY.indexOf(PINO_LEVEL[level])))] ?? 'info';
}

export interface RootLoggerOptions {
  format: LogFormat;
  levels: LogLevel[] | false;
  /** Where records go; stdout when omitted (tests pass a stream to read them). */
  destination?: DestinationStream;
}

/** One JSON line per record (level, time, msg, requestId), or pino-pretty's lines for people at a terminal. */
export function createRootLogger({ format, levels, destination }: RootLoggerOptions): Logger {
  const stream =
    format === 'pretty'
      ? pretty({
          destination: destination ?? 1,
          sync: true,
          ignore: 'pid,hostname,context',
          translateTime: 'SYS:HH:MM:ss',
          messageFormat: '{if context}[{context}] {end}{msg}',
        })
      : // Asynchronous: lines written while a write is in progress go out together (one writev for many requests'
        // lines under load, not one each). Nothing waits for a buffer to fill, so a line is never held back, and
        // pino flushes what is pending when the process exits.
        (destination ?? pino.destination({ dest: 1, sync: false }));
  return pino(
    {
      level: thresholdOf(levels),
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // A copy: pino merges each record's own fields into the object the mixin returns.
      mixin: () => ({ ...logScope.getStore() }),
    },
    stream,
  );
}

/**
 * Express middleware: gives the request an id (a sane `x-request-id` header, else a UUID), echoes it in the
 * answer, runs the rest of the request inside its scope and logs one line when the answer is sent.
 */
export function requestLogging(logger: Logger): (req: Request, res: Response, next: NextFunction) => void {
  // pino-http did this with two child loggers per request, their bindings serialised up front: a tenth of the CPU of
  // a cached page or a refused query. One record per answer needs neither.
  return (req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    const { method, originalUrl: url } = req;
    const answered = (): void => {
      res.off('finish', answered);
      res.off('close', answered);
      const record = {
        requestId,
        req: { method, url },
        res: { statusCode: res.statusCode },
        responseTime: Math.round(performance.now() - started),
      };
      if (res.statusCode >= 500) logger.error(record, 'request errored');
      // Closed before the answer was sent: the client went away (or the server is shutting down).
      else logger.info(record, res.writableFinished ? 'request completed' : 'request aborted');
    };
    res.on('finish', answered);
    res.on('close', answered);
    withLogScope({ requestId }, next);
  };
}

/** Nest's LoggerService on pino: Nest's own lines and every `new Logger(context)` become records. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    // Nest passes the context last; error() may pass a stack before it.
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const stack = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'string') this.logger[level](fields, message);
    else this.logger[level]({ ...fields, data: message }, 'object');
  }
}
