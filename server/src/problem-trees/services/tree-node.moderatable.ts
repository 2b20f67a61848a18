import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ModeratableKind, TREE_NODE_TEXT_LIMITS, type ProblemTreeEvent } from '@ratusz/shared';
import { one, rows, type Queryable } from '../../common/database/sql.js';
import type { ModeratableContent, ModeratableItem } from '../../moderation/moderatable-content.js';
import { ModerationRegistry } from '../../moderation/moderation-registry.js';
import { toLiveNode } from '../live-node.mapper.js';
import { ProblemTreeRepository } from '../repositories/problem-tree.repository.js';
import { TreeNodeRepository } from '../repositories/tree-node.repository.js';
import { ProblemTreeEventService } from './problem-tree-event.service.js';

/** What a permanently removed node's text becomes (the column cannot be empty). */
const REMOVED = '—';

/**
 * Problem-tree nodes as moderation sees them: the short text and its
 * description. Hiding and restoring record a tree event in the moderation
 * transaction (under the tree's lock, taken first as every tree change does)
 * and push it after commit, so open trees hide or show the description live.
 */
@Injectable()
export class TreeNodeModeratable implements ModeratableContent, OnModuleInit {
  readonly kind = ModeratableKind.TREE_NODE;
  private readonly pending = new Map<string, ProblemTreeEvent>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ModerationRegistry,
    private readonly trees: ProblemTreeRepository,
    private readonly nodes: TreeNodeRepository,
    private readonly events: ProblemTreeEventService,
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
    const treeId = await this.lockTreeOf(id, tx);
    await tx.query('UPDATE problem_tree_nodes SET hidden_reason = $2, hidden_at = now() WHERE id = $1', [id, reason]);
    // Only the reason goes to the public room: the description stays out of the event log too.
    this.pending.set(
      id,
      await this.events.record(tx, treeId, { kind: 'node.hidden', nodeId: id, hiddenReason: reason }),
    );
  }

  async restore(id: string, tx: Queryable): Promise<void> {
    const treeId = await this.lockTreeOf(id, tx);
    await tx.query('UPDATE problem_tree_nodes SET hidden_reason = NULL, hidden_at = NULL WHERE id = $1', [id]);
    const node = (await this.nodes.byId(id, tx))!;
    this.pending.set(id, await this.events.record(tx, treeId, { kind: 'node.restored', node: toLiveNode(node) }));
  }

  /** After commit: the hide or restore this transaction recorded, if any. */
  published(id: string): void {
    const event = this.pending.get(id);
    this.pending.delete(id);
    if (event) this.events.publish([event]);
  }

  /** The tree's row is locked before the node's, in the order every tree change takes them. */
  private async lockTreeOf(id: string, tx: Queryable): Promise<string> {
    // Every write starts here: an event left by a rolled-back action must not go out after this one.
    this.pending.delete(id);
    const found = await one<{ treeId: string }>(
      tx,
      'SELECT tree_id AS "treeId" FROM problem_tree_nodes WHERE id = $1',
      [id],
    );
    await this.trees.lock(found!.treeId, tx);
    return found!.treeId;
  }

  /**
   * The node's text (its description keeps); a new version, so editors holding
   * the old one get STALE_VERSION. The tree's viewers get the correction and
   * its note, unless the node is hidden (its restore, if any, carries it then).
   */
  async edit(id: string, source: string, _editorId: string, note: string, tx: Queryable): Promise<void> {
    const treeId = await this.lockTreeOf(id, tx);
    const text = source.trim().slice(0, TREE_NODE_TEXT_LIMITS.max);
    await tx.query('UPDATE problem_tree_nodes SET text = $2, version = version + 1, updated_at = now() WHERE id = $1', [
      id,
      text || REMOVED,
    ]);
    const node = (await this.nodes.byId(id, tx))!;
    if (node.hiddenReason !== null) return;
    this.pending.set(
      id,
      await this.events.record(tx, treeId, { kind: 'node.moderatorEdited', node: toLiveNode(node), note }),
    );
  }

  async remove(id: string, tx: Queryable): Promise<void> {
    await this.lockTreeOf(id, tx);
    await tx.query(
      `UPDATE problem_tree_nodes SET text = $2, description_source = NULL, description_html = NULL,
         version = version + 1, updated_at = now() WHERE id = $1`,
      [id, REMOVED],
    );
  }
}
