import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetAfter, rows, type Queryable } from '../../common/database/sql.js';
import type { AuditEvent } from '../models/audit-event.model.js';
import type { AuditEventKind } from '../models/audit-event-kind.js';

export interface NewAuditRow {
  kind: AuditEventKind;
  actorId: string | null;
  ip: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

export interface AuditFilter {
  kinds: readonly AuditEventKind[] | null;
  actorId: string | null;
  from: Date | null;
  to: Date | null;
  after: [string, string] | null;
  limit: number;
}

const COLUMNS = `a.id, a.kind, a.occurred_at AS "occurredAt", a.actor_id AS "actorId",
  u.display_name AS "actorDisplayName", u.email AS "actorEmail", a.ip, a.target_type AS "targetType",
  a.target_id AS "targetId", a.details::text AS "detailsJson", a.occurred_at::text AS "cursorAt"`;

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(row: NewAuditRow, tx?: Queryable): Promise<void> {
    await (tx ?? this.db).query(
      `INSERT INTO audit_events (kind, actor_id, ip, target_type, target_id, details)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [row.kind, row.actorId, row.ip, row.targetType, row.targetId, JSON.stringify(row.details)],
    );
  }

  /** Newest first, filtered; `limit` rows (the caller asks one more to know about a next page). */
  page(filter: AuditFilter): Promise<AuditEvent[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.kinds?.length) {
      params.push(filter.kinds);
      where.push(`a.kind = ANY($${params.length})`);
    }
    if (filter.actorId) {
      params.push(filter.actorId);
      where.push(`a.actor_id = $${params.length}`);
    }
    if (filter.from) {
      params.push(filter.from);
      where.push(`a.occurred_at >= $${params.length}`);
    }
    if (filter.to) {
      params.push(filter.to);
      where.push(`a.occurred_at < $${params.length}`);
    }
    if (filter.after) {
      where.push(
        keysetAfter(
          [
            { sql: 'a.occurred_at', cast: 'timestamptz' },
            { sql: 'a.id', cast: 'uuid' },
          ],
          filter.after,
          params,
          'DESC',
        ),
      );
    }
    params.push(filter.limit);
    return rows<AuditEvent>(
      this.db,
      `SELECT ${COLUMNS} FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.occurred_at DESC, a.id DESC LIMIT $${params.length}`,
      params,
    );
  }
}
