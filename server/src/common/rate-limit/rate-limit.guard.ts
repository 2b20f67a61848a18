import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { SessionService } from '../../accounts/services/session.service.js';
import { readSessionToken } from '../../accounts/session-cookie.js';
import type { RequestContext } from '../request-context.js';
import { RATE_LIMIT_METADATA } from './rate-limit.decorator.js';
import type { RateLimitRuleName } from './rate-limit.rules.js';
import { rateLimitedError, RateLimitService } from './rate-limit.service.js';

/**
 * A 429 for plain HTTP handlers, with the body in the shape of a GraphQL error
 * so the client translates it like any other RATE_LIMITED.
 */
export class RateLimitedHttpException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super({ errors: [RateLimitedHttpException.errorOf(retryAfterSeconds)] }, HttpStatus.TOO_MANY_REQUESTS);
  }

  /** The one error of the body, for exception filters that build their own `{ errors: [...] }`. */
  graphqlError(): { message: string; extensions: Record<string, unknown> } {
    return RateLimitedHttpException.errorOf(this.retryAfterSeconds);
  }

  private static errorOf(retryAfterSeconds: number) {
    const error = rateLimitedError(retryAfterSeconds);
    return { message: error.message, extensions: { ...error.extensions } };
  }
}

/**
 * Global guard, after AccessGuard: a handler marked `@RateLimit(rule)` counts
 * against that rule for the caller's account (when logged in) and IP
 * (`req.ip`, which honours TRUST_PROXY). GraphQL gets RATE_LIMITED with
 * `retryAfterSeconds`; HTTP handlers get 429 with `Retry-After`.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<RateLimitRuleName | undefined>(RATE_LIMIT_METADATA, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (rule === undefined) return true;
    const type = execution.getType<GqlContextType>();

    if (type === 'graphql') {
      const ctx = GqlExecutionContext.create(execution).getContext<RequestContext>();
      const verdict = await this.limits.consume(rule, { userId: ctx.auth?.userId ?? null, ip: ipOf(ctx.req) });
      if (verdict.allowed) return true;
      ctx.res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
      throw rateLimitedError(verdict.retryAfterSeconds);
    }

    if (type === 'http') {
      const req = execution.switchToHttp().getRequest<Request>();
      // HTTP handlers resolve the session themselves; the guard runs before them, so it reads the cookie too.
      const auth = await this.sessions.authenticate(readSessionToken(req.headers.cookie));
      const verdict = await this.limits.consume(rule, { userId: auth?.userId ?? null, ip: ipOf(req) });
      if (verdict.allowed) return true;
      execution.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(verdict.retryAfterSeconds));
      throw new RateLimitedHttpException(verdict.retryAfterSeconds);
    }
    return true;
  }
}

function ipOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
