import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FlagReason, ModeratableKind } from '@ratusz/shared';
import { returningOne, rows, type Queryable } from '../../common/database/sql.js';

export interface FlagRow {
  id: string;
  kind: ModeratableKind;
  itemId: string;
  reason: FlagReason;
  note: string | null;
  createdAt: Date;
}

const FLAG_COLUMNS = `f.id, f.kind, f.item_id AS "itemId", f.reason, f.note, f.created_at AS "createdAt"`;

@Injectable()
export class FlagRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The new flag's id; null when this user already flagged the item (the unique constraint, without aborting the transaction). */
  async insert(
    values: { kind: ModeratableKind; itemId: string; flaggerId: string; reason: FlagReason; note: string | null },
    tx: Queryable,
  ): Promise<string | null> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO moderation_flags (kind, item_id, flagger_id, reason, note) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT moderation_flags_once_uq DO NOTHING RETURNING id`,
      [values.kind, values.itemId, values.flaggerId, values.reason, values.note],
    );
    return inserted?.id ?? null;
  }

  /** The unresolved flags of many items at once (the queue's DataLoader). */
  openFlagsOf(keys: readonly { kind: ModeratableKind; itemId: string }[]): Promise<FlagRow[]> {
    return rows<FlagRow>(
      this.db,
      `SELECT ${FLAG_COLUMNS} FROM moderation_flags f
       JOIN unnest($1::text[], $2::uuid[]) AS k(kind, item_id) ON k.kind = f.kind AND k.item_id = f.item_id
       WHERE f.resolved_at IS NULL ORDER BY f.created_at, f.id`,
      [keys.map((k) => k.kind), keys.map((k) => k.itemId)],
    );
  }

  /** Whether one of the item's unresolved flags says it holds personal data (what permanent removal needs). */
  async hasOpenPersonalDataFlag(kind: ModeratableKind, itemId: string, tx: Queryable): Promise<boolean> {
    const found = await rows(
      tx,
      `SELECT 1 FROM moderation_flags WHERE kind = $1 AND item_id = $2 AND reason = 'PERSONAL_DATA' AND resolved_at IS NULL`,
      [kind, itemId],
    );
    return found.length > 0;
  }

  /** Which of these items the viewer has flagged (for `viewerHasFlagged`). */
  flaggedBy(userId: string, kind: ModeratableKind, itemIds: readonly string[]): Promise<{ itemId: string }[]> {
    return rows<{ itemId: string }>(
      this.db,
      'SELECT item_id AS "itemId" FROM moderation_flags WHERE flagger_id = $1 AND kind = $2 AND item_id = ANY($3::uuid[])',
      [userId, kind, itemIds],
    );
  }
}
