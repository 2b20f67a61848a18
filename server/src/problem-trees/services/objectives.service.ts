import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  FieldErrorCode,
  nestTree,
  OBJECTIVE_KIND_OF,
  ObjectiveNodeKind,
  ProblemTreeNodeStatus,
  type NestedTreeNode,
} from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { EditObjectiveNodeInput } from '../dtos/edit-objective-node.input.js';
import { toLiveObjective } from '../live-node.mapper.js';
import type { ObjectiveNode } from '../models/objective-node.model.js';
import type { ProblemTreeNode } from '../models/problem-tree-node.model.js';
import type { ProblemTreeRow } from '../problem-tree-row.js';
import { canManageObjectives } from '../problem-trees.policy.js';
import { ObjectiveRepository, type ObjectivePlacement } from '../repositories/objective.repository.js';
import { ProblemTreeRepository } from '../repositories/problem-tree.repository.js';
import { TreeNodeRepository } from '../repositories/tree-node.repository.js';
import { ProblemTreeService, type TreeChange } from './problem-tree.service.js';
import { priorityCodes } from './tree-node.service.js';

/**
 * The objectives tree: the accepted problem tree restated positively by
 * officials. Generating it again follows the problem tree as it is now while
 * keeping what officials wrote for nodes still there.
 */
@Injectable()
export class ObjectivesService {
  constructor(
    private readonly trees: ProblemTreeService,
    private readonly treeRows: ProblemTreeRepository,
    private readonly nodes: TreeNodeRepository,
    private readonly objectives: ObjectiveRepository,
  ) {}

  /**
   * From the ACCEPTED nodes reachable from the core through accepted nodes:
   * the core becomes the main objective, causes means, effects ends, in the
   * same structure; new ones start with their source's text.
   */
  async generate(viewer: Viewer, treeId: string): Promise<ProblemTreeRow> {
    requireUser(viewer);
    await this.trees.change(viewer, treeId, async (change) => {
      requireAccess(
        canManageObjectives(viewer, change.tree),
        'Only officials of the municipality generate the objectives tree.',
      );
      const accepted = (await this.nodes.ofTree(change.tree.id, change.tx)).filter(
        (node) => node.status === ProblemTreeNodeStatus.ACCEPTED,
      );
      const existing = new Map(
        (await this.objectives.ofTree(change.tree.id, change.tx)).map((objective) => [
          objective.sourceNodeId,
          objective,
        ]),
      );
      const nested = nestTree(accepted);
      const placements: ObjectivePlacement[] = [];
      const place = (node: ProblemTreeNode, parentId: string | null, position: number): string => {
        const id = existing.get(node.id)?.id ?? randomUUID();
        placements.push({
          id,
          sourceNodeId: node.id,
          kind: OBJECTIVE_KIND_OF[node.kind],
          parentId,
          position,
          text: node.text,
        });
        return id;
      };
      const walk = (items: NestedTreeNode<ProblemTreeNode>[], parentId: string, offset = 0) =>
        items.forEach((item, index) => walk(item.children, place(item.node, parentId, offset + index)));
      if (nested.core) {
        const mainId = place(nested.core, null, 0);
        walk(nested.causes, mainId);
        walk(nested.effects, mainId, nested.causes.length);
      }
      await this.objectives.replaceAll(change.tree.id, placements, change.tx);
      await this.recordChanged(change);
    });
    return (await this.treeRows.byId(treeId))!;
  }

  async edit(viewer: Viewer, input: EditObjectiveNodeInput): Promise<ObjectiveNode> {
    requireUser(viewer);
    const treeId = await this.objectives.treeIdOf(input.id);
    if (!treeId) throw DomainError.notFound('The objective');
    return this.trees.change(viewer, treeId, async (change) => {
      requireAccess(canManageObjectives(viewer, change.tree), 'Only officials of the municipality edit objectives.');
      const current = await this.objectives.byId(input.id, change.tx);
      if (!current) throw DomainError.notFound('The objective');
      if (current.version !== input.version) {
        throw new DomainError(
          ErrorCode.STALE_VERSION,
          `Someone changed this objective first (version ${current.version}); merge your change into theirs.`,
          { current: { text: current.text, description: null, version: current.version } },
        );
      }
      if (input.priority && current.kind !== ObjectiveNodeKind.MEANS) {
        throw DomainError.badInput(
          [{ field: 'priority', code: FieldErrorCode.INVALID }],
          'Only means are marked "to do first".',
        );
      }
      await this.objectives.update(
        current.id,
        { text: input.text, priority: input.priority, serviceAreaCode: input.serviceArea ?? null },
        change.tx,
      );
      await this.recordChanged(change);
      return (await this.objectives.byId(current.id, change.tx))!;
    });
  }

  private async recordChanged(change: TreeChange): Promise<void> {
    const objectives = await this.objectives.ofTree(change.tree.id, change.tx);
    await change.record({
      kind: 'objectives.changed',
      objectives: objectives.map(toLiveObjective),
      priorityServiceAreaCodes: priorityCodes(objectives),
    });
  }
}
