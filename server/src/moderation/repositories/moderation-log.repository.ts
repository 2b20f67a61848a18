import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ModeratableKind, ModerationAction, ModeratorRole } from '@ratusz/shared';
import { keysetAfter, returningOne, rows, type Queryable } from '../../common/database/sql.js';

/** One public log entry: no person named, neither the moderator nor the author. */
export interface ModerationLogRow {
  id: string;
  municipalityId: string | null;
  action: ModerationAction;
  actorRole: ModeratorRole;
  itemKind: ModeratableKind | null;
  reason: string | null;
  createdAt: Date;
  cursorAt: string;
}

const LOG_COLUMNS = `l.id, l.municipality_id AS "municipalityId", l.action, l.actor_role AS "actorRole",
  l.item_kind AS "itemKind", l.reason, l.created_at AS "createdAt", l.created_at::text AS "cursorAt"`;

export interface NewLogEntry {
  municipalityId: string | null;
  action: ModerationAction;
  actorRole: ModeratorRole;
  actorId: string | null;
  itemKind: ModeratableKind | null;
  itemId: string | null;
  reason: string | null;
}

@Injectable()
export class ModerationLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The entry's id. */
  async insert(entry: NewLogEntry, tx: Queryable): Promise<string> {
    const row = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO moderation_log (municipality_id, action, actor_role, actor_id, item_kind, item_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [entry.municipalityId, entry.action, entry.actorRole, entry.actorId, entry.itemKind, entry.itemId, entry.reason],
    );
    return row!.id;
  }

  /** Newest first. */
  page(municipalityId: string | null, limit: number, after: [string, string] | null): Promise<ModerationLogRow[]> {
    const params: unknown[] = [limit];
    const where: string[] = [];
    if (municipalityId) {
      params.push(municipalityId);
      where.push(`l.municipality_id = $${params.length}`);
    }
    if (after) {
      where.push(
        keysetAfter(
          [
            { sql: 'l.created_at', cast: 'timestamptz' },
            { sql: 'l.id', cast: 'uuid' },
          ],
          after,
          params,
          'DESC',
        ),
      );
    }
    return rows<ModerationLogRow>(
      this.db,
      `SELECT ${LOG_COLUMNS} FROM moderation_log l ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY l.created_at DESC, l.id DESC LIMIT $1`,
      params,
    );
  }
}
