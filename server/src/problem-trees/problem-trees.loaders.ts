import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { ConsultationTimeline } from '../consultations/services/phase-rules.service.js';
import type { Document } from '../documents/models/document.model.js';
import type { ForumThread } from '../forum/models/forum.model.js';
import { ThreadService } from '../forum/services/thread.service.js';
import type { ServiceArea } from '../municipalities/models/municipality.model.js';
import type { ObjectiveNode } from './models/objective-node.model.js';
import type { ProblemTreeEvidence } from './models/problem-tree-evidence.model.js';
import type { ProblemTreeNode } from './models/problem-tree-node.model.js';
import type { ProblemTreeRow } from './problem-tree-row.js';
import { ObjectiveRepository } from './repositories/objective.repository.js';
import { ProblemTreeRepository } from './repositories/problem-tree.repository.js';
import { TreeEvidenceRepository, type EvidencePost } from './repositories/tree-evidence.repository.js';
import { TreeNodeRepository } from './repositories/tree-node.repository.js';
import { ProblemTreeService } from './services/problem-tree.service.js';

const TREE = Symbol('problemTrees.tree');
const NODES = Symbol('problemTrees.nodes');
const OBJECTIVES = Symbol('problemTrees.objectives');
const PRIORITY_AREAS = Symbol('problemTrees.priorityAreas');
const SUPPORTED = Symbol('problemTrees.supported');
const EVIDENCE = Symbol('problemTrees.evidence');
const POSTS = Symbol('problemTrees.posts');
const DOCUMENTS = Symbol('problemTrees.documents');
const SERVICE_AREAS = Symbol('problemTrees.serviceAreas');
const TIMELINE = Symbol('problemTrees.timeline');
const THREADS = Symbol('problemTrees.threads');

/** A tree with every node and its relations in one statement per relation, whatever the number of nodes. */
@Injectable()
export class ProblemTreeLoaders {
  constructor(
    private readonly trees: ProblemTreeRepository,
    private readonly treeService: ProblemTreeService,
    private readonly nodes: TreeNodeRepository,
    private readonly evidence: TreeEvidenceRepository,
    private readonly objectives: ObjectiveRepository,
    private readonly threads: ThreadService,
  ) {}

  tree(ctx: RequestContext): DataLoader<string, ProblemTreeRow | null> {
    return ctx.loaders.get(TREE, () => new DataLoader((ids: readonly string[]) => this.trees.byIds(ids)));
  }

  nodesOf(ctx: RequestContext): DataLoader<string, ProblemTreeNode[]> {
    return ctx.loaders.get(NODES, () => new DataLoader((ids: readonly string[]) => this.nodes.ofTrees(ids)));
  }

  objectivesOf(ctx: RequestContext): DataLoader<string, ObjectiveNode[]> {
    return ctx.loaders.get(OBJECTIVES, () => new DataLoader((ids: readonly string[]) => this.objectives.ofTrees(ids)));
  }

  priorityServiceAreas(ctx: RequestContext): DataLoader<string, ServiceArea[]> {
    return ctx.loaders.get(
      PRIORITY_AREAS,
      () => new DataLoader((ids: readonly string[]) => this.objectives.priorityServiceAreas(ids)),
    );
  }

  /** Keyed by node id: whether the user supports it. Only for logged-in requests. */
  supportedBy(ctx: RequestContext, userId: string): DataLoader<string, boolean> {
    return ctx.loaders.get(
      SUPPORTED,
      () => new DataLoader((ids: readonly string[]) => this.nodes.supportedBy(userId, ids)),
    );
  }

  evidenceOf(ctx: RequestContext): DataLoader<string, ProblemTreeEvidence[]> {
    return ctx.loaders.get(EVIDENCE, () => new DataLoader((ids: readonly string[]) => this.evidence.ofNodes(ids)));
  }

  post(ctx: RequestContext): DataLoader<string, EvidencePost | null> {
    return ctx.loaders.get(POSTS, () => new DataLoader((ids: readonly string[]) => this.evidence.postsByIds(ids)));
  }

  document(ctx: RequestContext): DataLoader<string, Document | null> {
    return ctx.loaders.get(
      DOCUMENTS,
      () => new DataLoader((ids: readonly string[]) => this.evidence.documentsByIds(ids)),
    );
  }

  /** The nodes' discussion threads. */
  thread(ctx: RequestContext): DataLoader<string, ForumThread | null> {
    return ctx.loaders.get(THREADS, () => new DataLoader((ids: readonly string[]) => this.threads.byIds(ids)));
  }

  serviceArea(ctx: RequestContext): DataLoader<string, ServiceArea | null> {
    return ctx.loaders.get(
      SERVICE_AREAS,
      () => new DataLoader((codes: readonly string[]) => this.objectives.serviceAreasByCodes(codes)),
    );
  }

  /** The tree's consultation timeline (null for a standalone tree), read once per request and tree. */
  async timeline(ctx: RequestContext, tree: ProblemTreeRow): Promise<ConsultationTimeline | null> {
    const cache = await ctx.loaders.memo(TIMELINE, () =>
      Promise.resolve(new Map<string, Promise<ConsultationTimeline | null>>()),
    );
    let found = cache.get(tree.id);
    if (!found) {
      found = this.treeService.timeline(tree);
      cache.set(tree.id, found);
    }
    return found;
  }
}
