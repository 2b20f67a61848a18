import type { TextLimits } from './rules/limits.js';

/**
 * Problem trees: one core problem, its causes below (each with sub-causes to
 * any depth) and its effects above (each with further effects), turned into
 * an objectives tree. The rules both sides check and the pure tree helpers
 * (nesting, cycle check, exports) live here once.
 */

export const ProblemTreeNodeKind = {
  CORE: 'CORE',
  CAUSE: 'CAUSE',
  EFFECT: 'EFFECT',
} as const;
export type ProblemTreeNodeKind = (typeof ProblemTreeNodeKind)[keyof typeof ProblemTreeNodeKind];

/** PROPOSED when a resident suggests a node; officials and moderators accept or reject it (with a reason). */
export const ProblemTreeNodeStatus = {
  PROPOSED: 'PROPOSED',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
} as const;
export type ProblemTreeNodeStatus = (typeof ProblemTreeNodeStatus)[keyof typeof ProblemTreeNodeStatus];

/** The core problem becomes the main objective, causes become means, effects become ends. */
export const ObjectiveNodeKind = {
  MAIN_OBJECTIVE: 'MAIN_OBJECTIVE',
  MEANS: 'MEANS',
  END: 'END',
} as const;
export type ObjectiveNodeKind = (typeof ObjectiveNodeKind)[keyof typeof ObjectiveNodeKind];

export const OBJECTIVE_KIND_OF: Readonly<Record<ProblemTreeNodeKind, ObjectiveNodeKind>> = Object.freeze({
  CORE: ObjectiveNodeKind.MAIN_OBJECTIVE,
  CAUSE: ObjectiveNodeKind.MEANS,
  EFFECT: ObjectiveNodeKind.END,
});

/** A node's text: one short statement, as on a workshop sticky note. */
export const TREE_NODE_TEXT_LIMITS = { min: 1, max: 280 } as const satisfies TextLimits;
/** A node's optional description (Markdown). */
export const TREE_NODE_DESCRIPTION_LIMITS = { min: 0, max: 5_000 } as const satisfies TextLimits;
/** Why a suggestion was rejected: required, shown to its author. */
export const TREE_REJECTION_REASON_LIMITS = { min: 1, max: 500 } as const satisfies TextLimits;
/** A tree's title. */
export const TREE_TITLE_LIMITS = { min: 1, max: 200 } as const satisfies TextLimits;
/** An objective's positive restatement. */
export const OBJECTIVE_TEXT_LIMITS = { min: 1, max: 280 } as const satisfies TextLimits;

export const PROBLEM_TREE_LIMITS = {
  /** Nodes a tree holds, the core included; one more is TREE_FULL. */
  maxNodes: 500,
  /** Live events replayed by one catch-up call; a client further behind reloads the tree. */
  maxReplay: 500,
} as const;

/**
 * Workshop join codes: six characters read off a projector and typed on a
 * phone, so no 0/O, 1/I/L or other look-alikes.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;
const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** What people type (lower case, spaces, a dash in the middle) as the stored code. */
export function normaliseJoinCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

export function isJoinCode(code: string): boolean {
  return JOIN_CODE_PATTERN.test(code);
}

/** A new join code from `random` (values in [0, 1)); the server passes a cryptographic source. */
export function makeJoinCode(random: () => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[Math.floor(random() * JOIN_CODE_ALPHABET.length) % JOIN_CODE_ALPHABET.length];
  }
  return code;
}

/**
 * Whether a node of `kind` may hang under a node of `parentKind`: causes under
 * the core or a cause, effects over the core or an effect; the core under nothing.
 */
export function canParent(kind: ProblemTreeNodeKind, parentKind: ProblemTreeNodeKind): boolean {
  if (kind === ProblemTreeNodeKind.CORE) return false;
  return parentKind === ProblemTreeNodeKind.CORE || parentKind === kind;
}

/**
 * Whether hanging `nodeId` under `newParentId` would make a cycle: the new
 * parent is the node itself or one of its descendants. `parentOf` maps every
 * node of the tree to its parent (null for the core).
 */
export function wouldCycle(parentOf: ReadonlyMap<string, string | null>, nodeId: string, newParentId: string): boolean {
  let current: string | null | undefined = newParentId;
  const seen = new Set<string>();
  while (current) {
    if (current === nodeId) return true;
    // A cycle already in the map (never in a stored tree) must not loop forever.
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

/** The least a node needs for the helpers below. */
export interface TreeNodeLike {
  id: string;
  kind: ProblemTreeNodeKind;
  parentId: string | null;
  position: number;
}

export interface NestedTreeNode<N extends TreeNodeLike> {
  node: N;
  children: NestedTreeNode<N>[];
}

/** The core with its causes and its effects, each nested in sibling order; null core for an empty list. */
export interface NestedTree<N extends TreeNodeLike> {
  core: N | null;
  causes: NestedTreeNode<N>[];
  effects: NestedTreeNode<N>[];
}

function siblingOrder(a: TreeNodeLike, b: TreeNodeLike): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Nests a flat node list. Nodes whose parent is not in the list are left out
 * (with their subtrees), so filtering first (e.g. accepted nodes only) gives
 * the tree of what passed.
 */
export function nestTree<N extends TreeNodeLike>(nodes: readonly N[]): NestedTree<N> {
  const childrenOf = new Map<string, N[]>();
  let core: N | null = null;
  for (const node of nodes) {
    if (node.kind === ProblemTreeNodeKind.CORE) {
      core ??= node;
      continue;
    }
    if (!node.parentId) continue;
    const siblings = childrenOf.get(node.parentId) ?? [];
    siblings.push(node);
    childrenOf.set(node.parentId, siblings);
  }
  const build = (node: N, seen: Set<string>): NestedTreeNode<N> => {
    seen.add(node.id);
    const children = (childrenOf.get(node.id) ?? [])
      .filter((child) => !seen.has(child.id))
      .sort(siblingOrder)
      .map((child) => build(child, seen));
    return { node, children };
  };
  if (!core) return { core: null, causes: [], effects: [] };
  const top = build(core, new Set());
  return {
    core,
    causes: top.children.filter((child) => child.node.kind === ProblemTreeNodeKind.CAUSE),
    effects: top.children.filter((child) => child.node.kind === ProblemTreeNodeKind.EFFECT),
  };
}

/** What the exports say besides the nodes' own text. */
export interface TreeExportLabels {
  core: string;
  causes: string;
  effects: string;
  /** Appended to a node that is not accepted, e.g. " (proposed)". */
  status?: (status: ProblemTreeNodeStatus) => string;
}

export const TREE_EXPORT_LABELS_PL: TreeExportLabels = {
  core: 'Problem główny',
  causes: 'Przyczyny',
  effects: 'Skutki',
  status: (status) =>
    status === ProblemTreeNodeStatus.PROPOSED ? ' (propozycja)' : status === 'REJECTED' ? ' (odrzucone)' : '',
};

type ExportNode = TreeNodeLike & { text: string; status?: ProblemTreeNodeStatus };

/** The tree as indented lines ("  - text"), causes then effects: for reports and plain text. */
export function treeToLines<N extends ExportNode>(
  nodes: readonly N[],
  labels: TreeExportLabels = TREE_EXPORT_LABELS_PL,
): string[] {
  const nested = nestTree(nodes);
  if (!nested.core) return [];
  const suffix = (node: N) => (node.status && labels.status ? labels.status(node.status) : '');
  const lines = [`${labels.core}: ${nested.core.text}${suffix(nested.core)}`];
  const walk = (items: NestedTreeNode<N>[], depth: number) => {
    for (const item of items) {
      lines.push(`${'  '.repeat(depth)}- ${item.node.text}${suffix(item.node)}`);
      walk(item.children, depth + 1);
    }
  };
  if (nested.causes.length) {
    lines.push(`${labels.causes}:`);
    walk(nested.causes, 1);
  }
  if (nested.effects.length) {
    lines.push(`${labels.effects}:`);
    walk(nested.effects, 1);
  }
  return lines;
}

/** Markdown characters that would change how a node's text renders. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}

/** The tree as nested Markdown: a heading per part, nested lists below. */
export function treeToMarkdown<N extends ExportNode>(
  title: string,
  nodes: readonly N[],
  labels: TreeExportLabels = TREE_EXPORT_LABELS_PL,
): string {
  const nested = nestTree(nodes);
  const suffix = (node: N) => (node.status && labels.status ? labels.status(node.status) : '');
  const out = [`# ${escapeMarkdown(title)}`, ''];
  if (!nested.core) return out.join('\n');
  out.push(`## ${labels.core}`, '', `${escapeMarkdown(nested.core.text)}${suffix(nested.core)}`, '');
  const list = (items: NestedTreeNode<N>[], depth: number) => {
    for (const item of items) {
      out.push(`${'  '.repeat(depth)}- ${escapeMarkdown(item.node.text)}${suffix(item.node)}`);
      list(item.children, depth + 1);
    }
  };
  for (const [heading, items] of [
    [labels.causes, nested.causes],
    [labels.effects, nested.effects],
  ] as const) {
    if (items.length === 0) continue;
    out.push(`## ${heading}`, '');
    list(items, 0);
    out.push('');
  }
  return out.join('\n');
}

/** A node in the JSON export. */
export interface TreeJsonNode {
  id: string;
  kind: ProblemTreeNodeKind;
  text: string;
  status?: ProblemTreeNodeStatus;
  children: TreeJsonNode[];
}

/** The tree as nested JSON: the core, with its causes and effects nested below. */
export function treeToJson<N extends ExportNode>(
  title: string,
  nodes: readonly N[],
): { title: string; core: TreeJsonNode | null; causes: TreeJsonNode[]; effects: TreeJsonNode[] } {
  const nested = nestTree(nodes);
  const convert = (item: NestedTreeNode<N>): TreeJsonNode => ({
    id: item.node.id,
    kind: item.node.kind,
    text: item.node.text,
    ...(item.node.status ? { status: item.node.status } : {}),
    children: item.children.map(convert),
  });
  return {
    title,
    core: nested.core
      ? {
          id: nested.core.id,
          kind: nested.core.kind,
          text: nested.core.text,
          ...(nested.core.status ? { status: nested.core.status } : {}),
          children: [],
        }
      : null,
    causes: nested.causes.map(convert),
    effects: nested.effects.map(convert),
  };
}

/** A node as pushed live; the scalar fields of the GraphQL `ProblemTreeNode` the client caches. */
export interface LiveProblemTreeNode {
  id: string;
  treeId: string;
  kind: ProblemTreeNodeKind;
  parentId: string | null;
  position: number;
  /** Null while a moderator hides it (the room is public): keep the text you have. */
  text: string | null;
  descriptionSource: string | null;
  descriptionHtml: string | null;
  status: ProblemTreeNodeStatus;
  rejectionReason: string | null;
  version: number;
  authorId: string | null;
  supportCount: number;
  /** The node's forum thread, once someone replied. */
  discussionThreadId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Where a node stands after siblings were renumbered. */
export interface TreeNodePosition {
  id: string;
  parentId: string | null;
  position: number;
}

export interface LiveProblemTreeEvidence {
  id: string;
  nodeId: string;
  postId: string | null;
  documentId: string | null;
}

/** An objective as pushed live; the fields of the GraphQL `ObjectiveNode`. */
export interface LiveObjectiveNode {
  id: string;
  sourceNodeId: string;
  kind: ObjectiveNodeKind;
  parentId: string | null;
  position: number;
  text: string;
  version: number;
  priority: boolean;
  serviceAreaCode: string | null;
}

/** The payload of each problem-tree event kind. */
export interface ProblemTreeEventPayloads {
  'node.added': { node: LiveProblemTreeNode };
  /** Text or description changed (a new version). */
  'node.edited': { node: LiveProblemTreeNode };
  /** Moved to another parent or reordered; `positions` lists every sibling renumbered (old and new parent). */
  'node.moved': { node: LiveProblemTreeNode; positions: TreeNodePosition[] };
  /**
   * Removed with its subtree (`removedIds`), or alone with its children lifted to its parent at its place
   * (`lifted`, the children as they are now); `positions` lists the renumbered siblings.
   */
  'node.deleted': {
    nodeId: string;
    removedIds: string[];
    lifted: LiveProblemTreeNode[];
    positions: TreeNodePosition[];
  };
  /** Accepted or rejected. */
  'node.statusChanged': { node: LiveProblemTreeNode };
  /** `userId` supported (or withdrew); the node carries the new count. */
  // Who supported stays private: the room is public; the supporter's own state comes with the mutation's answer.
  'node.supportChanged': { node: LiveProblemTreeNode };
  /** Evidence linked or unlinked; the node's whole evidence list. */
  'node.evidenceChanged': { node: LiveProblemTreeNode; evidence: LiveProblemTreeEvidence[] };
  /** A reply in the node's discussion (the first one opens the thread). */
  'node.discussed': { node: LiveProblemTreeNode; postId: string };
  /** A moderator hid it (or flags did): only why travels, never its description. */
  'node.hidden': { nodeId: string; hiddenReason: string };
  /** A moderator restored it: the node as it is now, description included. */
  'node.restored': { node: LiveProblemTreeNode };
  /** A moderator corrected its text with a public note (a new version); pushed only while it is not hidden. */
  'node.moderatorEdited': { node: LiveProblemTreeNode; note: string };
  /** The objectives tree was (re)generated or one objective edited: the whole objectives tree. */
  'objectives.changed': { objectives: LiveObjectiveNode[]; priorityServiceAreaCodes: string[] };
  'tree.updated': { title: string };
}

export type ProblemTreeEventKind = keyof ProblemTreeEventPayloads;

/**
 * Everything that changes a problem tree, numbered by a per-tree sequence.
 * A client remembers the last `seq` it applied and, after a reconnect, asks
 * `problemTreeEvents(treeId, afterSeq)` for the rest.
 */
export type ProblemTreeEvent = {
  [K in ProblemTreeEventKind]: { kind: K; treeId: string; seq: number } & ProblemTreeEventPayloads[K];
}[ProblemTreeEventKind];
