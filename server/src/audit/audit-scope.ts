import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/**
 * The address of the request being served, so AuditService.record can note
 * where an event came from without every service passing the request along.
 * Kept apart from the log scope: log lines should not carry addresses.
 */
const scope = new AsyncLocalStorage<{ ip: string | null }>();

/** Express middleware (installed in bootstrap.ts after `trust proxy` is set, so req.ip is the client's). */
export function auditRequestScope(req: Request, _res: Response, next: NextFunction): void {
  scope.run({ ip: req.ip ?? req.socket.remoteAddress ?? null }, next);
}

export function currentRequestIp(): string | null {
  return scope.getStore()?.ip ?? null;
}
