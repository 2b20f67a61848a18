import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Socket } from 'socket.io';
import type { SocketData } from '@ratusz/shared';
import { DomainError } from '../errors/domain-error.js';
import type { AuthState, RequestContext } from '../request-context.js';
import { ACCESS_METADATA, AccessRule } from './access.decorators.js';

/** Global guard: a handler with no declared access rule is refused, whatever it is. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(execution: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (rule === undefined) {
      throw DomainError.forbidden('This operation has no access rule and is refused.');
    }
    if (rule === AccessRule.PUBLIC) return true;

    const auth = this.authOf(execution);
    if (!auth) throw DomainError.unauthenticated();
    if (rule === AccessRule.ADMIN && !auth.isAdmin) throw DomainError.forbidden('Only administrators can do this.');
    return true;
  }

  private authOf(execution: ExecutionContext): Pick<AuthState, 'userId' | 'isAdmin'> | null {
    const type = execution.getType<GqlContextType>();
    if (type === 'graphql') return GqlExecutionContext.create(execution).getContext<RequestContext>().auth;
    if (type === 'ws') {
      const data = execution.switchToWs().getClient<Socket>().data as SocketData;
      // Sockets carry no admin flag; admin-only socket handlers do not exist.
      return data.userId ? { userId: data.userId, isAdmin: false } : null;
    }
    return null;
  }
}
