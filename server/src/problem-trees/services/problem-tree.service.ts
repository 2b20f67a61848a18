import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  FieldErrorCode,
  hiddenByModeratorPl,
  isJoinCode,
  makeJoinCode,
  normaliseJoinCode,
  ProblemTreeNodeKind,
  ProblemTreeNodeStatus,
  type ConsultationAction,
  type ProblemTreeEvent,
} from '@ratusz/shared';
import { isForeignKeyViolation, isUniqueViolation, type Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ANONYMOUS_VIEWER, requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { ViewerService } from '../../common/policy/viewer.service.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { PhaseRulesService, type ConsultationTimeline } from '../../consultations/services/phase-rules.service.js';
import type { CreateProblemTreeInput } from '../dtos/create-problem-tree.input.js';
import type { ProblemTreeNode } from '../models/problem-tree-node.model.js';
import type { ProblemTreeEventRecord } from '../models/problem-tree-event-record.model.js';
import type { ProblemTreeRow } from '../problem-tree-row.js';
import { isWithheldFrom } from '../../moderation/moderation.policy.js';
import { withoutWithheldNodes } from '../live-node.mapper.js';
import { canCreateTree, canViewTree } from '../problem-trees.policy.js';
import {
  CONSULTATION_TREE_CONSTRAINT,
  JOIN_CODE_CONSTRAINT,
  ProblemTreeRepository,
} from '../repositories/problem-tree.repository.js';
import { TreeNodeRepository, type NodeShape } from '../repositories/tree-node.repository.js';
import { ProblemTreeEventService, type NewProblemTreeEvent } from './problem-tree-event.service.js';

/** Drawing a join code that is already taken is rare (31⁶ codes); a few draws always find a free one. */
const JOIN_CODE_ATTEMPTS = 5;

function treeNotFound(): DomainError {
  return new DomainError(ErrorCode.PROBLEM_TREE_NOT_FOUND, 'The problem tree was not found.');
}

export function nodeNotFound(): DomainError {
  return new DomainError(ErrorCode.PROBLEM_TREE_NODE_NOT_FOUND, 'The node was not found in this tree.');
}

/** What a change of a tree works with, inside its transaction, with the tree row locked. */
export interface TreeChange {
  tx: Queryable;
  tree: ProblemTreeRow;
  /** Null for a standalone tree, which has no phases. */
  timeline: ConsultationTimeline | null;
  /** Every node of the tree as it is under the lock. */
  shapes: NodeShape[];
  /** PHASE_CLOSED unless the consultation's phase allows the action (always allowed for a standalone tree). */
  requirePhase(action: ConsultationAction): void;
  /** Numbers and stores the event; it is pushed after commit. */
  record(event: NewProblemTreeEvent): Promise<void>;
}

/**
 * Trees themselves (reading with the visibility rule, creating, joining by
 * code) and the one way every change of a tree runs: a transaction that
 * locks the tree row first, so concurrent operations on one tree run one
 * after another, each seeing the tree as the previous one left it; events
 * are recorded inside and pushed only after commit.
 */
@Injectable()
export class ProblemTreeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trees: ProblemTreeRepository,
    private readonly nodes: TreeNodeRepository,
    private readonly consultations: ConsultationService,
    private readonly rules: PhaseRulesService,
    private readonly events: ProblemTreeEventService,
    private readonly viewers: ViewerService,
  ) {}

  async find(viewer: Viewer, id: string): Promise<ProblemTreeRow | null> {
    const found = await this.trees.byId(id);
    return found && canViewTree(viewer, found) ? found : null;
  }

  async getVisible(viewer: Viewer, id: string): Promise<ProblemTreeRow> {
    const found = await this.find(viewer, id);
    if (!found) throw treeNotFound();
    return found;
  }

  async forConsultation(viewer: Viewer, consultationId: string): Promise<ProblemTreeRow | null> {
    const found = await this.trees.byConsultation(consultationId);
    return found && canViewTree(viewer, found) ? found : null;
  }

  /** Case, spaces and dashes do not matter; anything that cannot be a code is simply not found. */
  async byJoinCode(viewer: Viewer, typed: string): Promise<ProblemTreeRow | null> {
    const code = normaliseJoinCode(typed);
    if (!isJoinCode(code)) return null;
    const found = await this.trees.byJoinCode(code);
    return found && canViewTree(viewer, found) ? found : null;
  }

  async eventsSince(viewer: Viewer, treeId: string, afterSeq: number): Promise<ProblemTreeEventRecord[]> {
    const tree = await this.getVisible(viewer, treeId);
    const [records, nodes] = await Promise.all([this.events.since(tree.id, afterSeq), this.nodes.ofTree(tree.id)]);
    const withheld = new Set(nodes.filter((node) => isWithheldFrom(viewer, node)).map((node) => node.id));
    return withheld.size === 0 ? records : records.map((record) => withoutWithheldNodes(record, withheld));
  }

  /** The tree and its nodes for the exports: everything but rejected suggestions. */
  async exportable(viewer: Viewer, id: string): Promise<{ tree: ProblemTreeRow; nodes: ProblemTreeNode[] }> {
    const tree = await this.getVisible(viewer, id);
    const nodes = (await this.nodes.ofTree(tree.id))
      .filter((node) => node.status !== ProblemTreeNodeStatus.REJECTED)
      .map((node) => (isWithheldFrom(viewer, node) ? { ...node, text: hiddenByModeratorPl(node.hiddenReason) } : node));
    return { tree, nodes };
  }

  /** Who may join the tree's live room: whoever may see the tree. */
  async mayJoinRoom(userId: string | null, treeId: string): Promise<boolean> {
    const tree = await this.trees.byId(treeId);
    if (!tree) return false;
    const viewer = userId
      ? await this.viewers.forAuth({ userId, sessionId: '', isAdmin: await this.trees.isAdmin(userId) })
      : ANONYMOUS_VIEWER;
    return canViewTree(viewer, tree);
  }

  /** The consultation's timeline, as the phase rules judge it; null for a standalone tree. */
  timeline(tree: ProblemTreeRow, tx?: Queryable): Promise<ConsultationTimeline | null> {
    return tree.consultationId ? this.rules.timeline(tree.consultationId, tx) : Promise.resolve(null);
  }

  /** Whether the phase allows the action now (always for a standalone tree). */
  allows(timeline: ConsultationTimeline | null, action: ConsultationAction): boolean {
    return timeline === null || this.rules.allows(timeline, action);
  }

  async create(viewer: Viewer, input: CreateProblemTreeInput): Promise<ProblemTreeRow> {
    requireUser(viewer);
    let municipalityId: string;
    let consultationId: string | null = null;
    if (input.consultationId) {
      const consultation = await this.consultations.getVisible(viewer, input.consultationId);
      municipalityId = consultation.municipalityId;
      consultationId = consultation.id;
      requireAccess(
        canCreateTree(viewer, { municipalityId, consultation }),
        'Only officials of the municipality start the consultation’s problem tree.',
      );
    } else {
      if (!input.municipalityId) {
        throw DomainError.badInput(
          [{ field: 'municipalityId', code: FieldErrorCode.REQUIRED }],
          'A tree belongs to a consultation or to a municipality.',
        );
      }
      municipalityId = input.municipalityId;
      requireAccess(
        canCreateTree(viewer, { municipalityId, consultation: null }),
        'Only officials of the municipality start its workshop trees.',
      );
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const id = await this.db.transaction(async (tx) => {
          const treeId = await this.trees.insert(
            {
              municipalityId,
              consultationId,
              title: input.title,
              joinCode: makeJoinCode(() => randomInt(0, 1_000_000) / 1_000_000),
              createdBy: viewer.userId,
            },
            tx,
          );
          await this.nodes.insert(
            {
              treeId,
              kind: ProblemTreeNodeKind.CORE,
              parentId: null,
              position: 0,
              text: input.coreText,
              descriptionSource: null,
              descriptionHtml: null,
              status: ProblemTreeNodeStatus.ACCEPTED,
              suggested: false,
              authorId: viewer.userId,
            },
            tx,
          );
          return treeId;
        });
        return (await this.trees.byId(id))!;
      } catch (error) {
        if (isUniqueViolation(error, JOIN_CODE_CONSTRAINT) && attempt < JOIN_CODE_ATTEMPTS) continue;
        if (isUniqueViolation(error, CONSULTATION_TREE_CONSTRAINT)) {
          throw new DomainError(ErrorCode.CONFLICT, 'This consultation already has a problem tree.');
        }
        if (isForeignKeyViolation(error, 'problem_trees_municipality_id_fkey')) {
          throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
        }
        throw error;
      }
    }
  }

  /**
   * Runs one change of a tree: locks the tree row (PROBLEM_TREE_NOT_FOUND
   * when the viewer cannot see it), reads its nodes under the lock, lets
   * `work` check and write, and pushes the recorded events after commit.
   * Anything thrown rolls everything back.
   */
  async change<T>(viewer: Viewer, treeId: string, work: (change: TreeChange) => Promise<T>): Promise<T> {
    const recorded: ProblemTreeEvent[] = [];
    const result = await this.db.transaction(async (tx) => {
      const tree = await this.trees.lock(treeId, tx);
      if (!tree || !canViewTree(viewer, tree)) throw treeNotFound();
      const timeline = await this.timeline(tree, tx);
      const shapes = await this.nodes.shapesOf(tree.id, tx);
      return work({
        tx,
        tree,
        timeline,
        shapes,
        requirePhase: (action) => {
          if (timeline) this.rules.check(timeline, action);
        },
        record: async (event) => {
          recorded.push(await this.events.record(tx, tree.id, event));
        },
      });
    });
    this.events.publish(recorded);
    return result;
  }
}
