import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_PATH,
  ThreadEventSequencer,
  type ClientToServerEvents,
  type LiveProblemTreeNode,
  type ProblemTreeEvent,
  type ServerToClientEvents,
  type TreeNodePosition,
} from '@ratusz/shared';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What two copies of a tree must agree on. */
export interface NodeState {
  id: string;
  kind: string;
  parentId: string | null;
  position: number;
  text: string | null;
  status: string;
  version: number;
  supportCount: number;
}

function nodeState(node: NodeState): NodeState {
  const { id, kind, parentId, position, text, status, version, supportCount } = node;
  return { id, kind, parentId, position, text, status, version, supportCount };
}

/** Sorted by id, so two copies compare whatever order they were built in. */
export function treeState(nodes: Iterable<NodeState>): NodeState[] {
  return [...nodes].map(nodeState).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A viewer of a problem tree as the client is one: a socket in the tree's
 * room applying every `problemTree.event` to its copy of the nodes, in
 * sequence order, without refetching.
 */
export class TreeViewer {
  readonly socket: ClientSocket;
  readonly nodes = new Map<string, LiveProblemTreeNode>();
  readonly received: ProblemTreeEvent[] = [];
  /** Received times by seq (performance.now()), for benchmarks. */
  readonly receivedAt = new Map<number, number>();
  /** Applies each event once and in order, holding back any that arrive before an earlier one. */
  private sequencer = new ThreadEventSequencer<ProblemTreeEvent>(0, (event) => this.apply(event));

  get lastSeq(): number {
    return this.sequencer.lastSeq;
  }

  constructor(
    url: string,
    private readonly treeId: string,
    cookie?: string | null,
  ) {
    this.socket = io(url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    });
    this.socket.on('problemTree.event', (event) => {
      this.receivedAt.set(event.seq, performance.now());
      this.received.push(event);
      this.sequencer.push(event);
    });
  }

  async join(): Promise<{ ok: boolean; error?: string }> {
    if (!this.socket.connected) {
      await new Promise<void>((resolve, reject) => {
        this.socket.once('connect', () => resolve());
        this.socket.once('connect_error', reject);
      });
    }
    return this.socket.timeout(10_000).emitWithAck('room.join', { room: `problemTree:${this.treeId}` });
  }

  /** The nodes as loaded over GraphQL at `seq`; events at or below it are then ignored. */
  load(nodes: readonly LiveProblemTreeNode[], seq: number): void {
    this.nodes.clear();
    for (const node of nodes) this.nodes.set(node.id, node);
    this.sequencer = new ThreadEventSequencer<ProblemTreeEvent>(seq, (event) => this.apply(event));
    for (const event of this.received) this.sequencer.push(event);
  }

  /** Events from the catch-up query, as JSON payloads. */
  catchUp(payloads: readonly { payload: string }[]): void {
    for (const { payload } of payloads) this.sequencer.push(JSON.parse(payload) as ProblemTreeEvent);
  }

  private apply(event: ProblemTreeEvent): void {
    const place = (positions: readonly TreeNodePosition[]) => {
      for (const entry of positions) {
        const node = this.nodes.get(entry.id);
        if (node) this.nodes.set(entry.id, { ...node, parentId: entry.parentId, position: entry.position });
      }
    };
    switch (event.kind) {
      case 'node.added':
      case 'node.edited':
      case 'node.statusChanged':
      case 'node.supportChanged':
      case 'node.evidenceChanged':
      case 'node.discussed':
      case 'node.restored':
        this.nodes.set(event.node.id, event.node);
        break;
      case 'node.hidden': {
        const node = this.nodes.get(event.nodeId);
        if (node) this.nodes.set(node.id, { ...node, descriptionSource: null, descriptionHtml: null });
        break;
      }
      case 'node.moved':
        this.nodes.set(event.node.id, event.node);
        place(event.positions);
        break;
      case 'node.deleted':
        for (const id of event.removedIds) this.nodes.delete(id);
        for (const node of event.lifted) this.nodes.set(node.id, node);
        place(event.positions);
        break;
      case 'objectives.changed':
      case 'tree.updated':
        break;
    }
  }

  async waitForSeq(seq: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.lastSeq < seq) {
      if (Date.now() > deadline) throw new Error(`Viewer stuck at seq ${this.lastSeq}, expected ${seq}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close(): void {
    this.socket.disconnect();
  }
}
