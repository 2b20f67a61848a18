import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { LiveProblemTreeNode, ProblemTreeEvent } from '@ratusz/shared';
import { GraphQLClient, errorCode } from '../test/support/graphql-client.js';
import { TreeViewer, treeState } from '../test/support/tree-viewer.js';
import { spawnServer } from './spawn-server.js';
import { percentile } from './bench-setup.js';

/**
 * 50 people building one 200-node problem tree at once, as in a workshop:
 * each with an HTTP session and a socket in the tree's room, adding nodes,
 * editing (retrying on STALE_VERSION with the version the error carries),
 * moving and supporting. Prints operations per second and the p99 from a
 * mutation's start to its receipt by every viewer, and fails unless every
 * viewer ends with exactly the server's tree.
 */
const CLIENTS = Number(process.env.BENCH_TREE_CLIENTS ?? 50);
const OPERATIONS = Number(process.env.BENCH_TREE_OPERATIONS ?? 20);
const TREE_NODES = 200;
/** Of the clients, this many are officials (any operation); the rest are residents (suggestions and supports). */
const OFFICIAL_SHARE = 0.8;
const PASSWORD = 'Ratusz-demo-2026';
const MUNICIPALITY_SLUG = 'powiat-wolominski';

const NODE = 'id treeId kind parentId position text status version supportCount updatedAt';
const TREE = `query($id: ID!) { problemTree(id: $id) { lastSeq nodes { ${NODE} } } }`;
const CREATE = `mutation($input: CreateProblemTreeInput!) { createProblemTree(input: $input) { id nodes { id } } }`;
const ADD = `mutation($input: AddProblemTreeNodeInput!) { addProblemTreeNode(input: $input) { ${NODE} } }`;
const EDIT = `mutation($input: EditProblemTreeNodeInput!) { editProblemTreeNode(input: $input) { ${NODE} } }`;
const MOVE = `mutation($input: MoveProblemTreeNodeInput!) { moveProblemTreeNode(input: $input) { ${NODE} } }`;
const SUPPORT = `mutation($id: ID!) { supportProblemTreeNode(id: $id) { ${NODE} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawProblemTreeNodeSupport(id: $id) { ${NODE} } }`;

interface TreeData {
  lastSeq: number;
  nodes: (LiveProblemTreeNode & { updatedAt: string })[];
}

/** The key an operation's event is recognised by, from the node the mutation answered with. */
function eventKey(event: ProblemTreeEvent): string | null {
  switch (event.kind) {
    case 'node.added':
      return `add:${event.node.id}`;
    case 'node.edited':
      return `edit:${event.node.id}:${event.node.version}`;
    case 'node.moved':
      return `move:${event.node.id}:${event.node.updatedAt}`;
    case 'node.supportChanged':
      // Events do not say who supported (the room is public): matched by node and count.
      return `support:${event.node.id}:${event.node.supportCount}`;
    default:
      return null;
  }
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

/** The ids of a node and everything below it, in a viewer's copy. */
function subtree(nodes: ReadonlyMap<string, LiveProblemTreeNode>, id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes.values()) {
      if (node.parentId && ids.has(node.parentId) && !ids.has(node.id)) {
        ids.add(node.id);
        grew = true;
      }
    }
  }
  return ids;
}

interface Participant {
  client: GraphQLClient;
  userId: string;
  /** The nodes this participant supports, from its own mutations' answers. */
  supports: Set<string>;
  official: boolean;
  viewer: TreeViewer;
}

export async function treeBench(db: DataSource, databaseUrl: string): Promise<void> {
  // Its own server: 50 people behind one address would meet the per-IP limits that protect a real one.
  const server = await spawnServer(
    '../src/main.js',
    [],
    {
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      CLIENT_DIST_DIR: '/nonexistent',
      REDIS_URL: '',
      RATE_LIMITS_DISABLED: 'true',
    },
    /Ratusz is running at (http:\/\/[\w.:]+)/,
  );
  const participants: Participant[] = [];
  try {
    const [{ municipalityId }]: { municipalityId: string }[] = await db.query(
      'SELECT id AS "municipalityId" FROM municipalities WHERE slug = $1',
      [MUNICIPALITY_SLUG],
    );
    const users: { id: string; email: string }[] = await db.query(
      `INSERT INTO users (email, display_name, password_hash)
       SELECT 'drzewo-' || g || '@ratusz.example', 'Uczestnik warsztatu ' || g,
              (SELECT password_hash FROM users WHERE email = 'mieszkanka@ratusz.example')
       FROM generate_series(1, $1::int) g
       ON CONFLICT (email) DO UPDATE SET display_name = excluded.display_name RETURNING id, email`,
      [CLIENTS],
    );
    const officials = users.slice(0, Math.round(CLIENTS * OFFICIAL_SHARE));
    await db.query(
      `INSERT INTO role_grants (user_id, municipality_id, role) SELECT unnest($1::uuid[]), $2, 'OFFICIAL'
       ON CONFLICT DO NOTHING`,
      [officials.map((u) => u.id), municipalityId],
    );

    const first = new GraphQLClient(server.url);
    await login(first, users[0].email);
    const created = await first.data<{ createProblemTree: { id: string; nodes: { id: string }[] } }>(CREATE, {
      input: { municipalityId, title: 'Warsztat: drzewo na 50 osób', coreText: 'Mieszkańcy rzadko biorą udział' },
    });
    const treeId = created.createProblemTree.id;
    await seedNodes(db, treeId, created.createProblemTree.nodes[0].id);

    process.stdout.write(`Tree bench: ${CLIENTS} clients logging in and joining the room… `);
    for (const [index, user] of users.entries()) {
      const client = index === 0 ? first : new GraphQLClient(server.url);
      if (index > 0) await login(client, user.email);
      const viewer = new TreeViewer(server.url, treeId, client.cookie);
      const ack = await viewer.join();
      if (!ack.ok) throw new Error(`Client ${index} could not join the tree's room: ${ack.error}`);
      participants.push({ client, userId: user.id, official: index < officials.length, viewer, supports: new Set() });
    }
    const initial = (await first.data<{ problemTree: TreeData }>(TREE, { id: treeId })).problemTree;
    for (const p of participants) p.viewer.load(initial.nodes, initial.lastSeq);
    console.log('done.');

    const started = new Map<string, number>();
    const outcomes = { done: 0, stale: 0, refused: 0 };
    const began = performance.now();
    await Promise.all(
      participants.map(async (p, index) => {
        for (let i = 0; i < OPERATIONS; i++) await operate(p, index, i, started, outcomes);
      }),
    );
    const elapsed = (performance.now() - began) / 1000;

    const final = (await first.data<{ problemTree: TreeData }>(TREE, { id: treeId })).problemTree;
    const waitUntil = Date.now() + 15_000;
    while (participants.some((p) => p.viewer.lastSeq < final.lastSeq) && Date.now() < waitUntil) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const behind = participants.filter((p) => p.viewer.lastSeq < final.lastSeq);
    if (behind.length > 0) {
      throw new Error(`${behind.length} viewers never received every event (server at seq ${final.lastSeq})`);
    }
    const expected = JSON.stringify(treeState(final.nodes));
    const diverged = participants.filter((p) => JSON.stringify(treeState(p.viewer.nodes.values())) !== expected);
    if (diverged.length > 0) {
      throw new Error(`${diverged.length} of ${CLIENTS} viewers ended with a tree other than the server's`);
    }

    // From each operation's start to the moment its event reached the last of the viewers.
    const keyOfSeq = new Map<number, string>();
    for (const event of participants[0].viewer.received) {
      const key = eventKey(event);
      if (key) keyOfSeq.set(event.seq, key);
    }
    const latencies: number[] = [];
    for (const [seq, key] of keyOfSeq) {
      const at = started.get(key);
      if (at === undefined) continue;
      const last = Math.max(...participants.map((p) => p.viewer.receivedAt.get(seq) ?? Infinity));
      latencies.push(last - at);
    }
    latencies.sort((a, b) => a - b);
    const p99 = percentile(latencies, 99);
    console.log(
      `problem tree: ${CLIENTS} clients editing one ${TREE_NODES}-node tree, ${outcomes.done} operations in ${elapsed.toFixed(1)} s` +
        ` (${(outcomes.done / elapsed).toFixed(0)} ops/s; ${outcomes.stale} stale edits retried, ${outcomes.refused} refused)\n` +
        `  from a mutation's start to receipt by every viewer: p50 ${percentile(latencies, 50).toFixed(1)} ms` +
        `   p99 ${p99.toFixed(1)} ms   (${latencies.length} operations matched)\n` +
        `  all ${CLIENTS} viewers ended with the server's tree (${final.nodes.length} nodes, seq ${final.lastSeq}): yes`,
    );
  } finally {
    participants.forEach((p) => p.viewer.close());
    await server.stop();
  }
}

async function login(client: GraphQLClient, email: string): Promise<void> {
  await client.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
    input: { email, password: PASSWORD },
  });
}

/** 199 causes and effects below the core, up to four levels deep, all accepted. */
async function seedNodes(db: DataSource, treeId: string, coreId: string): Promise<void> {
  const ids: { id: string; kind: 'CAUSE' | 'EFFECT' }[] = [];
  const childCount = new Map<string, number>();
  for (let i = 1; i < TREE_NODES; i++) {
    const kind = i % 3 === 0 ? 'EFFECT' : 'CAUSE';
    const sameKind = ids.filter((node) => node.kind === kind);
    const parentId = i < 12 || sameKind.length === 0 ? coreId : pick(sameKind.slice(0, 60)).id;
    const position = childCount.get(parentId) ?? 0;
    childCount.set(parentId, position + 1);
    const [{ id }]: { id: string }[] = await db.query(
      `INSERT INTO problem_tree_nodes (tree_id, kind, parent_id, position, text, status)
       VALUES ($1, $2, $3, $4, $5, 'ACCEPTED') RETURNING id`,
      [treeId, kind, parentId, position, `${kind === 'CAUSE' ? 'Przyczyna' : 'Skutek'} ${i}`],
    );
    ids.push({ id, kind });
  }
}

/** One random operation, as the participant's own copy of the tree suggests it. */
async function operate(
  p: Participant,
  index: number,
  round: number,
  started: Map<string, number>,
  outcomes: { done: number; stale: number; refused: number },
): Promise<void> {
  const nodes = [...p.viewer.nodes.values()];
  const others = nodes.filter((node) => node.kind !== 'CORE');
  const roll = Math.random();
  const at = performance.now();
  const track = (key: string) => started.set(key, at);
  type Node = LiveProblemTreeNode & { updatedAt: string };

  if (roll < 0.3 && nodes.length < 480) {
    const parent = pick(nodes);
    const kind = parent.kind === 'CORE' ? pick(['CAUSE', 'EFFECT'] as const) : parent.kind;
    const result = await p.client.request<{ addProblemTreeNode: Node }>(ADD, {
      input: { treeId: parent.treeId, parentId: parent.id, kind, text: `Uczestnik ${index}, pomysł ${round}` },
    });
    if (result.data) track(`add:${result.data.addProblemTreeNode.id}`);
    return settle(result, outcomes);
  }
  if (roll < 0.55 && p.official) {
    const target = pick(others);
    let version = target.version;
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await p.client.request<{ editProblemTreeNode: Node }>(EDIT, {
        input: { id: target.id, version, text: `${(target.text ?? '').slice(0, 200)} (${index}.${round})` },
      });
      const current = (result.errors?.[0]?.extensions as { current?: { version: number } } | undefined)?.current;
      if (errorCode(result) === 'STALE_VERSION' && current) {
        outcomes.stale++;
        version = current.version;
        continue;
      }
      if (result.data) {
        const node = result.data.editProblemTreeNode;
        started.set(`edit:${node.id}:${node.version}`, at);
      }
      return settle(result, outcomes);
    }
    outcomes.refused++;
    return;
  }
  if (roll < 0.75 && p.official) {
    const target = pick(others);
    const below = subtree(p.viewer.nodes, target.id);
    const parents = nodes.filter((n) => !below.has(n.id) && (n.kind === 'CORE' || n.kind === target.kind));
    const parent = pick(parents);
    const result = await p.client.request<{ moveProblemTreeNode: Node }>(MOVE, {
      input: { id: target.id, parentId: parent.id, position: Math.floor(Math.random() * 5) },
    });
    if (result.data) track(`move:${target.id}:${new Date(result.data.moveProblemTreeNode.updatedAt).toISOString()}`);
    return settle(result, outcomes);
  }
  const target = pick(others);
  const supported = !p.supports.has(target.id);
  const result = await p.client.request<{ supportProblemTreeNode?: Node; withdrawProblemTreeNodeSupport?: Node }>(
    supported ? SUPPORT : WITHDRAW,
    { id: target.id },
  );
  const node = result.data?.supportProblemTreeNode ?? result.data?.withdrawProblemTreeNodeSupport;
  if (node) {
    track(`support:${node.id}:${node.supportCount}`);
    if (supported) p.supports.add(node.id);
    else p.supports.delete(node.id);
  }
  return settle(result, outcomes);
}

/**
 * Refusals a concurrent workshop produces on its own (a node moved under what
 * was just moved beneath it, deleted meanwhile, a full tree) are counted;
 * anything else fails the bench.
 */
function settle(
  result: { errors?: { message: string; extensions?: { code?: string } }[] },
  outcomes: { done: number; refused: number },
): void {
  const code = errorCode(result);
  if (!code) {
    outcomes.done++;
    return;
  }
  if (['TREE_CYCLE', 'TREE_KIND_MISMATCH', 'TREE_FULL', 'ALREADY_SUPPORTED', 'NOT_SUPPORTED'].includes(code)) {
    outcomes.refused++;
    return;
  }
  throw new Error(`Tree bench: unexpected error ${JSON.stringify(result.errors)}`);
}
