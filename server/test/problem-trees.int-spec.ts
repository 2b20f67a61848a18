import type { LiveProblemTreeNode, ProblemTreeEvent } from '@ratusz/shared';
import { ensureServiceAreas } from './support/consultation-factories.js';
import { createConsultation, setPhases, warsawDay } from './support/document-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, REPLY } from './support/forum-factories.js';
import { errorCode, type GraphQLClient, type GraphQLResponse } from './support/graphql-client.js';
import { countStatements } from './support/sql-counter.js';
import { relaxedRateLimits, startTestApp, type TestApp } from './support/test-app.js';
import { TreeViewer, treeState, type NodeState } from './support/tree-viewer.js';

const NODE_FIELDS = `id treeId kind parentId position text descriptionHtml descriptionSource status rejectionReason
  version supportCount viewerHasSupported createdAt updatedAt author { id }
  evidence { id nodeId post { id } document { id } } discussionThread { id }`;
const OBJECTIVE_FIELDS = 'id sourceNodeId kind parentId position text version priority serviceArea { code }';
const TREE_FIELDS = `id consultationId municipalityId title joinCode lastSeq createdAt
  viewerCanSuggest viewerCanEdit viewerCanModerate
  nodes { ${NODE_FIELDS} } objectives { ${OBJECTIVE_FIELDS} } priorityServiceAreas { code }`;

const TREE = `query($id: ID!) { problemTree(id: $id) { ${TREE_FIELDS} } }`;
const TREE_FOR_CONSULTATION = `query($id: ID!) { problemTreeForConsultation(consultationId: $id) { id } }`;
const BY_CODE = `query($code: String!) { problemTreeByJoinCode(code: $code) { id title } }`;
const EVENTS = `query($treeId: ID!, $afterSeq: Int!) { problemTreeEvents(treeId: $treeId, afterSeq: $afterSeq) { seq kind payload } }`;
const CREATE = `mutation($input: CreateProblemTreeInput!) { createProblemTree(input: $input) { ${TREE_FIELDS} } }`;
const ADD = `mutation($input: AddProblemTreeNodeInput!) { addProblemTreeNode(input: $input) { ${NODE_FIELDS} } }`;
const EDIT = `mutation($input: EditProblemTreeNodeInput!) { editProblemTreeNode(input: $input) { ${NODE_FIELDS} } }`;
const MOVE = `mutation($input: MoveProblemTreeNodeInput!) { moveProblemTreeNode(input: $input) { ${NODE_FIELDS} } }`;
const DELETE = `mutation($input: DeleteProblemTreeNodeInput!) { deleteProblemTreeNode(input: $input) }`;
const ACCEPT = `mutation($id: ID!) { acceptProblemTreeNode(id: $id) { ${NODE_FIELDS} } }`;
const REJECT = `mutation($input: RejectProblemTreeNodeInput!) { rejectProblemTreeNode(input: $input) { ${NODE_FIELDS} } }`;
const SUPPORT = `mutation($id: ID!) { supportProblemTreeNode(id: $id) { ${NODE_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawProblemTreeNodeSupport(id: $id) { ${NODE_FIELDS} } }`;
const ADD_EVIDENCE = `mutation($input: AddProblemTreeEvidenceInput!) { addProblemTreeEvidence(input: $input) { ${NODE_FIELDS} } }`;
const REMOVE_EVIDENCE = `mutation($id: ID!) { removeProblemTreeEvidence(id: $id) { ${NODE_FIELDS} } }`;
const REPLY_TO_NODE = `mutation($input: ReplyToProblemTreeNodeInput!) {
  replyToProblemTreeNode(input: $input) { id threadId number parentId bodyHtml }
}`;
const GENERATE = `mutation($treeId: ID!) { generateObjectivesTree(treeId: $treeId) { ${TREE_FIELDS} } }`;
const EDIT_OBJECTIVE = `mutation($input: EditObjectiveNodeInput!) { editObjectiveNode(input: $input) { ${OBJECTIVE_FIELDS} } }`;
const CONTENT_COUNTS = `query($id: ID!) { consultation(id: $id) { contentCounts { problemTreeNodes } } }`;

interface NodeView extends NodeState {
  treeId: string;
  descriptionHtml: string | null;
  descriptionSource: string | null;
  rejectionReason: string | null;
  viewerHasSupported: boolean;
  author: { id: string } | null;
  evidence: { id: string; nodeId: string; post: { id: string } | null; document: { id: string } | null }[];
  discussionThread: { id: string } | null;
}
interface ObjectiveView {
  id: string;
  sourceNodeId: string;
  kind: string;
  parentId: string | null;
  position: number;
  text: string;
  version: number;
  priority: boolean;
  serviceArea: { code: string } | null;
}
interface TreeView {
  id: string;
  consultationId: string | null;
  municipalityId: string;
  title: string;
  joinCode: string;
  lastSeq: number;
  viewerCanSuggest: boolean;
  viewerCanEdit: boolean;
  viewerCanModerate: boolean;
  nodes: NodeView[];
  objectives: ObjectiveView[];
  priorityServiceAreas: { code: string }[];
}
type StaleExtensions = { code: string; current: { text: string; description: string | null; version: number } };

/** Phases around today: the tree is open (DIAGNOSIS), proposals later. */
const OPEN_PHASES = () => [
  { kind: 'DIAGNOSIS', startsOn: warsawDay(-5), endsOn: warsawDay(5) },
  { kind: 'PROPOSALS', startsOn: warsawDay(6), endsOn: warsawDay(20) },
  { kind: 'REPORT', startsOn: warsawDay(21), endsOn: warsawDay(30) },
];
/** Building the tree closed (PROPOSALS runs). */
const CLOSED_PHASES = () => [
  { kind: 'DIAGNOSIS', startsOn: warsawDay(-20), endsOn: warsawDay(-6) },
  { kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) },
];

describe('problem trees', () => {
  let t: TestApp;
  let municipalityId: string;
  let official: RegisteredUser;
  let moderator: RegisteredUser;
  let resident: RegisteredUser;
  let neighbour: RegisteredUser;
  let consultationId: string;
  let tree: TreeView;
  let core: NodeView;

  beforeAll(async () => {
    // Join-code lookups are limited low here so a test can reach the limit; everything else stays out of reach.
    t = await startTestApp({
      config: {
        rateLimits: relaxedRateLimits({
          TREE_JOIN: { perUser: { limit: 5, windowSeconds: 60 }, perIp: { limit: 5, windowSeconds: 60 } },
        }),
      },
    });
    await ensureServiceAreas(t.db);
    municipalityId = (await createMunicipality(t.db, { name: 'Ząbki' })).id;
    await createCategory(t.db, { municipalityId });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Anna' });
    moderator = await registerUser(t.client(), { displayName: 'Moderator Marek' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkanka Zofia' });
    neighbour = await registerUser(t.client(), { displayName: 'Sąsiad Jan' });
    await grantRole(t.db, official.id, municipalityId, 'OFFICIAL');
    await grantRole(t.db, moderator.id, municipalityId, 'MODERATOR');
    consultationId = await createConsultation(t.db, {
      municipalityId,
      organiserId: official.id,
      phases: OPEN_PHASES(),
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const load = async (client: GraphQLClient, id = tree.id) =>
    (await client.data<{ problemTree: TreeView }>(TREE, { id })).problemTree;
  const add = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{ addProblemTreeNode: NodeView }>(ADD, { input: { treeId: tree.id, ...input } });
  const addOk = async (client: GraphQLClient, input: Record<string, unknown>) => {
    const result = await add(client, input);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.addProblemTreeNode;
  };
  const byText = (view: TreeView, text: string) => view.nodes.find((node) => node.text === text)!;
  const childrenOf = (view: TreeView, parentId: string) =>
    view.nodes
      .filter((node) => node.parentId === parentId)
      .sort((a, b) => a.position - b.position)
      .map((node): [string | null, number] => [node.text, node.position]);

  describe('creating a tree', () => {
    it('is for officials; the core is accepted at once; one tree per consultation', async () => {
      const input = { consultationId, title: 'Drzewo problemów', coreText: 'Mieszkańcy rzadko biorą udział' };
      expect(errorCode(await resident.client.request(CREATE, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await moderator.client.request(CREATE, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await t.client().request(CREATE, { input }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await official.client.request(CREATE, { input: { ...input, coreText: '  ' } }))).toBe(
        'BAD_USER_INPUT',
      );
      tree = (await official.client.data<{ createProblemTree: TreeView }>(CREATE, { input })).createProblemTree;
      expect(tree).toMatchObject({ consultationId, municipalityId, title: 'Drzewo problemów', lastSeq: 0 });
      expect(tree.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
      expect(tree.nodes).toHaveLength(1);
      core = tree.nodes[0];
      expect(core).toMatchObject({
        kind: 'CORE',
        parentId: null,
        status: 'ACCEPTED',
        version: 1,
        author: { id: official.id },
      });
      expect(errorCode(await official.client.request(CREATE, { input }))).toBe('CONFLICT');
      const found = await resident.client.data<{ problemTreeForConsultation: { id: string } }>(TREE_FOR_CONSULTATION, {
        id: consultationId,
      });
      expect(found.problemTreeForConsultation.id).toBe(tree.id);
    });

    it('tells each viewer what they may do', async () => {
      expect(await load(resident.client)).toMatchObject({
        viewerCanSuggest: true,
        viewerCanEdit: false,
        viewerCanModerate: false,
      });
      expect(await load(moderator.client)).toMatchObject({
        viewerCanSuggest: true,
        viewerCanEdit: true,
        viewerCanModerate: true,
      });
      expect(await load(t.client())).toMatchObject({ viewerCanSuggest: false, viewerCanEdit: false });
    });

    it('hides the tree of an unpublished consultation from everyone but its officials', async () => {
      const hidden = await createConsultation(t.db, { municipalityId, organiserId: official.id, published: false });
      const created = await official.client.data<{ createProblemTree: TreeView }>(CREATE, {
        input: { consultationId: hidden, title: 'Szkic', coreText: 'Problem' },
      });
      const id = created.createProblemTree.id;
      expect(await resident.client.data(TREE, { id })).toEqual({ problemTree: null });
      expect(errorCode(await resident.client.request(EVENTS, { treeId: id, afterSeq: 0 }))).toBe(
        'PROBLEM_TREE_NOT_FOUND',
      );
      expect((await load(official.client, id)).id).toBe(id);
      const anonymous = new TreeViewer(t.url, id);
      const official_ = new TreeViewer(t.url, id, official.client.cookie);
      try {
        expect(await anonymous.join()).toEqual({ ok: false, error: 'FORBIDDEN' });
        expect(await official_.join()).toEqual({ ok: true });
      } finally {
        anonymous.close();
        official_.close();
      }
      const response = await fetch(`${t.url}/api/problem-trees/${id}/export.md`);
      expect(response.status).toBe(404);
    });
  });

  describe('building the tree', () => {
    it('takes residents’ suggestions as PROPOSED and officials’ nodes as ACCEPTED', async () => {
      const suggestion = await addOk(resident.client, {
        parentId: core.id,
        kind: 'CAUSE',
        text: '  Ogłoszenia tylko w BIP  ',
      });
      expect(suggestion).toMatchObject({
        kind: 'CAUSE',
        parentId: core.id,
        position: 0,
        status: 'PROPOSED',
        text: 'Ogłoszenia tylko w BIP',
        author: { id: resident.id },
      });
      const cause = await addOk(official.client, {
        parentId: core.id,
        kind: 'CAUSE',
        text: 'Spotkania w godzinach pracy',
        description: 'Zwykle o **10:00**.',
      });
      expect(cause).toMatchObject({ status: 'ACCEPTED', position: 1, descriptionSource: 'Zwykle o **10:00**.' });
      expect(cause.descriptionHtml).toContain('<strong>10:00</strong>');
      const effect = await addOk(moderator.client, {
        parentId: core.id,
        kind: 'EFFECT',
        text: 'Usługi nie odpowiadają potrzebom',
      });
      expect(effect).toMatchObject({ status: 'ACCEPTED', position: 2 });
      const subCause = await addOk(official.client, {
        parentId: cause.id,
        kind: 'CAUSE',
        text: 'Brak dyżurów wieczornych',
      });
      expect(subCause).toMatchObject({ parentId: cause.id, position: 0 });
    });

    it('refuses bad input with clear codes, writing nothing', async () => {
      const view = await load(official.client);
      const cause = byText(view, 'Spotkania w godzinach pracy');
      const effect = byText(view, 'Usługi nie odpowiadają potrzebom');
      const cases: [Record<string, unknown>, string][] = [
        [{ parentId: core.id, kind: 'CAUSE', text: '   ' }, 'BAD_USER_INPUT'],
        [{ parentId: core.id, kind: 'CAUSE', text: 'x'.repeat(281) }, 'BAD_USER_INPUT'],
        [{ parentId: core.id, kind: 'CORE', text: 'Drugi rdzeń' }, 'SECOND_CORE'],
        [{ parentId: cause.id, kind: 'EFFECT', text: 'Skutek pod przyczyną' }, 'TREE_KIND_MISMATCH'],
        [{ parentId: effect.id, kind: 'CAUSE', text: 'Przyczyna nad skutkiem' }, 'TREE_KIND_MISMATCH'],
        [
          { parentId: '00000000-0000-4000-8000-000000000000', kind: 'CAUSE', text: 'Nikt' },
          'PROBLEM_TREE_NODE_NOT_FOUND',
        ],
      ];
      for (const [input, code] of cases)
        expect([input, errorCode(await add(official.client, input))]).toEqual([input, code]);
      const full = 'x'.repeat(280);
      expect((await addOk(official.client, { parentId: cause.id, kind: 'CAUSE', text: full })).text).toBe(full);
      const other = await official.client.data<{ createProblemTree: TreeView }>(CREATE, {
        input: { municipalityId, title: 'Warsztat', coreText: 'Inny problem' },
      });
      expect(
        errorCode(
          await add(official.client, { parentId: other.createProblemTree.nodes[0].id, kind: 'CAUSE', text: 'Obcy' }),
        ),
      ).toBe('NODE_OF_OTHER_TREE');
      expect(
        errorCode(
          await official.client.request(ADD, {
            input: { treeId: '00000000-0000-4000-8000-000000000000', parentId: core.id, kind: 'CAUSE', text: 'x' },
          }),
        ),
      ).toBe('PROBLEM_TREE_NOT_FOUND');
      expect(
        errorCode(
          await t.client().request(ADD, { input: { treeId: tree.id, parentId: core.id, kind: 'CAUSE', text: 'x' } }),
        ),
      ).toBe('UNAUTHENTICATED');
      const after = await load(official.client);
      expect(after.nodes).toHaveLength(view.nodes.length + 1);
    });

    it('holds at most 500 nodes', async () => {
      const standalone = await official.client.data<{ createProblemTree: TreeView }>(CREATE, {
        input: { municipalityId, title: 'Pełne drzewo', coreText: 'Problem' },
      });
      const full = standalone.createProblemTree;
      await t.db.query(
        `INSERT INTO problem_tree_nodes (tree_id, kind, parent_id, position, text, status)
         SELECT $1, 'CAUSE', $2, g - 1, 'Przyczyna ' || g, 'ACCEPTED' FROM generate_series(1, 499) g`,
        [full.id, full.nodes[0].id],
      );
      const result = await official.client.request(ADD, {
        input: { treeId: full.id, parentId: full.nodes[0].id, kind: 'CAUSE', text: 'Pięćsetna pierwsza' },
      });
      expect(errorCode(result)).toBe('TREE_FULL');
    });

    it('lets officials and moderators accept and reject (with a reason), and nobody else', async () => {
      const suggestion = byText(await load(official.client), 'Ogłoszenia tylko w BIP');
      expect(errorCode(await resident.client.request(ACCEPT, { id: suggestion.id }))).toBe('FORBIDDEN');
      expect(errorCode(await moderator.client.request(REJECT, { input: { id: suggestion.id, reason: '  ' } }))).toBe(
        'BAD_USER_INPUT',
      );
      const rejected = await moderator.client.data<{ rejectProblemTreeNode: NodeView }>(REJECT, {
        input: { id: suggestion.id, reason: 'Powtarza inną przyczynę' },
      });
      expect(rejected.rejectProblemTreeNode).toMatchObject({
        status: 'REJECTED',
        rejectionReason: 'Powtarza inną przyczynę',
      });
      const accepted = await official.client.data<{ acceptProblemTreeNode: NodeView }>(ACCEPT, { id: suggestion.id });
      expect(accepted.acceptProblemTreeNode).toMatchObject({ status: 'ACCEPTED', rejectionReason: null });
      expect(errorCode(await official.client.request(REJECT, { input: { id: core.id, reason: 'Nie' } }))).toBe(
        'CORE_IMMUTABLE',
      );
    });

    it('edits with the version seen: a stale version is refused with the current text, nothing written', async () => {
      const mine = await addOk(resident.client, { parentId: core.id, kind: 'CAUSE', text: 'Niskie zaufanie' });
      const edited = await resident.client.data<{ editProblemTreeNode: NodeView }>(EDIT, {
        input: { id: mine.id, version: 1, text: 'Niskie zaufanie do urzędu', description: 'Z ankiety' },
      });
      expect(edited.editProblemTreeNode).toMatchObject({ version: 2, text: 'Niskie zaufanie do urzędu' });
      const stale = await moderator.client.request(EDIT, { input: { id: mine.id, version: 1, text: 'Inna wersja' } });
      const extensions = stale.errors?.[0]?.extensions as StaleExtensions | undefined;
      expect(extensions).toEqual({
        code: 'STALE_VERSION',
        current: { text: 'Niskie zaufanie do urzędu', description: 'Z ankiety', version: 2 },
      });
      expect(byText(await load(official.client), 'Niskie zaufanie do urzędu').version).toBe(2);
      // Another resident may not touch it; its author may not once it is accepted.
      expect(errorCode(await neighbour.client.request(EDIT, { input: { id: mine.id, version: 2, text: 'x' } }))).toBe(
        'FORBIDDEN',
      );
      await official.client.data(ACCEPT, { id: mine.id });
      expect(errorCode(await resident.client.request(EDIT, { input: { id: mine.id, version: 2, text: 'x' } }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await moderator.client.request(EDIT, { input: { id: mine.id, version: 2, text: '' } }))).toBe(
        'BAD_USER_INPUT',
      );
      const byModerator = await moderator.client.data<{ editProblemTreeNode: NodeView }>(EDIT, {
        input: { id: mine.id, version: 2, text: 'Niskie zaufanie do urzędu gminy' },
      });
      expect(byModerator.editProblemTreeNode).toMatchObject({ version: 3, descriptionSource: null });
      const coreEdit = await official.client.data<{ editProblemTreeNode: NodeView }>(EDIT, {
        input: { id: core.id, version: 1, text: 'Mieszkańcy rzadko biorą udział w dialogu' },
      });
      expect(coreEdit.editProblemTreeNode.version).toBe(2);
    });

    it('moves nodes where their kind fits, refusing cycles and the core', async () => {
      const view = await load(official.client);
      const cause = byText(view, 'Spotkania w godzinach pracy');
      const sub = byText(view, 'Brak dyżurów wieczornych');
      const effect = byText(view, 'Usługi nie odpowiadają potrzebom');
      const move = (client: GraphQLClient, id: string, parentId: string, position: number) =>
        client.request<{ moveProblemTreeNode: NodeView }>(MOVE, { input: { id, parentId, position } });
      expect(errorCode(await move(official.client, cause.id, sub.id, 0))).toBe('TREE_CYCLE');
      expect(errorCode(await move(official.client, cause.id, cause.id, 0))).toBe('TREE_CYCLE');
      expect(errorCode(await move(official.client, core.id, cause.id, 0))).toBe('CORE_IMMUTABLE');
      expect(errorCode(await move(official.client, sub.id, effect.id, 0))).toBe('TREE_KIND_MISMATCH');
      expect(errorCode(await move(resident.client, sub.id, core.id, 0))).toBe('FORBIDDEN');

      const moved = await move(official.client, sub.id, core.id, 0);
      expect(moved.data?.moveProblemTreeNode).toMatchObject({ parentId: core.id, position: 0 });
      const after = await load(official.client);
      expect(childrenOf(after, core.id)).toEqual([
        ['Brak dyżurów wieczornych', 0],
        ['Ogłoszenia tylko w BIP', 1],
        ['Spotkania w godzinach pracy', 2],
        ['Usługi nie odpowiadają potrzebom', 3],
        ['Niskie zaufanie do urzędu gminy', 4],
      ]);
      // Reordering: the same parent, another place; positions stay dense.
      await move(official.client, sub.id, core.id, 3);
      expect(childrenOf(await load(official.client), core.id).map(([text]) => text)).toEqual([
        'Ogłoszenia tylko w BIP',
        'Spotkania w godzinach pracy',
        'Usługi nie odpowiadają potrzebom',
        'Brak dyżurów wieczornych',
        'Niskie zaufanie do urzędu gminy',
      ]);
      // Past the end means last.
      await move(official.client, sub.id, cause.id, 99);
      const back = await load(official.client);
      expect(childrenOf(back, cause.id).map(([text, position]) => [text?.slice(0, 5), position])).toEqual([
        ['xxxxx', 0],
        ['Brak ', 1],
      ]);
      expect(childrenOf(back, core.id).map(([, position]) => position)).toEqual([0, 1, 2, 3]);
    });

    it('deletes a subtree, or the node alone with its children lifted into its place', async () => {
      const lift = await addOk(official.client, {
        parentId: core.id,
        kind: 'EFFECT',
        text: 'Konflikty ujawniają się późno',
      });
      const a = await addOk(official.client, { parentId: lift.id, kind: 'EFFECT', text: 'Protesty' });
      const b = await addOk(official.client, { parentId: lift.id, kind: 'EFFECT', text: 'Opóźnienia inwestycji' });
      await addOk(official.client, { parentId: a.id, kind: 'EFFECT', text: 'Koszty sądowe' });
      const before = await load(official.client);
      const liftAt = byText(before, 'Konflikty ujawniają się późno').position;
      expect(errorCode(await official.client.request(DELETE, { input: { id: core.id, keepChildren: true } }))).toBe(
        'CORE_IMMUTABLE',
      );
      expect(errorCode(await resident.client.request(DELETE, { input: { id: lift.id, keepChildren: false } }))).toBe(
        'FORBIDDEN',
      );
      expect(await official.client.data(DELETE, { input: { id: lift.id, keepChildren: true } })).toEqual({
        deleteProblemTreeNode: true,
      });
      const lifted = await load(official.client);
      const order = childrenOf(lifted, core.id);
      expect(order.map(([, position]) => position)).toEqual([...order.keys()]);
      expect(order[liftAt]).toEqual(['Protesty', liftAt]);
      expect(order[liftAt + 1]).toEqual(['Opóźnienia inwestycji', liftAt + 1]);
      expect(byText(lifted, 'Koszty sądowe').parentId).toBe(a.id);

      await official.client.data(DELETE, { input: { id: a.id, keepChildren: false } });
      const pruned = await load(official.client);
      expect(pruned.nodes.find((n) => n.text === 'Protesty' || n.text === 'Koszty sądowe')).toBeUndefined();
      expect(byText(pruned, 'Opóźnienia inwestycji').position).toBe(liftAt);
      const positions = childrenOf(pruned, core.id).map(([, position]) => position);
      expect(positions).toEqual([...positions.keys()]);
      void b;
    });

    it('lets an author delete their own suggestion, but not others’ nodes under it with it', async () => {
      const mine = await addOk(resident.client, { parentId: core.id, kind: 'CAUSE', text: 'Moja propozycja' });
      const theirs = await addOk(neighbour.client, { parentId: mine.id, kind: 'CAUSE', text: 'Pod spodem' });
      expect(errorCode(await resident.client.request(DELETE, { input: { id: mine.id, keepChildren: false } }))).toBe(
        'FORBIDDEN',
      );
      await resident.client.data(DELETE, { input: { id: mine.id, keepChildren: true } });
      expect(byText(await load(official.client), 'Pod spodem')).toMatchObject({ id: theirs.id, parentId: core.id });
      await neighbour.client.data(DELETE, { input: { id: theirs.id, keepChildren: false } });
    });

    it('counts one support per person', async () => {
      const node = byText(await load(official.client), 'Spotkania w godzinach pracy');
      const supported = await resident.client.data<{ supportProblemTreeNode: NodeView }>(SUPPORT, { id: node.id });
      expect(supported.supportProblemTreeNode).toMatchObject({ supportCount: 1, viewerHasSupported: true });
      expect(errorCode(await resident.client.request(SUPPORT, { id: node.id }))).toBe('ALREADY_SUPPORTED');
      await neighbour.client.data(SUPPORT, { id: node.id });
      expect(byText(await load(official.client), 'Spotkania w godzinach pracy')).toMatchObject({
        supportCount: 2,
        viewerHasSupported: false,
      });
      const withdrawn = await neighbour.client.data<{ withdrawProblemTreeNodeSupport: NodeView }>(WITHDRAW, {
        id: node.id,
      });
      expect(withdrawn.withdrawProblemTreeNodeSupport).toMatchObject({ supportCount: 1, viewerHasSupported: false });
      expect(errorCode(await neighbour.client.request(WITHDRAW, { id: node.id }))).toBe('NOT_SUPPORTED');
      expect(errorCode(await t.client().request(SUPPORT, { id: node.id }))).toBe('UNAUTHENTICATED');
    });

    it('links posts and documents that exist and are visible as evidence', async () => {
      const node = byText(await load(official.client), 'Spotkania w godzinach pracy');
      const categoryId = await createCategory(t.db, { municipalityId });
      const thread = await createThread(resident.client, categoryId);
      const [{ id: postId }] = await t.db.query('SELECT id FROM forum_posts WHERE thread_id = $1', [thread.id]);
      const [{ id: documentId }] = await t.db.query(
        `INSERT INTO documents (consultation_id, title, file_name, mime_type, size_bytes, sha256)
         VALUES ($1, 'Ankieta', 'ankieta.pdf', 'application/pdf', 10, $2) RETURNING id`,
        [consultationId, 'a'.repeat(64)],
      );
      const hiddenConsultation = await createConsultation(t.db, {
        municipalityId,
        organiserId: official.id,
        published: false,
      });
      const [{ id: hiddenDocumentId }] = await t.db.query(
        `INSERT INTO documents (consultation_id, title, file_name, mime_type, size_bytes, sha256)
         VALUES ($1, 'Szkic', 'szkic.pdf', 'application/pdf', 10, $2) RETURNING id`,
        [hiddenConsultation, 'b'.repeat(64)],
      );
      const link = (client: GraphQLClient, input: Record<string, unknown>) =>
        client.request<{ addProblemTreeEvidence: NodeView }>(ADD_EVIDENCE, { input: { nodeId: node.id, ...input } });
      expect(errorCode(await link(official.client, {}))).toBe('BAD_USER_INPUT');
      expect(errorCode(await link(official.client, { postId, documentId }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await link(official.client, { postId: '00000000-0000-4000-8000-000000000000' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await link(moderator.client, { documentId: hiddenDocumentId }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await link(resident.client, { postId }))).toBe('FORBIDDEN');
      await link(official.client, { postId });
      await link(official.client, { postId });
      const linked = (await link(official.client, { documentId })).data!.addProblemTreeEvidence;
      expect(linked.evidence.map((e) => [e.post?.id ?? null, e.document?.id ?? null])).toEqual([
        [postId, null],
        [null, documentId],
      ]);
      const removed = await official.client.data<{ removeProblemTreeEvidence: NodeView }>(REMOVE_EVIDENCE, {
        id: linked.evidence[0].id,
      });
      expect(removed.removeProblemTreeEvidence.evidence.map((e) => e.document?.id)).toEqual([documentId]);
    });

    it('discusses a node in a forum thread opened on the first reply, through the tree only', async () => {
      const node = byText(await load(official.client), 'Spotkania w godzinach pracy');
      const first = await resident.client.data<{
        replyToProblemTreeNode: { id: string; threadId: string; number: number };
      }>(REPLY_TO_NODE, { input: { nodeId: node.id, body: 'Może spotkania o **18:00**?' } });
      expect(first.replyToProblemTreeNode.number).toBe(2);
      const second = await neighbour.client.data<{ replyToProblemTreeNode: { threadId: string; parentId: string } }>(
        REPLY_TO_NODE,
        { input: { nodeId: node.id, body: 'Popieram', parentId: first.replyToProblemTreeNode.id } },
      );
      expect(second.replyToProblemTreeNode).toMatchObject({
        threadId: first.replyToProblemTreeNode.threadId,
        parentId: first.replyToProblemTreeNode.id,
      });
      expect(byText(await load(official.client), 'Spotkania w godzinach pracy').discussionThread).toEqual({
        id: first.replyToProblemTreeNode.threadId,
      });
      const direct = await resident.client.request(REPLY, {
        input: { threadId: first.replyToProblemTreeNode.threadId, body: 'Obejście' },
      });
      expect(errorCode(direct)).toBe('CONFLICT');
    });
  });

  describe('phases', () => {
    it('closes suggesting, editing, supporting and discussing outside the tree’s phases', async () => {
      const view = await load(official.client);
      const node = byText(view, 'Spotkania w godzinach pracy');
      await setPhases(t.db, consultationId, CLOSED_PHASES());
      try {
        expect(errorCode(await add(resident.client, { parentId: core.id, kind: 'CAUSE', text: 'Za późno' }))).toBe(
          'PHASE_CLOSED',
        );
        expect(errorCode(await add(official.client, { parentId: core.id, kind: 'CAUSE', text: 'Za późno' }))).toBe(
          'PHASE_CLOSED',
        );
        expect(
          errorCode(await official.client.request(EDIT, { input: { id: node.id, version: node.version, text: 'x' } })),
        ).toBe('PHASE_CLOSED');
        expect(errorCode(await official.client.request(ACCEPT, { id: node.id }))).toBe('PHASE_CLOSED');
        expect(errorCode(await neighbour.client.request(SUPPORT, { id: node.id }))).toBe('PHASE_CLOSED');
        expect(await load(resident.client)).toMatchObject({ viewerCanSuggest: false, viewerCanEdit: false });
        // Discussion stays open in PROPOSALS; with no phase running it closes too.
        await resident.client.data(REPLY_TO_NODE, { input: { nodeId: node.id, body: 'Nadal rozmawiamy' } });
        await setPhases(t.db, consultationId, [{ kind: 'DIAGNOSIS', startsOn: warsawDay(-20), endsOn: warsawDay(-6) }]);
        expect(
          errorCode(await resident.client.request(REPLY_TO_NODE, { input: { nodeId: node.id, body: 'Po czasie' } })),
        ).toBe('PHASE_CLOSED');
      } finally {
        await setPhases(t.db, consultationId, OPEN_PHASES());
      }
    });

    it('does not gate a standalone workshop tree', async () => {
      const standalone = (
        await official.client.data<{ createProblemTree: TreeView }>(CREATE, {
          input: { municipalityId, title: 'Warsztat w bibliotece', coreText: 'Mało miejsc spotkań' },
        })
      ).createProblemTree;
      expect(standalone.consultationId).toBeNull();
      const suggestion = await resident.client.data<{ addProblemTreeNode: NodeView }>(ADD, {
        input: { treeId: standalone.id, parentId: standalone.nodes[0].id, kind: 'CAUSE', text: 'Świetlica zamknięta' },
      });
      expect(suggestion.addProblemTreeNode.status).toBe('PROPOSED');
      expect(await load(t.client(), standalone.id)).toMatchObject({ viewerCanSuggest: false });
    });
  });

  describe('the objectives tree', () => {
    it('is generated by officials from accepted nodes, and regenerating keeps their restatements', async () => {
      expect(errorCode(await moderator.client.request(GENERATE, { treeId: tree.id }))).toBe('FORBIDDEN');
      const view = await load(official.client);
      const proposed = await addOk(resident.client, { parentId: core.id, kind: 'CAUSE', text: 'Jeszcze nieprzyjęta' });
      const generated = (
        await official.client.data<{ generateObjectivesTree: TreeView }>(GENERATE, { treeId: tree.id })
      ).generateObjectivesTree;
      const accepted = view.nodes.filter((n) => n.status === 'ACCEPTED');
      expect(generated.objectives).toHaveLength(accepted.length);
      expect(generated.objectives.find((o) => o.sourceNodeId === proposed.id)).toBeUndefined();
      const objectiveOf = (objectives: ObjectiveView[], sourceId: string) =>
        objectives.find((o) => o.sourceNodeId === sourceId)!;
      const main = objectiveOf(generated.objectives, core.id);
      expect(main).toMatchObject({ kind: 'MAIN_OBJECTIVE', parentId: null, version: 1 });
      const meetings = byText(view, 'Spotkania w godzinach pracy');
      const means = objectiveOf(generated.objectives, meetings.id);
      expect(means).toMatchObject({
        kind: 'MEANS',
        parentId: main.id,
        text: 'Spotkania w godzinach pracy',
        priority: false,
      });
      const sub = objectiveOf(generated.objectives, byText(view, 'Brak dyżurów wieczornych').id);
      expect(sub.parentId).toBe(means.id);
      const end = objectiveOf(generated.objectives, byText(view, 'Usługi nie odpowiadają potrzebom').id);
      expect(end).toMatchObject({ kind: 'END', parentId: main.id });

      const edit = (client: GraphQLClient, input: Record<string, unknown>) =>
        client.request<{ editObjectiveNode: ObjectiveView }>(EDIT_OBJECTIVE, { input });
      const restated = await edit(official.client, {
        id: means.id,
        version: 1,
        text: 'Spotkania także wieczorem',
        priority: true,
        serviceArea: 'TRANSPORT',
      });
      expect(restated.data?.editObjectiveNode).toMatchObject({
        version: 2,
        priority: true,
        serviceArea: { code: 'TRANSPORT' },
      });
      const stale = await edit(official.client, { id: means.id, version: 1, text: 'Inaczej', priority: false });
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        code: 'STALE_VERSION',
        current: { text: 'Spotkania także wieczorem', version: 2 },
      });
      expect(
        errorCode(await edit(official.client, { id: end.id, version: 1, text: 'Usługi trafione', priority: true })),
      ).toBe('BAD_USER_INPUT');
      expect(errorCode(await edit(moderator.client, { id: end.id, version: 1, text: 'x', priority: false }))).toBe(
        'FORBIDDEN',
      );
      expect((await load(resident.client)).priorityServiceAreas).toEqual([{ code: 'TRANSPORT' }]);

      // The tree changes: a new accepted effect, a node gone, the suggestion accepted; then regenerate.
      const newEffect = await addOk(official.client, {
        parentId: core.id,
        kind: 'EFFECT',
        text: 'NGO tracą motywację',
      });
      await official.client.data(ACCEPT, { id: proposed.id });
      await official.client.data(DELETE, {
        input: { id: byText(view, 'Brak dyżurów wieczornych').id, keepChildren: false },
      });
      const regenerated = (
        await official.client.data<{ generateObjectivesTree: TreeView }>(GENERATE, { treeId: tree.id })
      ).generateObjectivesTree;
      expect(objectiveOf(regenerated.objectives, meetings.id)).toMatchObject({
        id: means.id,
        text: 'Spotkania także wieczorem',
        version: 2,
        priority: true,
      });
      expect(objectiveOf(regenerated.objectives, newEffect.id)).toMatchObject({
        kind: 'END',
        text: 'NGO tracą motywację',
        version: 1,
      });
      expect(objectiveOf(regenerated.objectives, proposed.id)).toMatchObject({ kind: 'MEANS', parentId: main.id });
      expect(regenerated.objectives.find((o) => o.id === sub.id)).toBeUndefined();
      const current = await load(official.client);
      expect(regenerated.objectives).toHaveLength(current.nodes.filter((n) => n.status === 'ACCEPTED').length);
    });
  });

  describe('workshop join codes and exports', () => {
    it('finds the tree by its join code whatever the case, and limits guessing', async () => {
      const client = t.client();
      const typed = `${tree.joinCode.slice(0, 3).toLowerCase()}-${tree.joinCode.slice(3).toLowerCase()}`;
      expect(await client.data(BY_CODE, { code: typed })).toEqual({
        problemTreeByJoinCode: { id: tree.id, title: tree.title },
      });
      expect(await client.data(BY_CODE, { code: '222222' })).toEqual({ problemTreeByJoinCode: null });
      expect(await client.data(BY_CODE, { code: 'O0O0O0' })).toEqual({ problemTreeByJoinCode: null });
      let limited: GraphQLResponse<unknown> | null = null;
      for (let i = 0; i < 5 && !limited; i++) {
        const result = await client.request(BY_CODE, { code: 'ZZZZZZ' });
        if (errorCode(result) === 'RATE_LIMITED') limited = result;
      }
      expect(limited && errorCode(limited)).toBe('RATE_LIMITED');
    });

    it('exports nested Markdown and JSON without rejected suggestions', async () => {
      const rejected = await addOk(resident.client, { parentId: core.id, kind: 'CAUSE', text: 'Do odrzucenia' });
      await official.client.data(REJECT, { input: { id: rejected.id, reason: 'Poza tematem' } });
      const md = await fetch(`${t.url}/api/problem-trees/${tree.id}/export.md`);
      expect(md.status).toBe(200);
      expect(md.headers.get('content-type')).toContain('text/markdown');
      const text = await md.text();
      expect(text).toContain('# Drzewo problemów');
      expect(text).toContain('## Przyczyny');
      expect(text).toMatch(/- Spotkania w godzinach pracy\n {2}- x{280}/);
      expect(text).not.toContain('Do odrzucenia');
      const json = await fetch(`${t.url}/api/problem-trees/${tree.id}/export.json`);
      const body = (await json.json()) as {
        core: { text: string };
        causes: { text: string; children: { text: string }[] }[];
      };
      expect(body.core.text).toBe('Mieszkańcy rzadko biorą udział w dialogu');
      expect(body.causes.find((c) => c.text === 'Spotkania w godzinach pracy')?.children.map((c) => c.text)).toEqual([
        'x'.repeat(280),
      ]);
      expect((await fetch(`${t.url}/api/problem-trees/00000000-0000-4000-8000-000000000000/export.json`)).status).toBe(
        404,
      );
    });
  });

  describe('live', () => {
    it('pushes every operation in sequence, and catches up after a reconnect', async () => {
      const start = (await load(official.client)).lastSeq;
      const viewer = new TreeViewer(t.url, tree.id);
      expect(await viewer.join()).toEqual({ ok: true });
      const loaded = await load(resident.client);
      viewer.load(loaded.nodes as unknown as LiveProblemTreeNode[], loaded.lastSeq);
      const added = await addOk(resident.client, { parentId: core.id, kind: 'CAUSE', text: 'Na żywo' });
      await resident.client.data(EDIT, { input: { id: added.id, version: 1, text: 'Na żywo, poprawione' } });
      await official.client.data(ACCEPT, { id: added.id });
      await neighbour.client.data(SUPPORT, { id: added.id });
      await official.client.data(MOVE, { input: { id: added.id, parentId: core.id, position: 0 } });
      await viewer.waitForSeq(start + 5);
      expect(viewer.received.map((e) => [e.seq, e.kind])).toEqual([
        [start + 1, 'node.added'],
        [start + 2, 'node.edited'],
        [start + 3, 'node.statusChanged'],
        [start + 4, 'node.supportChanged'],
        [start + 5, 'node.moved'],
      ]);
      // Public room: the event says how many support the node, never who.
      expect(viewer.received[3]).not.toHaveProperty('userId');
      const moved = viewer.received[4] as Extract<ProblemTreeEvent, { kind: 'node.moved' }>;
      expect(moved.positions.map((p) => p.position)).toEqual([...moved.positions.keys()]);
      expect(treeState(viewer.nodes.values())).toEqual(treeState((await load(official.client)).nodes));

      // Disconnected, the viewer misses a delete and an add; the catch-up query gives exactly those.
      viewer.close();
      await official.client.data(DELETE, { input: { id: added.id, keepChildren: false } });
      await addOk(official.client, { parentId: core.id, kind: 'EFFECT', text: 'Po powrocie' });
      const missed = await t
        .client()
        .data<{ problemTreeEvents: { seq: number; kind: string; payload: string }[] }>(EVENTS, {
          treeId: tree.id,
          afterSeq: viewer.lastSeq,
        });
      expect(missed.problemTreeEvents.map((e) => [e.seq, e.kind])).toEqual([
        [start + 6, 'node.deleted'],
        [start + 7, 'node.added'],
      ]);
      viewer.catchUp(missed.problemTreeEvents);
      const server = await load(official.client);
      expect(server.lastSeq).toBe(start + 7);
      expect(treeState(viewer.nodes.values())).toEqual(treeState(server.nodes));
    });

    it('keeps two editors at once consistent: same sequence, a stale edit refused, equal trees at the end', async () => {
      const a = new TreeViewer(t.url, tree.id, official.client.cookie);
      const b = new TreeViewer(t.url, tree.id, moderator.client.cookie);
      try {
        expect(await a.join()).toEqual({ ok: true });
        expect(await b.join()).toEqual({ ok: true });
        const [viewA, viewB] = await Promise.all([load(official.client), load(moderator.client)]);
        a.load(viewA.nodes as unknown as LiveProblemTreeNode[], viewA.lastSeq);
        b.load(viewB.nodes as unknown as LiveProblemTreeNode[], viewB.lastSeq);
        const target = byText(viewA, 'Spotkania w godzinach pracy');

        // Both edit the same node from the same version at once: one wins, the other gets the winner's text.
        const [first, second] = await Promise.all([
          official.client.request<{ editProblemTreeNode: NodeView }>(EDIT, {
            input: { id: target.id, version: target.version, text: 'Wersja urzędniczki' },
          }),
          moderator.client.request<{ editProblemTreeNode: NodeView }>(EDIT, {
            input: { id: target.id, version: target.version, text: 'Wersja moderatora' },
          }),
        ]);
        const results = [first, second];
        const won = results.filter((r) => r.data?.editProblemTreeNode);
        const lost = results.filter((r) => errorCode(r) === 'STALE_VERSION');
        expect([won.length, lost.length]).toEqual([1, 1]);
        const winnerText = won[0].data!.editProblemTreeNode.text;
        expect((lost[0].errors![0].extensions as StaleExtensions).current).toMatchObject({
          text: winnerText,
          version: target.version + 1,
        });

        // Then both build at once: adds, moves, edits with a retry on STALE_VERSION, supports.
        const work = async (client: GraphQLClient, label: string) => {
          for (let i = 0; i < 6; i++) {
            const node = await addOk(client, {
              parentId: core.id,
              kind: i % 2 ? 'EFFECT' : 'CAUSE',
              text: `${label} ${i}`,
            });
            await client.data(MOVE, { input: { id: node.id, parentId: core.id, position: i } });
            for (;;) {
              const fresh = (await load(client)).nodes.find((n) => n.id === target.id)!;
              const result = await client.request(EDIT, {
                input: { id: target.id, version: fresh.version, text: `${label} edytuje ${i}` },
              });
              if (errorCode(result) !== 'STALE_VERSION') {
                expect(result.errors).toBeUndefined();
                break;
              }
            }
          }
        };
        await Promise.all([work(official.client, 'A'), work(moderator.client, 'B')]);
        await neighbour.client.data(SUPPORT, { id: target.id });

        const server = await load(official.client);
        await Promise.all([a.waitForSeq(server.lastSeq), b.waitForSeq(server.lastSeq)]);
        expect(a.received.map((e) => e.seq)).toEqual(b.received.map((e) => e.seq));
        expect(a.received.map((e) => e.kind)).toEqual(b.received.map((e) => e.kind));
        expect(treeState(a.nodes.values())).toEqual(treeState(server.nodes));
        expect(treeState(b.nodes.values())).toEqual(treeState(server.nodes));
        const positions = childrenOf(server, core.id).map(([, position]) => position);
        expect(positions).toEqual([...positions.keys()]);
      } finally {
        a.close();
        b.close();
      }
    });
  });

  it('loads a tree of 100 nodes in as many statements as one of 10', async () => {
    const build = async (size: number) => {
      const created = (
        await official.client.data<{ createProblemTree: TreeView }>(CREATE, {
          input: { municipalityId, title: `Drzewo ${size}`, coreText: 'Problem' },
        })
      ).createProblemTree;
      const coreId = created.nodes[0].id;
      await t.db.query(
        `INSERT INTO problem_tree_nodes (tree_id, kind, parent_id, position, text, status, author_id)
         SELECT $1, 'CAUSE', $2, g - 1, 'Przyczyna ' || g, 'ACCEPTED', $3 FROM generate_series(1, $4::int) g`,
        [created.id, coreId, resident.id, size - 1],
      );
      await t.db.query(
        `INSERT INTO problem_tree_supports (node_id, user_id) SELECT id, $2 FROM problem_tree_nodes WHERE tree_id = $1`,
        [created.id, neighbour.id],
      );
      const [{ id: someNode }] = await t.db.query(
        `SELECT id FROM problem_tree_nodes WHERE tree_id = $1 AND kind = 'CAUSE' LIMIT 1`,
        [created.id],
      );
      const [{ id: postId }] = await t.db.query('SELECT id FROM forum_posts LIMIT 1');
      await t.db.query(`INSERT INTO problem_tree_evidence (node_id, post_id) VALUES ($1, $2)`, [someNode, postId]);
      await official.client.data(GENERATE, { treeId: created.id });
      return created.id;
    };
    const small = await build(10);
    const large = await build(100);
    const count = async (id: string) => {
      const view = await load(neighbour.client, id);
      void view;
      return (await countStatements(t.db, () => load(neighbour.client, id))).count;
    };
    const smallCount = await count(small);
    const largeCount = await count(large);
    expect((await load(neighbour.client, large)).nodes).toHaveLength(100);
    expect(largeCount).toBe(smallCount);
  });

  it('counts the tree in the consultation’s content counts', async () => {
    const counts = await resident.client.data<{ consultation: { contentCounts: { problemTreeNodes: number } } }>(
      CONTENT_COUNTS,
      { id: consultationId },
    );
    expect(counts.consultation.contentCounts.problemTreeNodes).toBe((await load(official.client)).nodes.length);
  });

  it('fills the report’s problem-tree section: accepted nodes, suggestions and the tree as lines', async () => {
    const view = await load(official.client);
    await setPhases(t.db, consultationId, [{ kind: 'REPORT', startsOn: warsawDay(-1), endsOn: warsawDay(5) }]);
    try {
      const report = await official.client.data<{
        generateConsultationReport: { problemTree: { nodes: number; suggestions: number; lines: string[] } };
      }>(
        `mutation($c: ID!) { generateConsultationReport(consultationId: $c) { problemTree { nodes suggestions lines } } }`,
        { c: consultationId },
      );
      const { problemTree } = report.generateConsultationReport;
      expect(problemTree.nodes).toBe(view.nodes.filter((n) => n.status === 'ACCEPTED').length);
      const [{ suggested }] = await t.db.query(
        `SELECT count(*)::int AS suggested FROM problem_tree_nodes WHERE tree_id = $1 AND suggested`,
        [tree.id],
      );
      expect(problemTree.suggestions).toBe(suggested);
      expect(suggested).toBeGreaterThan(0);
      expect(problemTree.lines[0]).toBe('Problem główny: Mieszkańcy rzadko biorą udział w dialogu');
      expect(problemTree.lines).toContain('Przyczyny:');
      expect(problemTree.lines).toContain(`    - ${'x'.repeat(280)}`);
      expect(problemTree.lines.join('\n')).not.toContain('Do odrzucenia');
    } finally {
      await setPhases(t.db, consultationId, OPEN_PHASES());
    }
  });
});
