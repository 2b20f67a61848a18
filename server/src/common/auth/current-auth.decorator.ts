import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthState, RequestContext } from '../request-context.js';
import { DomainError } from '../errors/domain-error.js';

function contextOf(execution: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(execution).getContext<RequestContext>();
}

/** The whole request context: auth, loaders, req/res. */
export const Ctx = createParamDecorator((_data: unknown, execution: ExecutionContext) => contextOf(execution));

/** The logged-in user; throws UNAUTHENTICATED, so handlers never see null. */
export const CurrentAuth = createParamDecorator((_data: unknown, execution: ExecutionContext): AuthState => {
  const auth = contextOf(execution).auth;
  if (!auth) throw DomainError.unauthenticated();
  return auth;
});
