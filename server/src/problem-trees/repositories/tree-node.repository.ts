import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProblemTreeNodeKind, ProblemTreeNodeStatus, TreeNodePosition } from '@ratusz/shared';
import { groupByKeys, one, presenceByKeys, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { ProblemTreeNode } from '../models/problem-tree-node.model.js';

const NODE_COLUMNS = `n.id, n.tree_id AS "treeId", n.kind, n.parent_id AS "parentId", n.position, n.text,
  n.description_source AS "descriptionSource",
  CASE WHEN n.hidden_at IS NULL THEN n.description_html END AS "descriptionHtml", n.hidden_reason AS "hiddenReason", n.status,
  n.rejection_reason AS "rejectionReason", n.version, n.author_id AS "authorId", n.thread_id AS "threadId",
  n.suggested, n.created_at AS "createdAt", n.updated_at AS "updatedAt",
  (SELECT t.municipality_id FROM problem_trees t WHERE t.id = n.tree_id) AS "municipalityId",
  (SELECT count(*)::int FROM problem_tree_supports s WHERE s.node_id = n.id) AS "supportCount"`;

/** A node's place and the facts the rules look at, without its text: what every change loads for the whole tree. */
export interface NodeShape {
  id: string;
  kind: ProblemTreeNodeKind;
  parentId: string | null;
  position: number;
  status: ProblemTreeNodeStatus;
  authorId: string | null;
  version: number;
}

export interface NewNode {
  treeId: string;
  kind: ProblemTreeNodeKind;
  parentId: string | null;
  position: number;
  text: string;
  descriptionSource: string | null;
  descriptionHtml: string | null;
  status: ProblemTreeNodeStatus;
  suggested: boolean;
  authorId: string | null;
}

@Injectable()
export class TreeNodeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every node of each tree, in sibling order (DataLoader batch). */
  async ofTrees(treeIds: readonly string[]): Promise<ProblemTreeNode[][]> {
    const found = await rows<ProblemTreeNode>(
      this.db,
      `SELECT ${NODE_COLUMNS} FROM problem_tree_nodes n WHERE n.tree_id = ANY($1::uuid[])
       ORDER BY n.tree_id, n.parent_id NULLS FIRST, n.position`,
      [treeIds],
    );
    return groupByKeys(treeIds, found, (node) => node.treeId);
  }

  ofTree(treeId: string, tx: Queryable = this.db): Promise<ProblemTreeNode[]> {
    return rows<ProblemTreeNode>(
      tx,
      `SELECT ${NODE_COLUMNS} FROM problem_tree_nodes n WHERE n.tree_id = $1 ORDER BY n.parent_id NULLS FIRST, n.position`,
      [treeId],
    );
  }

  shapesOf(treeId: string, tx: Queryable): Promise<NodeShape[]> {
    return rows<NodeShape>(
      tx,
      `SELECT id, kind, parent_id AS "parentId", position, status, author_id AS "authorId", version
       FROM problem_tree_nodes WHERE tree_id = $1`,
      [treeId],
    );
  }

  /** In the order asked, unknown ids left out. */
  async byIds(ids: readonly string[], tx: Queryable = this.db): Promise<ProblemTreeNode[]> {
    if (ids.length === 0) return [];
    const found = await rows<ProblemTreeNode>(
      tx,
      `SELECT ${NODE_COLUMNS} FROM problem_tree_nodes n WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(found.map((node) => [node.id, node]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  byId(id: string, tx: Queryable = this.db): Promise<ProblemTreeNode | null> {
    return one<ProblemTreeNode>(tx, `SELECT ${NODE_COLUMNS} FROM problem_tree_nodes n WHERE n.id = $1`, [id]);
  }

  async treeIdOf(nodeId: string): Promise<string | null> {
    return (
      (
        await one<{ treeId: string }>(this.db, 'SELECT tree_id AS "treeId" FROM problem_tree_nodes WHERE id = $1', [
          nodeId,
        ])
      )?.treeId ?? null
    );
  }

  async insert(node: NewNode, tx: Queryable): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO problem_tree_nodes (tree_id, kind, parent_id, position, text, description_source, description_html,
                                       status, suggested, author_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        node.treeId,
        node.kind,
        node.parentId,
        node.position,
        node.text,
        node.descriptionSource,
        node.descriptionHtml,
        node.status,
        node.suggested,
        node.authorId,
      ],
    );
    return inserted!.id;
  }

  async updateContent(
    id: string,
    content: { text: string; descriptionSource: string | null; descriptionHtml: string | null },
    tx: Queryable,
  ): Promise<void> {
    await tx.query(
      `UPDATE problem_tree_nodes SET text = $2, description_source = $3, description_html = $4,
         version = version + 1, updated_at = now() WHERE id = $1`,
      [id, content.text, content.descriptionSource, content.descriptionHtml],
    );
  }

  /** New parents and positions in one statement; uniqueness of positions is checked at commit. */
  async setPositions(entries: readonly TreeNodePosition[], tx: Queryable): Promise<void> {
    if (entries.length === 0) return;
    await tx.query(
      `UPDATE problem_tree_nodes n SET parent_id = u.parent_id, position = u.position, updated_at = now()
       FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS u(id, parent_id, position) WHERE n.id = u.id`,
      [entries.map((e) => e.id), entries.map((e) => e.parentId), entries.map((e) => e.position)],
    );
  }

  async setStatus(id: string, status: ProblemTreeNodeStatus, reason: string | null, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE problem_tree_nodes SET status = $2, rejection_reason = $3, updated_at = now() WHERE id = $1`,
      [id, status, reason],
    );
  }

  /** The node and (through the parent key) everything below it. */
  async delete(id: string, tx: Queryable): Promise<void> {
    await tx.query('DELETE FROM problem_tree_nodes WHERE id = $1', [id]);
  }

  /** Records the node's thread unless another one got there first; false when it did. */
  async claimThread(nodeId: string, threadId: string, tx: Queryable): Promise<boolean> {
    const claimed = await returningOne<{ id: string }>(
      tx,
      'UPDATE problem_tree_nodes SET thread_id = $2 WHERE id = $1 AND thread_id IS NULL RETURNING id',
      [nodeId, threadId],
    );
    return claimed !== null;
  }

  /** How many nodes the tree holds (at most PROBLEM_TREE_LIMITS.maxNodes). */
  async countByTree(treeId: string, tx: Queryable): Promise<number> {
    const found = await one<{ count: number }>(
      tx,
      'SELECT count(*)::int AS count FROM problem_tree_nodes WHERE tree_id = $1',
      [treeId],
    );
    return found?.count ?? 0;
  }

  /* ---------- supports ---------- */

  /** False when the user had already supported it. */
  async addSupport(nodeId: string, userId: string, tx: Queryable): Promise<boolean> {
    const added = await returningOne<{ nodeId: string }>(
      tx,
      `INSERT INTO problem_tree_supports (node_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING node_id AS "nodeId"`,
      [nodeId, userId],
    );
    return added !== null;
  }

  /** False when there was nothing to withdraw. */
  async removeSupport(nodeId: string, userId: string, tx: Queryable): Promise<boolean> {
    const removed = await returningOne<{ nodeId: string }>(
      tx,
      `DELETE FROM problem_tree_supports WHERE node_id = $1 AND user_id = $2 RETURNING node_id AS "nodeId"`,
      [nodeId, userId],
    );
    return removed !== null;
  }

  /** Whether the user supports each node (DataLoader batch). */
  async supportedBy(userId: string, nodeIds: readonly string[]): Promise<boolean[]> {
    const found = await rows<{ nodeId: string }>(
      this.db,
      `SELECT node_id AS "nodeId" FROM problem_tree_supports WHERE user_id = $1 AND node_id = ANY($2::uuid[])`,
      [userId, nodeIds],
    );
    return presenceByKeys(nodeIds, found, (row) => row.nodeId);
  }
}
