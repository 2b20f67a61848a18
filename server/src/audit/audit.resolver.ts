import { Args, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { AuditEventsArgs } from './dtos/audit-events.args.js';
import { AuditEvent, AuditEventConnection } from './models/audit-event.model.js';
import { AuditService } from './services/audit.service.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly viewers: ViewerService,
  ) {}

  @AdminOnly()
  @Query(() => AuditEventConnection, {
    description: 'Security-relevant events, newest first, filtered by kind, actor and time; administrators only.',
  })
  async auditEvents(@Args() args: AuditEventsArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<AuditEvent>> {
    return this.audit.list(await this.viewers.forRequest(ctx), args);
  }
}
