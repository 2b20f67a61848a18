import type { LiveObjectiveNode, LiveProblemTreeEvidence, LiveProblemTreeNode } from '@ratusz/shared';
import type { ObjectiveNode } from './models/objective-node.model.js';
import type { ProblemTreeEvidence } from './models/problem-tree-evidence.model.js';
import type { ProblemTreeNode } from './models/problem-tree-node.model.js';

/** A node as live events carry it: the scalar fields the client caches. */
export function toLiveNode(node: ProblemTreeNode): LiveProblemTreeNode {
  return {
    id: node.id,
    treeId: node.treeId,
    kind: node.kind,
    parentId: node.parentId,
    position: node.position,
    // The room is public: a hidden node's text and description travel in no event, as Markdown or as HTML.
    text: node.hiddenReason ? null : node.text,
    descriptionSource: node.hiddenReason ? null : node.descriptionSource,
    descriptionHtml: node.descriptionHtml,
    status: node.status,
    rejectionReason: node.rejectionReason,
    version: node.version,
    authorId: node.authorId,
    supportCount: node.supportCount,
    discussionThreadId: node.threadId,
    createdAt: new Date(node.createdAt).toISOString(),
    updatedAt: new Date(node.updatedAt).toISOString(),
  };
}

export function toLiveObjective(objective: ObjectiveNode): LiveObjectiveNode {
  return {
    id: objective.id,
    sourceNodeId: objective.sourceNodeId,
    kind: objective.kind,
    parentId: objective.parentId,
    position: objective.position,
    text: objective.text,
    version: objective.version,
    priority: objective.priority,
    serviceAreaCode: objective.serviceAreaCode,
  };
}

export function toLiveEvidence(evidence: ProblemTreeEvidence): LiveProblemTreeEvidence {
  return { id: evidence.id, nodeId: evidence.nodeId, postId: evidence.postId, documentId: evidence.documentId };
}
