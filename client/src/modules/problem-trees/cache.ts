import type { ApolloCache, Reference } from '@apollo/client';
import type { LiveObjectiveNode, LiveProblemTreeNode, TreeNodePosition } from '@ratusz/shared';
import {
  ForumAuthorFragmentDoc,
  ObjectiveNodeFieldsFragmentDoc,
  ProblemTreeNodeFieldsFragmentDoc,
  ProblemTreeServiceAreaFragmentDoc,
  type ObjectiveNodeFieldsFragment,
  type ProblemTreeNodeFieldsFragment,
} from '../../gql/graphql';

/**
 * Merging live problem-tree events into the Apollo cache: the events carry
 * every scalar of the nodes they touch, so the tree changes in place without
 * a refetch. What they cannot carry (an author's name the cache never saw,
 * evidence titles) is reported so the caller can fetch it.
 */

function nodeId(cache: ApolloCache, id: string): string | undefined {
  return cache.identify({ __typename: 'ProblemTreeNode', id });
}

function treeId(cache: ApolloCache, id: string): string | undefined {
  return cache.identify({ __typename: 'ProblemTree', id });
}

function readNode(cache: ApolloCache, id: string): ProblemTreeNodeFieldsFragment | null {
  return cache.readFragment({
    fragment: ProblemTreeNodeFieldsFragmentDoc,
    fragmentName: 'ProblemTreeNodeFields',
    id: nodeId(cache, id),
  });
}

/**
 * Writes a live node (a new one joins its tree's node list). Returns false
 * when its author is unknown to the cache, so the name is missing.
 */
export function writeLiveNode(cache: ApolloCache, live: LiveProblemTreeNode, viewerHasSupported?: boolean): boolean {
  const existing = readNode(cache, live.id);
  const author =
    existing?.author && existing.author.id === live.authorId
      ? existing.author
      : live.authorId
        ? cache.readFragment({
            fragment: ForumAuthorFragmentDoc,
            id: cache.identify({ __typename: 'UserSummary', id: live.authorId }),
          })
        : null;
  const data: ProblemTreeNodeFieldsFragment = {
    __typename: 'ProblemTreeNode',
    id: live.id,
    treeId: live.treeId,
    kind: live.kind,
    parentId: live.parentId,
    position: live.position,
    // A hidden node's text travels in no event (null): keep the one read, which only who may see it has.
    text: live.text ?? existing?.text ?? null,
    descriptionHtml: live.descriptionHtml,
    descriptionSource: live.descriptionSource,
    // Live node events do not carry moderation; what the last read said stands.
    hiddenReason: existing?.hiddenReason ?? null,
    status: live.status,
    rejectionReason: live.rejectionReason,
    version: live.version,
    supportCount: live.supportCount,
    viewerHasSupported: viewerHasSupported ?? existing?.viewerHasSupported ?? false,
    // Not in events either: a node first seen live offers no warning or block until the tree is read again.
    viewerCanSanction: existing?.viewerCanSanction ?? false,
    createdAt: live.createdAt,
    updatedAt: live.updatedAt,
    author: author ? { __typename: 'UserSummary', id: author.id, displayName: author.displayName } : null,
    evidence: existing?.evidence ?? [],
    discussionThread: live.discussionThreadId ? { __typename: 'ForumThread', id: live.discussionThreadId } : null,
  };
  cache.writeFragment({
    fragment: ProblemTreeNodeFieldsFragmentDoc,
    fragmentName: 'ProblemTreeNodeFields',
    id: nodeId(cache, live.id),
    data,
  });
  addNodeToTree(cache, live);
  return !live.authorId || author !== null;
}

/** A node a mutation returned (already normalised) joins its tree's list, unless the live event came first. */
export function addNodeToTree(cache: ApolloCache, node: { id: string; treeId: string }): void {
  cache.modify<{ nodes: readonly Reference[] }>({
    id: treeId(cache, node.treeId),
    fields: {
      nodes: (nodes, { readField, toReference }) => {
        const list = nodes as readonly Reference[];
        if (list.some((ref) => readField('id', ref) === node.id)) return list;
        const ref = toReference({ __typename: 'ProblemTreeNode', id: node.id });
        return ref ? [...list, ref] : list;
      },
    },
  });
}

export function applyPositions(cache: ApolloCache, positions: readonly TreeNodePosition[]): void {
  for (const { id, parentId, position } of positions) {
    cache.modify({
      id: nodeId(cache, id),
      fields: { parentId: () => parentId, position: () => position },
    });
  }
}

export function removeNodes(cache: ApolloCache, tree: string, ids: readonly string[]): void {
  const gone = new Set(ids);
  cache.modify<{ nodes: readonly Reference[] }>({
    id: treeId(cache, tree),
    fields: {
      nodes: (nodes, { readField }) =>
        (nodes as readonly Reference[]).filter((ref) => !gone.has(readField<string>('id', ref) ?? '')),
    },
  });
  for (const id of ids) cache.evict({ id: nodeId(cache, id) });
  cache.gc();
}

/**
 * A moderator hid a node: the notice replaces its text and description at
 * once (the event carries neither); its author, moderators and officials get
 * them back by reading the tree again.
 */
export function hideNode(cache: ApolloCache, id: string, hiddenReason: string): void {
  cache.modify({
    id: nodeId(cache, id),
    fields: {
      hiddenReason: () => hiddenReason,
      text: () => null,
      descriptionHtml: () => null,
      descriptionSource: () => null,
    },
  });
}

/** A moderator restored a node: it comes back as the event has it, no longer hidden. */
export function restoreNode(cache: ApolloCache, live: LiveProblemTreeNode): boolean {
  const complete = writeLiveNode(cache, live);
  cache.modify({ id: nodeId(cache, live.id), fields: { hiddenReason: () => null } });
  return complete;
}

export function setTreeTitle(cache: ApolloCache, tree: string, title: string): void {
  cache.modify({ id: treeId(cache, tree), fields: { title: () => title } });
}

/**
 * Replaces the objectives tree. False when a service area is not in the
 * cache (its names are needed), so the caller refetches instead.
 */
export function writeObjectives(
  cache: ApolloCache,
  tree: string,
  objectives: readonly LiveObjectiveNode[],
  priorityCodes: readonly string[],
): boolean {
  const area = (code: string) =>
    cache.readFragment({
      id: cache.identify({ __typename: 'ServiceArea', code }),
      fragment: ProblemTreeServiceAreaFragmentDoc,
    });
  const codes = new Set([
    ...priorityCodes,
    ...objectives.flatMap((o) => (o.serviceAreaCode ? [o.serviceAreaCode] : [])),
  ]);
  if ([...codes].some((code) => !area(code))) return false;
  const refs: Reference[] = [];
  for (const objective of objectives) {
    const data: ObjectiveNodeFieldsFragment = {
      __typename: 'ObjectiveNode',
      id: objective.id,
      sourceNodeId: objective.sourceNodeId,
      kind: objective.kind,
      parentId: objective.parentId,
      text: objective.text,
      version: objective.version,
      priority: objective.priority,
      serviceArea: objective.serviceAreaCode ? area(objective.serviceAreaCode) : null,
    };
    const ref = cache.writeFragment({
      fragment: ObjectiveNodeFieldsFragmentDoc,
      fragmentName: 'ObjectiveNodeFields',
      id: cache.identify({ __typename: 'ObjectiveNode', id: objective.id }),
      data,
    });
    if (ref) refs.push(ref);
  }
  const areaRefs = priorityCodes.map((code) => ({ __ref: cache.identify({ __typename: 'ServiceArea', code })! }));
  cache.modify({
    id: treeId(cache, tree),
    fields: { objectives: () => refs, priorityServiceAreas: () => areaRefs },
  });
  return true;
}
