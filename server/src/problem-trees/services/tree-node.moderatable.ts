import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ModeratableKind, TREE_NODE_TEXT_LIMITS } from '@ratusz/shared';
import { rows, type Queryable } from '../../common/database/sql.js';
import type { ModeratableContent, ModeratableItem } from '../../moderation/moderatable-content.js';
import { ModerationRegistry } from '../../moderation/moderation-registry.js';

/** What a permanently removed node's text becomes (the column cannot be empty). */
const REMOVED = '—';

/** Problem-tree nodes as moderation sees them: the short text and its description. */
@Injectable()
export class TreeNodeModeratable implements ModeratableContent, OnModuleInit {
  readonly kind = ModeratableKind.TREE_NODE;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ModerationRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  load(ids: readonly string[], tx: Queryable = this.db): Promise<ModeratableItem[]> {
    return rows<ModeratableItem>(
      tx,
      `SELECT 'TREE_NODE' AS kind, n.id, n.author_id AS "authorId", t.municipality_id AS "municipalityId",
         left(n.text || coalesce(': ' || n.description_source, ''), 300) AS excerpt, n.text AS source,
         n.hidden_reason AS "hiddenReason", n.text = '${REMOVED}' AS gone
       FROM problem_tree_nodes n JOIN problem_trees t ON t.id = n.tree_id
       WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async hide(id: string, reason: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE problem_tree_nodes SET hidden_reason = $2, hidden_at = now() WHERE id = $1', [id, reason]);
  }

  async restore(id: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE problem_tree_nodes SET hidden_reason = NULL, hidden_at = NULL WHERE id = $1', [id]);
  }

  /** The node's text (its description keeps); a new version, so editors holding the old one get STALE_VERSION. */
  async edit(id: string, source: string, _editorId: string, tx: Queryable): Promise<void> {
    const text = source.trim().slice(0, TREE_NODE_TEXT_LIMITS.max);
    await tx.query('UPDATE problem_tree_nodes SET text = $2, version = version + 1, updated_at = now() WHERE id = $1', [
      id,
      text || REMOVED,
    ]);
  }

  async remove(id: string, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE problem_tree_nodes SET text = $2, description_source = NULL, description_html = NULL,
         version = version + 1, updated_at = now() WHERE id = $1`,
      [id, REMOVED],
    );
  }
}
