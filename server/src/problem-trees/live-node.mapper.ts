import type { LiveObjectiveNode, LiveProblemTreeEvidence, LiveProblemTreeNode } from '@ratusz/shared';
import type { ProblemTreeEventRecord } from './models/problem-tree-event-record.model.js';
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

/**
 * A replayed event as a reader may get it: events recorded before a moderator
 * hid a node still carry its text, so the nodes withheld from this reader now
 * lose their text and description in every event that carries them.
 */
export function withoutWithheldNodes(
  record: ProblemTreeEventRecord,
  withheldIds: ReadonlySet<string>,
): ProblemTreeEventRecord {
  const event = JSON.parse(record.payload) as { node?: LiveProblemTreeNode; lifted?: LiveProblemTreeNode[] };
  const redact = (node: LiveProblemTreeNode): LiveProblemTreeNode =>
    withheldIds.has(node.id) ? { ...node, text: null, descriptionSource: null, descriptionHtml: null } : node;
  const touched = [event.node, ...(event.lifted ?? [])].some((node) => node && withheldIds.has(node.id));
  if (!touched) return record;
  const redacted = {
    ...event,
    ...(event.node ? { node: redact(event.node) } : {}),
    ...(event.lifted ? { lifted: event.lifted.map(redact) } : {}),
  };
  return { ...record, payload: JSON.stringify(redacted) };
}
