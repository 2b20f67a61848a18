import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ModeratableKind, ModerationAction, ModeratorRole } from '@ratusz/shared';
import { keysetAfter, returningOne, rows, type Queryable } from '../../common/database/sql.js';

/** Moderation settings as a settings change records them; what does not apply is null (or, in a category's, absent). */
export interface LoggedSettings {
  flagThreshold?: number | null;
  premoderation: boolean | null;
  premoderationAccountDays: number | null;
  premoderationApprovedPosts: number | null;
}

/** One public log entry: no person named, neither the moderator nor the author. */
export interface ModerationLogRow {
  id: string;
  municipalityId: string | null;
  action: ModerationAction;
  actorRole: ModeratorRole;
  itemKind: ModeratableKind | null;
  reason: string | null;
  categoryId: string | null;
  categoryName: string | null;
  settingsBefore: LoggedSettings | null;
  settingsAfter: LoggedSettings | null;
  createdAt: Date;
  cursorAt: string;
}

const LOG_COLUMNS = `l.id, l.municipality_id AS "municipalityId", l.action, l.actor_role AS "actorRole",
  l.item_kind AS "itemKind", l.reason, l.category_id AS "categoryId", c.name AS "categoryName",
  l.settings_before AS "settingsBefore", l.settings_after AS "settingsAfter",
  l.created_at AS "createdAt", l.created_at::text AS "cursorAt"`;

export interface NewLogEntry {
  municipalityId: string | null;
  action: ModerationAction;
  actorRole: ModeratorRole;
  actorId: string | null;
  itemKind: ModeratableKind | null;
  itemId: string | null;
  reason: string | null;
  /** A settings change: the category whose own setting changed (none for a municipality's), and the values. */
  categoryId?: string | null;
  settingsBefore?: LoggedSettings;
  settingsAfter?: LoggedSettings;
}

@Injectable()
export class ModerationLogRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The entry's id. */
  async insert(entry: NewLogEntry, tx: Queryable): Promise<string> {
    const row = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO moderation_log (municipality_id, action, actor_role, actor_id, item_kind, item_id, reason,
         category_id, settings_before, settings_after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        entry.municipalityId,
        entry.action,
        entry.actorRole,
        entry.actorId,
        entry.itemKind,
        entry.itemId,
        entry.reason,
        entry.categoryId ?? null,
        entry.settingsBefore ? JSON.stringify(entry.settingsBefore) : null,
        entry.settingsAfter ? JSON.stringify(entry.settingsAfter) : null,
      ],
    );
    return row!.id;
  }

  /**
   * A settings change (`CHANGE_SETTINGS`, `CHANGE_CATEGORY_SETTINGS`) with the
   * values before and after, in the transaction that made it; saving the same
   * values again changed nothing and is not logged.
   */
  async insertSettingsChange(
    entry: Omit<NewLogEntry, 'itemKind' | 'itemId' | 'reason'> & {
      settingsBefore: LoggedSettings;
      settingsAfter: LoggedSettings;
    },
    tx: Queryable,
  ): Promise<void> {
    const { settingsBefore: before, settingsAfter: after } = entry;
    const fields = Object.keys(after) as (keyof LoggedSettings)[];
    if (fields.every((field) => before[field] === after[field])) return;
    await this.insert({ ...entry, itemKind: null, itemId: null, reason: null }, tx);
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
      `SELECT ${LOG_COLUMNS} FROM moderation_log l LEFT JOIN forum_categories c ON c.id = l.category_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY l.created_at DESC, l.id DESC LIMIT $1`,
      params,
    );
  }
}
