import { canParent } from '@ratusz/shared';

/**
 * The client's view of a problem tree: the nodes as the cache holds them,
 * indexed once for the diagram, the tree view and the forms.
 */

export type TreeNodeKind = 'CORE' | 'CAUSE' | 'EFFECT';
export type TreeNodeStatus = 'PROPOSED' | 'ACCEPTED' | 'REJECTED';

/** What the diagram and the tree view need of a node (the GraphQL node fragment has these and more). */
export interface TreeNodeView {
  id: string;
  kind: TreeNodeKind;
  parentId?: string | null;
  position: number;
  /** Null while a moderator hides the node from this viewer (show its hiddenReason instead). */
  text: string | null;
  status: TreeNodeStatus;
  supportCount: number;
}

export interface TreeShape<N extends TreeNodeView> {
  core: N | null;
  byId: ReadonlyMap<string, N>;
  /** Each node's children in sibling order (position, then id so equal positions do not flicker). */
  childrenOf: ReadonlyMap<string, readonly N[]>;
}

function bySiblingOrder(a: TreeNodeView, b: TreeNodeView): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Indexes the flat node list; nodes whose parent is missing (deleted meanwhile) are left out. */
export function buildShape<N extends TreeNodeView>(nodes: readonly N[]): TreeShape<N> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const childrenOf = new Map<string, N[]>();
  let core: N | null = null;
  for (const node of nodes) {
    if (node.kind === 'CORE') {
      core ??= node;
      continue;
    }
    if (!node.parentId || !byId.has(node.parentId)) continue;
    const siblings = childrenOf.get(node.parentId) ?? [];
    siblings.push(node);
    childrenOf.set(node.parentId, siblings);
  }
  for (const siblings of childrenOf.values()) siblings.sort(bySiblingOrder);
  return { core, byId, childrenOf };
}

/** The children of `id` of one kind: the core has both causes and effects, every other node only its own kind. */
export function childrenOfKind<N extends TreeNodeView>(shape: TreeShape<N>, id: string, kind: TreeNodeKind): N[] {
  return (shape.childrenOf.get(id) ?? []).filter((child) => child.kind === kind);
}

/** The ids of a node and everything below it. */
export function subtreeIds<N extends TreeNodeView>(shape: TreeShape<N>, id: string): Set<string> {
  const ids = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (ids.has(current)) continue;
    ids.add(current);
    for (const child of shape.childrenOf.get(current) ?? []) stack.push(child.id);
  }
  return ids;
}

/** Where a node may be moved: nodes its kind fits under, except itself, its subtree (a cycle) and its parent now. */
export function moveTargets<N extends TreeNodeView>(shape: TreeShape<N>, node: N): N[] {
  if (node.kind === 'CORE') return [];
  const below = subtreeIds(shape, node.id);
  return [...walk(shape)].filter(
    (candidate) => !below.has(candidate.id) && candidate.id !== node.parentId && canParent(node.kind, candidate.kind),
  );
}

/** The node's siblings (itself included) in order, and its index among them. */
export function siblingsOf<N extends TreeNodeView>(shape: TreeShape<N>, node: N): { siblings: N[]; index: number } {
  if (!node.parentId) return { siblings: [node], index: 0 };
  const siblings = childrenOfKind(shape, node.parentId, node.kind);
  return { siblings, index: siblings.findIndex((sibling) => sibling.id === node.id) };
}

/** Every node reachable from the core, depth first: effects before causes, siblings in order. */
export function* walk<N extends TreeNodeView>(shape: TreeShape<N>): Generator<N> {
  if (!shape.core) return;
  const stack: N[] = [shape.core];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    const children = orderedChildren(shape, node);
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]);
  }
}

/** A node's children as the tree view lists them: under the core, its effects first, then its causes. */
export function orderedChildren<N extends TreeNodeView>(shape: TreeShape<N>, node: N): N[] {
  if (node.kind !== 'CORE') return [...(shape.childrenOf.get(node.id) ?? [])];
  return [...childrenOfKind(shape, node.id, 'EFFECT'), ...childrenOfKind(shape, node.id, 'CAUSE')];
}

/** Suggestions waiting for an official, oldest first (the workshop queue). */
export function pendingSuggestions<N extends TreeNodeView & { createdAt: string }>(nodes: readonly N[]): N[] {
  return nodes
    .filter((node) => node.status === 'PROPOSED')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/**
 * The nodes as drawn: one whose text the server withheld from this reader (a
 * moderator hid it) says instead why it was hidden, in the diagram, the
 * outline and the exports alike.
 */
export function withShownText<N extends TreeNodeView & { hiddenReason: string | null }>(
  nodes: readonly N[],
  hiddenText: (reason: string | null) => string,
): (N & { text: string })[] {
  return nodes.map((node) => ({ ...node, text: node.text ?? hiddenText(node.hiddenReason) }));
}
