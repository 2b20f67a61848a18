import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ObjectiveNodeKind, ServiceAreaCode } from '@ratusz/shared';
import { groupByKeys, one, rows, type Queryable } from '../../common/database/sql.js';
import type { ServiceArea } from '../../municipalities/models/municipality.model.js';
import type { ObjectiveNode } from '../models/objective-node.model.js';

const OBJECTIVE_COLUMNS = `o.id, o.tree_id AS "treeId", o.source_node_id AS "sourceNodeId", o.kind,
  o.parent_id AS "parentId", o.position, o.text, o.version, o.priority, o.service_area_code AS "serviceAreaCode"`;

/** One objective as a regeneration writes it: existing ones keep their id, text, version and marks. */
export interface ObjectivePlacement {
  id: string;
  sourceNodeId: string;
  kind: ObjectiveNodeKind;
  parentId: string | null;
  position: number;
  /** Used for new objectives only. */
  text: string;
}

@Injectable()
export class ObjectiveRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each tree's objectives, parents before children (DataLoader batch). */
  async ofTrees(treeIds: readonly string[]): Promise<ObjectiveNode[][]> {
    const found = await rows<ObjectiveNode>(
      this.db,
      `SELECT ${OBJECTIVE_COLUMNS} FROM objective_nodes o WHERE o.tree_id = ANY($1::uuid[])
       ORDER BY o.tree_id, o.parent_id NULLS FIRST, o.position`,
      [treeIds],
    );
    return groupByKeys(treeIds, found, (objective) => objective.treeId);
  }

  ofTree(treeId: string, tx: Queryable = this.db): Promise<ObjectiveNode[]> {
    return rows<ObjectiveNode>(
      tx,
      `SELECT ${OBJECTIVE_COLUMNS} FROM objective_nodes o WHERE o.tree_id = $1 ORDER BY o.parent_id NULLS FIRST, o.position`,
      [treeId],
    );
  }

  byId(id: string, tx: Queryable = this.db): Promise<ObjectiveNode | null> {
    return one<ObjectiveNode>(tx, `SELECT ${OBJECTIVE_COLUMNS} FROM objective_nodes o WHERE o.id = $1`, [id]);
  }

  async treeIdOf(id: string): Promise<string | null> {
    return (
      (await one<{ treeId: string }>(this.db, 'SELECT tree_id AS "treeId" FROM objective_nodes WHERE id = $1', [id]))
        ?.treeId ?? null
    );
  }

  /**
   * Writes the whole objectives tree: objectives of sources no longer there
   * go, new ones come with the source's text, existing ones move to their
   * new place keeping what officials wrote. Parent links are checked at commit.
   */
  async replaceAll(treeId: string, placements: readonly ObjectivePlacement[], tx: Queryable): Promise<void> {
    // Moved first, removed after: a kept objective whose old parent goes must not go with it (ON DELETE CASCADE).
    if (placements.length > 0) {
      await tx.query(
        `INSERT INTO objective_nodes (id, tree_id, source_node_id, kind, parent_id, position, text)
       SELECT u.id, $1, u.source_node_id, u.kind, u.parent_id, u.position, u.text
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::int[], $7::text[])
         AS u(id, source_node_id, kind, parent_id, position, text)
       ON CONFLICT (source_node_id) DO UPDATE SET kind = excluded.kind, parent_id = excluded.parent_id,
         position = excluded.position, updated_at = now()
         WHERE (objective_nodes.kind, objective_nodes.parent_id, objective_nodes.position)
           IS DISTINCT FROM (excluded.kind, excluded.parent_id, excluded.position)`,
        [
          treeId,
          placements.map((p) => p.id),
          placements.map((p) => p.sourceNodeId),
          placements.map((p) => p.kind),
          placements.map((p) => p.parentId),
          placements.map((p) => p.position),
          placements.map((p) => p.text),
        ],
      );
    }
    await tx.query(`DELETE FROM objective_nodes WHERE tree_id = $1 AND NOT (source_node_id = ANY($2::uuid[]))`, [
      treeId,
      placements.map((p) => p.sourceNodeId),
    ]);
  }

  async update(
    id: string,
    values: { text: string; priority: boolean; serviceAreaCode: ServiceAreaCode | null },
    tx: Queryable,
  ): Promise<void> {
    await tx.query(
      `UPDATE objective_nodes SET text = $2, priority = $3, service_area_code = $4, version = version + 1,
         updated_at = now() WHERE id = $1`,
      [id, values.text, values.priority, values.serviceAreaCode],
    );
  }

  /** The distinct service areas of means marked "to do first", in the areas' order (DataLoader batch). */
  async priorityServiceAreas(treeIds: readonly string[]): Promise<ServiceArea[][]> {
    const found = await rows<ServiceArea & { treeId: string }>(
      this.db,
      `SELECT DISTINCT o.tree_id AS "treeId", a.code, a.name_pl AS "namePl", a.name_en AS "nameEn", a.position
       FROM objective_nodes o JOIN service_areas a ON a.code = o.service_area_code
       WHERE o.tree_id = ANY($1::uuid[]) AND o.priority ORDER BY o.tree_id, a.position`,
      [treeIds],
    );
    return groupByKeys(
      treeIds,
      found,
      (row) => row.treeId,
      ({ code, namePl, nameEn }) => ({ code, namePl, nameEn }),
    );
  }

  async serviceAreasByCodes(codes: readonly string[]): Promise<(ServiceArea | null)[]> {
    const found = await rows<ServiceArea>(
      this.db,
      `SELECT code, name_pl AS "namePl", name_en AS "nameEn" FROM service_areas WHERE code = ANY($1::text[])`,
      [codes],
    );
    const byCode = new Map(found.map((area) => [area.code as string, area]));
    return codes.map((code) => byCode.get(code) ?? null);
  }
}
