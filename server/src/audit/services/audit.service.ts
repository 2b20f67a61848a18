import { Injectable, Logger } from '@nestjs/common';
import { FieldErrorCode } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, type Viewer } from '../../common/policy/viewer.js';
import { currentRequestIp } from '../audit-scope.js';
import { canReadAuditLog } from '../audit.policy.js';
import type { AuditEventsArgs } from '../dtos/audit-events.args.js';
import type { AuditEvent } from '../models/audit-event.model.js';
import type { AuditEventKind } from '../models/audit-event-kind.js';
import { AuditRepository } from '../repositories/audit.repository.js';

/** What a feature reports; the time is the database's, the address the current request's unless given. */
export interface AuditEventInput {
  kind: AuditEventKind;
  /** Who acted; null when unknown (a failed login). */
  actorId: string | null;
  target?: { type: string; id: string } | null;
  /** Plain facts only: never passwords, tokens or session secrets. */
  details?: Record<string, string | number | boolean | null>;
  /** The client's address, when the caller knows it better than the request scope (e.g. login's). */
  ip?: string | null;
}

/** Keys that must never reach the log, however a caller names them. */
const SECRET_KEY = /pass|token|secret|hash|cookie/i;

/**
 * The audit log: one append-only table of security-relevant events that
 * other features record (`record(event, tx?)`, inside their transaction when
 * the event must commit with the change) and administrators read.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('AuditService');

  constructor(private readonly events: AuditRepository) {}

  async record(event: AuditEventInput, tx?: Queryable): Promise<void> {
    const details = Object.fromEntries(Object.entries(event.details ?? {}).filter(([key]) => !SECRET_KEY.test(key)));
    await this.events.insert(
      {
        kind: event.kind,
        actorId: event.actorId,
        ip: event.ip ?? currentRequestIp(),
        targetType: event.target?.type ?? null,
        targetId: event.target?.id ?? null,
        details,
      },
      tx,
    );
  }

  /**
   * For events recorded outside a transaction after the action already
   * happened (a download being served): a failure to log is reported, not
   * turned into a failed download.
   */
  async recordQuietly(event: AuditEventInput): Promise<void> {
    try {
      await this.record(event);
    } catch (error) {
      this.logger.error(
        `Could not write an audit event ${event.kind}`,
        error instanceof Error ? error.stack : String(error),
      );
    }
  }

  async list(viewer: Viewer, args: AuditEventsArgs): Promise<ConnectionShape<AuditEvent>> {
    requireAccess(canReadAuditLog(viewer), 'Only administrators may read the audit log.');
    if (args.from && args.to && args.from.getTime() > args.to.getTime()) {
      throw DomainError.badInput([{ field: 'to', code: FieldErrorCode.BEFORE_START }]);
    }
    const after = decodeCursor(args.after);
    const found = await this.events.page({
      kinds: args.kinds ?? null,
      actorId: args.actorId ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
      after: after ? [String(after[0]), after[1]] : null,
      limit: args.first + 1,
    });
    return toConnection(found, args.first, (event) => [event.cursorAt, event.id]);
  }
}
