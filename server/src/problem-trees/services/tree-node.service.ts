import { Injectable } from '@nestjs/common';
import {
  canParent,
  ConsultationAction,
  ErrorCode,
  FieldErrorCode,
  PROBLEM_TREE_LIMITS,
  ProblemTreeNodeKind,
  ProblemTreeNodeStatus,
  wouldCycle,
  type TreeNodePosition,
} from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { canViewConsultation } from '../../consultations/consultations.policy.js';
import { MarkdownService } from '../../forum/services/markdown.service.js';
import type { AddProblemTreeEvidenceInput } from '../dtos/add-problem-tree-evidence.input.js';
import type { AddProblemTreeNodeInput } from '../dtos/add-problem-tree-node.input.js';
import type { DeleteProblemTreeNodeInput } from '../dtos/delete-problem-tree-node.input.js';
import type { EditProblemTreeNodeInput } from '../dtos/edit-problem-tree-node.input.js';
import type { MoveProblemTreeNodeInput } from '../dtos/move-problem-tree-node.input.js';
import { toLiveEvidence, toLiveNode, toLiveObjective } from '../live-node.mapper.js';
import type { ProblemTreeNode } from '../models/problem-tree-node.model.js';
import { canModerateTree, canParticipateInTree, nodeChangeRole } from '../problem-trees.policy.js';
import { ObjectiveRepository } from '../repositories/objective.repository.js';
import { TreeEvidenceRepository } from '../repositories/tree-evidence.repository.js';
import { TreeNodeRepository, type NodeShape } from '../repositories/tree-node.repository.js';
import { nodeNotFound, ProblemTreeService, type TreeChange } from './problem-tree.service.js';
import { BlockCheck } from '../../moderation/blocks.js';

/** A node's children in sibling order (position, then id). */
function childrenOf(shapes: readonly NodeShape[], parentId: string | null): NodeShape[] {
  return shapes
    .filter((shape) => shape.parentId === parentId)
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/** The ids of a node and everything below it. */
function subtreeOf(shapes: readonly NodeShape[], id: string): Set<string> {
  const below = new Map<string, string[]>();
  for (const shape of shapes) {
    if (!shape.parentId) continue;
    below.set(shape.parentId, [...(below.get(shape.parentId) ?? []), shape.id]);
  }
  const ids = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (ids.has(current)) continue;
    ids.add(current);
    stack.push(...(below.get(current) ?? []));
  }
  return ids;
}

/** A list of siblings numbered 0, 1, 2… under `parentId`, keeping only the entries that change. */
function renumber(
  shapes: readonly NodeShape[],
  list: readonly NodeShape[],
  parentId: string | null,
): TreeNodePosition[] {
  const current = new Map(shapes.map((shape) => [shape.id, shape]));
  return list
    .map((shape, position) => ({ id: shape.id, parentId, position }))
    .filter((entry) => {
      const was = current.get(entry.id)!;
      return was.parentId !== entry.parentId || was.position !== entry.position;
    });
}

function treeError(code: ErrorCode, message: string): DomainError {
  return new DomainError(code, message);
}

/**
 * The operations on a tree's nodes. Each runs in ProblemTreeService.change:
 * the tree row is locked, the whole tree is read under the lock, the rules
 * are checked against it, and the writes and the live event commit together
 * or not at all.
 */
@Injectable()
export class TreeNodeService {
  constructor(
    private readonly trees: ProblemTreeService,
    private readonly nodes: TreeNodeRepository,
    private readonly evidence: TreeEvidenceRepository,
    private readonly objectives: ObjectiveRepository,
    private readonly markdown: MarkdownService,
    private readonly blocks: BlockCheck,
  ) {}

  async add(viewer: Viewer, input: AddProblemTreeNodeInput): Promise<ProblemTreeNode> {
    requireUser(viewer);
    const content = this.renderDescription(input.description);
    return this.trees.change(viewer, input.treeId, async (change) => {
      requireAccess(canParticipateInTree(viewer, change.tree));
      await this.blocks.require(viewer.userId, { municipalityId: change.tree.municipalityId }, change.tx);
      const moderator = canModerateTree(viewer, change.tree);
      change.requirePhase(moderator ? ConsultationAction.EDIT_TREE : ConsultationAction.SUGGEST_TREE_NODE);
      if (input.kind === ProblemTreeNodeKind.CORE) {
        throw treeError(ErrorCode.SECOND_CORE, 'A tree has one core problem; add causes and effects to it.');
      }
      const parent = await this.parentIn(change, input.parentId);
      if (!canParent(input.kind, parent.kind)) throw kindMismatch();
      if (change.shapes.length >= PROBLEM_TREE_LIMITS.maxNodes) {
        throw treeError(ErrorCode.TREE_FULL, `A tree holds at most ${PROBLEM_TREE_LIMITS.maxNodes} nodes.`);
      }
      const id = await this.nodes.insert(
        {
          treeId: change.tree.id,
          kind: input.kind,
          parentId: parent.id,
          position: childrenOf(change.shapes, parent.id).length,
          text: input.text,
          ...content,
          status: moderator ? ProblemTreeNodeStatus.ACCEPTED : ProblemTreeNodeStatus.PROPOSED,
          suggested: !moderator,
          authorId: viewer.userId,
        },
        change.tx,
      );
      const node = (await this.nodes.byId(id, change.tx))!;
      await change.record({ kind: 'node.added', node: toLiveNode(node) });
      return node;
    });
  }

  async edit(viewer: Viewer, input: EditProblemTreeNodeInput): Promise<ProblemTreeNode> {
    requireUser(viewer);
    const content = this.renderDescription(input.description);
    return this.trees.change(viewer, await this.treeOf(input.id), async (change) => {
      const shape = this.nodeIn(change, input.id);
      this.requireChangeRole(viewer, change, shape);
      const current = (await this.nodes.byId(shape.id, change.tx))!;
      if (current.version !== input.version) {
        throw new DomainError(
          ErrorCode.STALE_VERSION,
          `Someone changed this node first (version ${current.version}); merge your change into theirs.`,
          { current: { text: current.text, description: current.descriptionSource, version: current.version } },
        );
      }
      if (current.text === input.text && current.descriptionSource === content.descriptionSource) return current;
      await this.nodes.updateContent(shape.id, { text: input.text, ...content }, change.tx);
      const node = (await this.nodes.byId(shape.id, change.tx))!;
      await change.record({ kind: 'node.edited', node: toLiveNode(node) });
      return node;
    });
  }

  /** To another parent of a kind that fits, or (the same parent) to another place among the siblings. */
  async move(viewer: Viewer, input: MoveProblemTreeNodeInput): Promise<ProblemTreeNode> {
    requireUser(viewer);
    return this.trees.change(viewer, await this.treeOf(input.id), async (change) => {
      const shape = this.nodeIn(change, input.id);
      if (shape.kind === ProblemTreeNodeKind.CORE) throw coreImmutable();
      this.requireChangeRole(viewer, change, shape);
      const parent = await this.parentIn(change, input.parentId);
      const parentOf = new Map(change.shapes.map((s) => [s.id, s.parentId]));
      if (wouldCycle(parentOf, shape.id, parent.id)) {
        throw treeError(ErrorCode.TREE_CYCLE, 'A node cannot move under itself or one of its own sub-nodes.');
      }
      if (!canParent(shape.kind, parent.kind)) throw kindMismatch();
      const oldSiblings = childrenOf(change.shapes, shape.parentId).filter((s) => s.id !== shape.id);
      const samePlace = shape.parentId === parent.id;
      const newSiblings = samePlace ? [...oldSiblings] : childrenOf(change.shapes, parent.id);
      newSiblings.splice(Math.min(input.position, newSiblings.length), 0, shape);
      const positions = [
        ...(samePlace ? [] : renumber(change.shapes, oldSiblings, shape.parentId)),
        ...renumber(change.shapes, newSiblings, parent.id),
      ];
      if (positions.length === 0) return (await this.nodes.byId(shape.id, change.tx))!;
      await this.nodes.setPositions(positions, change.tx);
      const node = (await this.nodes.byId(shape.id, change.tx))!;
      await change.record({ kind: 'node.moved', node: toLiveNode(node), positions });
      return node;
    });
  }

  /** The subtree goes, or (keepChildren) the node alone, its children lifted to its parent at its place. */
  async delete(viewer: Viewer, input: DeleteProblemTreeNodeInput): Promise<boolean> {
    requireUser(viewer);
    return this.trees.change(viewer, await this.treeOf(input.id), async (change) => {
      const shape = this.nodeIn(change, input.id);
      if (shape.kind === ProblemTreeNodeKind.CORE) throw coreImmutable();
      const role = this.requireChangeRole(viewer, change, shape);
      const subtree = subtreeOf(change.shapes, shape.id);
      if (
        role === 'AUTHOR' &&
        !input.keepChildren &&
        change.shapes.some((s) => subtree.has(s.id) && s.authorId !== viewer.userId)
      ) {
        throw DomainError.forbidden('Others’ nodes hang under your suggestion: delete it keeping the children.');
      }
      const objectivesBefore = (await this.objectives.ofTree(change.tree.id, change.tx)).length;
      const siblings = childrenOf(change.shapes, shape.parentId);
      const at = siblings.findIndex((s) => s.id === shape.id);
      const children = childrenOf(change.shapes, shape.id);
      let positions: TreeNodePosition[];
      let removedIds: string[];
      if (input.keepChildren) {
        const lifted = [...siblings.slice(0, at), ...children, ...siblings.slice(at + 1)];
        positions = renumber(change.shapes, lifted, shape.parentId);
        await this.nodes.setPositions(positions, change.tx);
        removedIds = [shape.id];
      } else {
        positions = renumber(
          change.shapes,
          siblings.filter((s) => s.id !== shape.id),
          shape.parentId,
        );
        await this.nodes.setPositions(positions, change.tx);
        removedIds = [...subtree];
      }
      await this.nodes.delete(shape.id, change.tx);
      const lifted = input.keepChildren
        ? await this.nodes.byIds(
            children.map((child) => child.id),
            change.tx,
          )
        : [];
      await change.record({
        kind: 'node.deleted',
        nodeId: shape.id,
        removedIds,
        lifted: lifted.map(toLiveNode),
        positions,
      });
      const objectives = await this.objectives.ofTree(change.tree.id, change.tx);
      if (objectives.length !== objectivesBefore) {
        // Restatements of deleted nodes went with them (ON DELETE CASCADE).
        await change.record({
          kind: 'objectives.changed',
          objectives: objectives.map(toLiveObjective),
          priorityServiceAreaCodes: priorityCodes(objectives),
        });
      }
      return true;
    });
  }

  accept(viewer: Viewer, id: string): Promise<ProblemTreeNode> {
    return this.setStatus(viewer, id, ProblemTreeNodeStatus.ACCEPTED, null);
  }

  reject(viewer: Viewer, id: string, reason: string): Promise<ProblemTreeNode> {
    return this.setStatus(viewer, id, ProblemTreeNodeStatus.REJECTED, reason);
  }

  private async setStatus(
    viewer: Viewer,
    id: string,
    status: ProblemTreeNodeStatus,
    reason: string | null,
  ): Promise<ProblemTreeNode> {
    requireUser(viewer);
    return this.trees.change(viewer, await this.treeOf(id), async (change) => {
      const shape = this.nodeIn(change, id);
      requireAccess(
        canModerateTree(viewer, change.tree),
        'Only officials and moderators of the municipality accept and reject suggestions.',
      );
      change.requirePhase(ConsultationAction.EDIT_TREE);
      if (shape.kind === ProblemTreeNodeKind.CORE && status === ProblemTreeNodeStatus.REJECTED) throw coreImmutable();
      const current = (await this.nodes.byId(shape.id, change.tx))!;
      if (current.status === status && current.rejectionReason === reason) return current;
      await this.nodes.setStatus(shape.id, status, reason, change.tx);
      const node = (await this.nodes.byId(shape.id, change.tx))!;
      await change.record({ kind: 'node.statusChanged', node: toLiveNode(node) });
      return node;
    });
  }

  /** "This matters": one per user and node. */
  async support(viewer: Viewer, id: string, supported: boolean): Promise<ProblemTreeNode> {
    requireUser(viewer);
    return this.trees.change(viewer, await this.treeOf(id), async (change) => {
      const shape = this.nodeIn(change, id);
      requireAccess(canParticipateInTree(viewer, change.tree));
      change.requirePhase(ConsultationAction.SUGGEST_TREE_NODE);
      await this.blocks.require(viewer.userId, { municipalityId: change.tree.municipalityId }, change.tx);
      if (supported && !(await this.nodes.addSupport(shape.id, viewer.userId, change.tx))) {
        throw treeError(ErrorCode.ALREADY_SUPPORTED, 'You already support this node.');
      }
      if (!supported && !(await this.nodes.removeSupport(shape.id, viewer.userId, change.tx))) {
        throw treeError(ErrorCode.NOT_SUPPORTED, 'You do not support this node.');
      }
      const node = (await this.nodes.byId(shape.id, change.tx))!;
      await change.record({ kind: 'node.supportChanged', node: toLiveNode(node) });
      return node;
    });
  }

  /** A forum post or a document backing the node; linking the same one twice changes nothing. */
  async addEvidence(viewer: Viewer, input: AddProblemTreeEvidenceInput): Promise<ProblemTreeNode> {
    requireUser(viewer);
    if (Boolean(input.postId) === Boolean(input.documentId)) {
      throw DomainError.badInput(
        [{ field: input.postId ? 'documentId' : 'postId', code: FieldErrorCode.INVALID }],
        'Link either a post or a document.',
      );
    }
    return this.trees.change(viewer, await this.treeOf(input.nodeId), async (change) => {
      const shape = this.nodeIn(change, input.nodeId);
      this.requireChangeRole(viewer, change, shape);
      // A hidden or held post would show its text, through the tree, to people who may not read it.
      if (input.postId && !(await this.evidence.citablePostExists(input.postId, change.tx))) {
        throw DomainError.badInput([{ field: 'postId', code: FieldErrorCode.NOT_FOUND }], 'No such post.');
      }
      if (input.documentId) {
        const document = await this.evidence.documentScope(input.documentId, change.tx);
        const visible =
          document !== null &&
          (document.consultationStatus === null ||
            canViewConsultation(viewer, {
              municipalityId: document.consultationMunicipalityId!,
              status: document.consultationStatus,
            }));
        if (!visible) {
          throw DomainError.badInput([{ field: 'documentId', code: FieldErrorCode.NOT_FOUND }], 'No such document.');
        }
      }
      const inserted = await this.evidence.insert(
        {
          nodeId: shape.id,
          postId: input.postId ?? null,
          documentId: input.documentId ?? null,
          addedBy: viewer.userId,
        },
        change.tx,
      );
      const node = (await this.nodes.byId(shape.id, change.tx))!;
      if (inserted) await this.recordEvidence(change, node);
      return node;
    });
  }

  async removeEvidence(viewer: Viewer, evidenceId: string): Promise<ProblemTreeNode> {
    requireUser(viewer);
    const found = await this.evidence.byId(evidenceId);
    if (!found) throw DomainError.notFound('The evidence');
    return this.trees.change(viewer, await this.treeOf(found.nodeId), async (change) => {
      const shape = this.nodeIn(change, found.nodeId);
      this.requireChangeRole(viewer, change, shape);
      if (!(await this.evidence.delete(evidenceId, change.tx))) throw DomainError.notFound('The evidence');
      const node = (await this.nodes.byId(shape.id, change.tx))!;
      await this.recordEvidence(change, node);
      return node;
    });
  }

  private async recordEvidence(change: TreeChange, node: ProblemTreeNode): Promise<void> {
    const [evidence] = await this.evidence.ofNodes([node.id], change.tx);
    await change.record({
      kind: 'node.evidenceChanged',
      node: toLiveNode(node),
      evidence: evidence.map(toLiveEvidence),
    });
  }

  /** The tree a node is in; PROBLEM_TREE_NODE_NOT_FOUND when there is no such node. */
  private async treeOf(nodeId: string): Promise<string> {
    const treeId = await this.nodes.treeIdOf(nodeId);
    if (!treeId) throw nodeNotFound();
    return treeId;
  }

  /** The node as it is under the lock (it may have been deleted meanwhile). */
  private nodeIn(change: TreeChange, id: string): NodeShape {
    const found = change.shapes.find((shape) => shape.id === id);
    if (!found) throw nodeNotFound();
    return found;
  }

  /** A parent named by the client: in this tree, or NODE_OF_OTHER_TREE / not found. */
  private async parentIn(change: TreeChange, parentId: string): Promise<NodeShape> {
    const found = change.shapes.find((shape) => shape.id === parentId);
    if (found) return found;
    if (await this.nodes.treeIdOf(parentId)) {
      throw treeError(ErrorCode.NODE_OF_OTHER_TREE, 'The parent named belongs to another tree.');
    }
    throw nodeNotFound();
  }

  /**
   * Moderators change any node while the phase allows editing the tree;
   * authors their own suggestion while it is PROPOSED and suggestions are open.
   */
  private requireChangeRole(viewer: Viewer, change: TreeChange, node: NodeShape): 'MODERATOR' | 'AUTHOR' {
    const role = nodeChangeRole(viewer, change.tree, node);
    requireAccess(
      role !== null,
      'Officials and moderators change any node; authors their own suggestions until they are accepted.',
    );
    change.requirePhase(role === 'MODERATOR' ? ConsultationAction.EDIT_TREE : ConsultationAction.SUGGEST_TREE_NODE);
    return role!;
  }

  private renderDescription(description: string | null | undefined): {
    descriptionSource: string | null;
    descriptionHtml: string | null;
  } {
    const source = description?.trim() ? description.trim() : null;
    return { descriptionSource: source, descriptionHtml: source ? this.markdown.render(source) : null };
  }
}

function kindMismatch(): DomainError {
  return treeError(
    ErrorCode.TREE_KIND_MISMATCH,
    'A cause goes under the core problem or a cause, an effect over the core problem or an effect.',
  );
}

function coreImmutable(): DomainError {
  return treeError(ErrorCode.CORE_IMMUTABLE, 'The core problem cannot be moved, deleted or rejected.');
}

/** The distinct service areas of means marked "to do first". */
export function priorityCodes(objectives: readonly { priority: boolean; serviceAreaCode: string | null }[]): string[] {
  return [...new Set(objectives.filter((o) => o.priority && o.serviceAreaCode).map((o) => o.serviceAreaCode!))];
}
