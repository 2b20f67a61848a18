import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  MODERATION_LIMITS,
  OPEN_MODERATION_STATES,
  type ModeratableKind,
  type ModerationItemState,
} from '@ratusz/shared';
import { keysetAfter, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import { blockInForce } from '../blocks.js';

/** An item's row in the queue (whatever its content kind). */
export interface ModerationItemRow {
  kind: ModeratableKind;
  itemId: string;
  municipalityId: string | null;
  authorId: string | null;
  state: ModerationItemState;
  openFlagCount: number;
  lastFlaggedAt: Date;
  cursorAt: string;
}

const ITEM_COLUMNS = `i.kind, i.item_id AS "itemId", i.municipality_id AS "municipalityId", i.author_id AS "authorId",
  i.state, i.open_flag_count AS "openFlagCount", i.last_flagged_at AS "lastFlaggedAt",
  i.last_flagged_at::text AS "cursorAt"`;

export interface SettingsRow {
  flagThreshold: number;
  premoderation: boolean;
  premoderationAccountDays: number;
  premoderationApprovedPosts: number;
}

const SETTINGS_COLUMNS = `flag_threshold AS "flagThreshold", premoderation,
  premoderation_account_days AS "premoderationAccountDays", premoderation_approved_posts AS "premoderationApprovedPosts"`;

/** What the queue shows about an author: how often moderators had to act on them. */
export interface AuthorHistoryRow {
  userId: string;
  hiddenCount: number;
  warningCount: number;
  blockCount: number;
  blockedUntil: Date | null;
}

@Injectable()
export class ModerationItemRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async flagThreshold(municipalityId: string | null, tx: Queryable = this.db): Promise<number> {
    if (!municipalityId) return MODERATION_LIMITS.defaultFlagThreshold;
    return (await this.settings(municipalityId, tx)).flagThreshold;
  }

  /** The municipality's settings, or the defaults when it set none. */
  async settings(municipalityId: string, tx: Queryable = this.db): Promise<SettingsRow> {
    const found = await one<SettingsRow>(
      tx,
      `SELECT ${SETTINGS_COLUMNS} FROM moderation_settings WHERE municipality_id = $1`,
      [municipalityId],
    );
    return (
      found ?? {
        flagThreshold: MODERATION_LIMITS.defaultFlagThreshold,
        premoderation: false,
        premoderationAccountDays: 0,
        premoderationApprovedPosts: 0,
      }
    );
  }

  /**
   * The municipality's settings, locked until `tx` ends, so concurrent changes
   * each see the one before them. One that set none gets its row with the
   * defaults first: there is nothing to lock otherwise.
   */
  async lockSettings(municipalityId: string, tx: Queryable): Promise<SettingsRow> {
    await tx.query('INSERT INTO moderation_settings (municipality_id) VALUES ($1) ON CONFLICT DO NOTHING', [
      municipalityId,
    ]);
    const found = await one<SettingsRow>(
      tx,
      `SELECT ${SETTINGS_COLUMNS} FROM moderation_settings WHERE municipality_id = $1 FOR UPDATE`,
      [municipalityId],
    );
    return found!;
  }

  async setSettings(municipalityId: string, settings: SettingsRow, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `INSERT INTO moderation_settings (municipality_id, flag_threshold, premoderation, premoderation_account_days,
         premoderation_approved_posts) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (municipality_id) DO UPDATE SET flag_threshold = EXCLUDED.flag_threshold,
         premoderation = EXCLUDED.premoderation, premoderation_account_days = EXCLUDED.premoderation_account_days,
         premoderation_approved_posts = EXCLUDED.premoderation_approved_posts, updated_at = now()`,
      [
        municipalityId,
        settings.flagThreshold,
        settings.premoderation,
        settings.premoderationAccountDays,
        settings.premoderationApprovedPosts,
      ],
    );
  }

  /**
   * Counts one more flag on the item, creating its row the first time, and
   * leaves the row locked for the rest of the transaction: concurrent flags
   * on one item queue up here, so the threshold is crossed by exactly one.
   * A decided item (dismissed, restored) goes back to the queue.
   */
  async countFlag(
    item: { kind: ModeratableKind; itemId: string; municipalityId: string | null; authorId: string | null },
    tx: Queryable,
  ): Promise<ModerationItemRow> {
    const row = await returningOne<ModerationItemRow>(
      tx,
      `INSERT INTO moderation_items AS i (kind, item_id, municipality_id, author_id, open_flag_count)
       VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (kind, item_id) DO UPDATE SET open_flag_count = i.open_flag_count + 1, last_flagged_at = now(),
         state = CASE WHEN i.state IN ('DISMISSED', 'RESTORED', 'APPROVED') THEN 'OPEN' ELSE i.state END
       RETURNING ${ITEM_COLUMNS}`,
      [item.kind, item.itemId, item.municipalityId, item.authorId],
    );
    return row!;
  }

  /** Pre-moderation: the item waits in the queue (HELD) until approved or hidden. */
  async hold(
    item: { kind: ModeratableKind; itemId: string; municipalityId: string | null; authorId: string | null },
    tx: Queryable,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO moderation_items (kind, item_id, municipality_id, author_id, state) VALUES ($1, $2, $3, $4, 'HELD')
       ON CONFLICT (kind, item_id) DO UPDATE SET state = 'HELD', last_flagged_at = now()`,
      [item.kind, item.itemId, item.municipalityId, item.authorId],
    );
  }

  /** The item's row, created (with no flags) when a moderator acts on unflagged content; locked. */
  async lockOrCreate(
    item: { kind: ModeratableKind; itemId: string; municipalityId: string | null; authorId: string | null },
    tx: Queryable,
  ): Promise<ModerationItemRow> {
    await tx.query(
      `INSERT INTO moderation_items (kind, item_id, municipality_id, author_id, state) VALUES ($1, $2, $3, $4, 'RESTORED')
       ON CONFLICT (kind, item_id) DO NOTHING`,
      [item.kind, item.itemId, item.municipalityId, item.authorId],
    );
    return (await one<ModerationItemRow>(
      tx,
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i WHERE i.kind = $1 AND i.item_id = $2 FOR UPDATE`,
      [item.kind, item.itemId],
    ))!;
  }

  async setState(
    kind: ModeratableKind,
    itemId: string,
    state: ModerationItemState,
    options: { resolveFlags: boolean },
    tx: Queryable,
  ): Promise<void> {
    await tx.query(
      `UPDATE moderation_items SET state = $3, open_flag_count = CASE WHEN $4 THEN 0 ELSE open_flag_count END
       WHERE kind = $1 AND item_id = $2`,
      [kind, itemId, state, options.resolveFlags],
    );
    if (options.resolveFlags) {
      await tx.query(
        'UPDATE moderation_flags SET resolved_at = now() WHERE kind = $1 AND item_id = $2 AND resolved_at IS NULL',
        [kind, itemId],
      );
    }
  }

  /** Open items, newest flag first, in the given municipalities (or everywhere, for administrators: null). */
  queuePage(
    municipalityIds: readonly string[] | null,
    filterMunicipalityId: string | null,
    limit: number,
    after: [string, string] | null,
  ): Promise<ModerationItemRow[]> {
    const params: unknown[] = [OPEN_MODERATION_STATES, limit];
    const where = ['i.state = ANY($1::text[])'];
    if (municipalityIds) {
      params.push(municipalityIds);
      where.push(`i.municipality_id = ANY($${params.length}::uuid[])`);
    }
    if (filterMunicipalityId) {
      params.push(filterMunicipalityId);
      where.push(`i.municipality_id = $${params.length}`);
    }
    if (after) {
      where.push(
        keysetAfter(
          [{ sql: 'i.last_flagged_at', cast: 'timestamptz' }, { sql: `(i.kind || ':' || i.item_id::text)` }],
          after,
          params,
          'DESC',
        ),
      );
    }
    return rows<ModerationItemRow>(
      this.db,
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i WHERE ${where.join(' AND ')}
       ORDER BY i.last_flagged_at DESC, (i.kind || ':' || i.item_id::text) DESC LIMIT $2`,
      params,
    );
  }

  byKey(kind: ModeratableKind, itemId: string, tx: Queryable = this.db): Promise<ModerationItemRow | null> {
    return one<ModerationItemRow>(
      tx,
      `SELECT ${ITEM_COLUMNS} FROM moderation_items i WHERE i.kind = $1 AND i.item_id = $2`,
      [kind, itemId],
    );
  }

  /** One batched statement for a page of authors. */
  authorHistories(userIds: readonly string[]): Promise<AuthorHistoryRow[]> {
    return rows<AuthorHistoryRow>(
      this.db,
      `SELECT u.id AS "userId",
         (SELECT count(*)::int FROM moderation_items i
            WHERE i.author_id = u.id AND i.state IN ('HIDDEN', 'AUTO_HIDDEN', 'REMOVED')) AS "hiddenCount",
         (SELECT count(*)::int FROM moderation_sanctions s WHERE s.user_id = u.id AND s.kind = 'WARNING') AS "warningCount",
         (SELECT count(*)::int FROM moderation_sanctions s WHERE s.user_id = u.id AND s.kind = 'BLOCK') AS "blockCount",
         (SELECT max(s.ends_at) FROM moderation_sanctions s WHERE s.user_id = u.id AND ${blockInForce('s')}) AS "blockedUntil"
       FROM unnest($1::uuid[]) AS u(id)`,
      [userIds],
    );
  }
}
