import { ErrorCode } from '@ratusz/shared';
import { ensureServiceAreas } from './support/consultation-factories.js';
import { createConsultation, warsawDay } from './support/document-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, reply } from './support/forum-factories.js';
import type { GraphQLClient } from './support/graphql-client.js';
import { errorCode } from './support/graphql-client.js';
import { EDIT, HIDE, SETTINGS } from './support/moderation-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE_TREE = `mutation($input: CreateProblemTreeInput!) { createProblemTree(input: $input) { id } }`;
const ADD_NODE = `mutation($input: AddProblemTreeNodeInput!) { addProblemTreeNode(input: $input) { id } }`;
const TREE = `query($id: ID!) { problemTree(id: $id) {
  nodes { id text descriptionSource descriptionHtml hiddenReason evidence { id post { id bodyHtml awaitingModeration } } }
} }`;
const ADD_EVIDENCE = `mutation($input: AddProblemTreeEvidenceInput!) { addProblemTreeEvidence(input: $input) { id } }`;
const EDIT_POST = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const REVISIONS = `query($id: ID!) { postRevisions(id: $id) { previousSource previousHtml } }`;
const SUBMIT_PROPOSAL = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const EDIT_PROPOSAL = `mutation($input: EditProposalInput!) { editProposal(input: $input) { id } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { id bodyHtml hiddenReason revisions { title bodyHtml } } }`;
const SEARCH = `query($query: String!) { forumSearch(query: $query, first: 20) { nodes { postId snippetHtml } } }`;
const REPLY_AS = `mutation($input: ReplyInput!) { replyToPost(input: $input) { id awaitingModeration } }`;
const THREAD_TITLE = `query($id: ID!, $c: ID!) {
  forumThread(id: $id) { title hiddenReason }
  forumThreads(categoryId: $c, first: 50) { nodes { id title } }
}`;
const SET_FLAGS = `mutation($input: ThreadFlagsInput!) { setThreadFlags(input: $input) { id } }`;
const THREAD_EVENTS = `query($id: ID!) { threadEvents(threadId: $id, afterSeq: 0) { kind payload } }`;
const TREE_EVENTS = `query($id: ID!) { problemTreeEvents(treeId: $id, afterSeq: 0) { kind payload } }`;
const ACCEPT_NODE = `mutation($id: ID!) { acceptProblemTreeNode(id: $id) { id } }`;
const PROPOSAL_TITLE = `query($id: ID!, $c: ID!) {
  proposal(id: $id) { title hiddenReason }
  proposals(consultationId: $c, first: 50) { nodes { id title } }
}`;
const CONSULTATION_EVENTS = `query($id: ID!) { consultationEvents(consultationId: $id, afterSeq: 0) { kind payload } }`;

interface TreeNodeView {
  id: string;
  text: string;
  descriptionSource: string | null;
  descriptionHtml: string | null;
  hiddenReason: string | null;
  evidence: { id: string; post: { id: string; bodyHtml: string | null; awaitingModeration: boolean } | null }[];
}

/**
 * Content a moderator hid, or one held for pre-moderation, is read by its
 * author and the municipality's moderators and officials only: through every
 * field that carries its text (Markdown sources, edit histories, search
 * snippets, problem-tree evidence), not only the rendered body.
 */
describe('moderation: hidden and held content stays hidden in every field', () => {
  let t: TestApp;
  let gmina: { id: string };
  let categoryId: string;
  let author: RegisteredUser;
  let moderator: RegisteredUser;
  let official: RegisteredUser;
  let bystander: RegisteredUser;
  let treeId: string;
  let coreId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureServiceAreas(t.db);
    gmina = await createMunicipality(t.db, { name: 'Gmina Ukryta' });
    categoryId = await createCategory(t.db, { municipalityId: gmina.id });
    author = await registerUser(t.client(), { displayName: 'Autorka Ala', homeMunicipalityId: gmina.id });
    moderator = await registerUser(t.client(), { displayName: 'Moderator Mirek' });
    official = await registerUser(t.client(), { displayName: 'Urzędnik Olek' });
    bystander = await registerUser(t.client(), { displayName: 'Sąsiad Staś', homeMunicipalityId: gmina.id });
    await grantRole(t.db, moderator.id, gmina.id, 'MODERATOR');
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    const tree = await official.client.data<{ createProblemTree: { id: string } }>(CREATE_TREE, {
      input: { municipalityId: gmina.id, title: 'Drzewo ukryte', coreText: 'Hałas nocą' },
    });
    treeId = tree.createProblemTree.id;
    const [core] = (await t.db.query(`SELECT id FROM problem_tree_nodes WHERE tree_id = $1 AND kind = 'CORE'`, [
      treeId,
    ])) as { id: string }[];
    coreId = core.id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function nodeAs(client: GraphQLClient, nodeId: string): Promise<TreeNodeView> {
    const data = await client.data<{ problemTree: { nodes: TreeNodeView[] } }>(TREE, { id: treeId });
    return data.problemTree.nodes.find((node) => node.id === nodeId)!;
  }

  it('withholds a hidden tree node’s description source from everyone but its author, moderators and officials', async () => {
    const added = await author.client.data<{ addProblemTreeNode: { id: string } }>(ADD_NODE, {
      input: { treeId, parentId: coreId, kind: 'CAUSE', text: 'Bar przy rynku', description: 'Właściciel: Jan Tajny' },
    });
    const nodeId = added.addProblemTreeNode.id;
    await moderator.client.data(HIDE, { input: { kind: 'TREE_NODE', itemId: nodeId, reason: 'Dane osobowe' } });

    for (const client of [t.client(), bystander.client]) {
      const node = await nodeAs(client, nodeId);
      expect(node.hiddenReason).toBe('Dane osobowe');
      expect(node.descriptionSource).toBeNull();
      expect(node.descriptionHtml).toBeNull();
    }
    for (const client of [author.client, moderator.client, official.client]) {
      expect((await nodeAs(client, nodeId)).descriptionSource).toBe('Właściciel: Jan Tajny');
    }
  });

  it('withholds a hidden thread’s title, in the thread, the list and its live events, from everyone but its author, moderators and officials', async () => {
    const thread = await createThread(author.client, categoryId, { title: 'Pan Tajny z Rynku 5' });
    await moderator.client.data(HIDE, { input: { kind: 'THREAD', itemId: thread.id, reason: 'Dane osobowe' } });
    await moderator.client.data(SET_FLAGS, { input: { threadId: thread.id, locked: true } });

    type View = {
      forumThread: { title: string | null; hiddenReason: string };
      forumThreads: { nodes: { id: string; title: string | null }[] };
    };
    for (const client of [t.client(), bystander.client]) {
      const view = await client.data<View>(THREAD_TITLE, { id: thread.id, c: categoryId });
      expect(view.forumThread).toEqual({ title: null, hiddenReason: 'Dane osobowe' });
      expect(view.forumThreads.nodes.find((node) => node.id === thread.id)?.title).toBeNull();
    }
    for (const client of [author.client, moderator.client, official.client]) {
      const view = await client.data<View>(THREAD_TITLE, { id: thread.id, c: categoryId });
      expect(view.forumThread.title).toBe('Pan Tajny z Rynku 5');
      expect(view.forumThreads.nodes.find((node) => node.id === thread.id)?.title).toBe('Pan Tajny z Rynku 5');
    }
    const { threadEvents } = await t
      .client()
      .data<{ threadEvents: { kind: string; payload: string }[] }>(THREAD_EVENTS, { id: thread.id });
    const updated = threadEvents.filter((event) => event.kind === 'thread.updated');
    expect(updated).not.toHaveLength(0);
    for (const event of updated) expect(event.payload).not.toContain('Tajny');
  });

  it('replays a thread’s events without a hidden post’s text, even those recorded before it was hidden', async () => {
    const thread = await createThread(author.client, categoryId, { title: 'Powtórka' });
    await moderator.client.data(SET_FLAGS, { input: { threadId: thread.id, pinned: true } });
    await moderator.client.data(HIDE, { input: { kind: 'THREAD', itemId: thread.id, reason: 'Dane' } });
    const post = await reply(author.client, thread.id, 'Mieszka tu pan Jawny-Ukryty');
    await moderator.client.data(HIDE, { input: { kind: 'POST', itemId: post.id, reason: 'Dane osobowe' } });

    type Replay = { threadEvents: { kind: string; payload: string }[] };
    for (const client of [t.client(), bystander.client]) {
      const { threadEvents } = await client.data<Replay>(THREAD_EVENTS, { id: thread.id });
      expect(threadEvents.map((event) => event.kind)).toEqual(
        expect.arrayContaining(['post.created', 'thread.updated']),
      );
      for (const event of threadEvents) {
        expect(event.payload).not.toContain('Jawny-Ukryty');
        expect(event.payload).not.toContain('Powtórka');
      }
    }
    const { threadEvents } = await moderator.client.data<Replay>(THREAD_EVENTS, { id: thread.id });
    expect(threadEvents.some((event) => event.payload.includes('Jawny-Ukryty'))).toBe(true);
  });

  it('withholds a hidden tree node’s text, in the tree and its live events, from everyone but its author, moderators and officials', async () => {
    const added = await author.client.data<{ addProblemTreeNode: { id: string } }>(ADD_NODE, {
      input: { treeId, parentId: coreId, kind: 'CAUSE', text: 'Pan Tajny hałasuje' },
    });
    const nodeId = added.addProblemTreeNode.id;
    await moderator.client.data(HIDE, { input: { kind: 'TREE_NODE', itemId: nodeId, reason: 'Dane osobowe' } });
    await official.client.data(ACCEPT_NODE, { id: nodeId });

    for (const client of [t.client(), bystander.client]) expect((await nodeAs(client, nodeId)).text).toBeNull();
    for (const client of [author.client, moderator.client, official.client]) {
      expect((await nodeAs(client, nodeId)).text).toBe('Pan Tajny hałasuje');
    }
    const { problemTreeEvents } = await t
      .client()
      .data<{ problemTreeEvents: { kind: string; payload: string }[] }>(TREE_EVENTS, { id: treeId });
    // Replayed, even the events from before the hiding (the node as added) leave its text out.
    expect(problemTreeEvents.map((event) => event.kind)).toEqual(
      expect.arrayContaining(['node.added', 'node.hidden', 'node.statusChanged']),
    );
    for (const event of problemTreeEvents) expect(event.payload).not.toContain('Tajny');
    const { problemTreeEvents: authorsReplay } = await author.client.data<{
      problemTreeEvents: { kind: string; payload: string }[];
    }>(TREE_EVENTS, { id: treeId });
    expect(authorsReplay.some((event) => event.payload.includes('Pan Tajny hałasuje'))).toBe(true);
  });

  it('withholds a hidden proposal’s title, in the proposal, the list and its live events, from everyone but its author, moderators and officials', async () => {
    const consultationId = await createConsultation(t.db, {
      municipalityId: gmina.id,
      organiserId: official.id,
      phases: [{ kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) }],
    });
    const { submitProposal } = await author.client.data<{ submitProposal: { id: string } }>(SUBMIT_PROPOSAL, {
      input: { consultationId, title: 'Ławka pana Tajnego', body: 'Ławka przy rynku', serviceArea: 'TRANSPORT' },
    });
    const id = submitProposal.id;
    await moderator.client.data(HIDE, { input: { kind: 'PROPOSAL', itemId: id, reason: 'Dane' } });
    await author.client.data(EDIT_PROPOSAL, {
      input: { id, title: 'Ławka pana Tajnego, Rynek 5', body: 'Ławka przy rynku', serviceArea: 'TRANSPORT' },
    });

    type View = { proposal: { title: string | null }; proposals: { nodes: { id: string; title: string | null }[] } };
    for (const client of [t.client(), bystander.client]) {
      const view = await client.data<View>(PROPOSAL_TITLE, { id, c: consultationId });
      expect(view.proposal.title).toBeNull();
      expect(view.proposals.nodes.find((node) => node.id === id)?.title ?? null).toBeNull();
    }
    for (const client of [author.client, moderator.client, official.client]) {
      const view = await client.data<View>(PROPOSAL_TITLE, { id, c: consultationId });
      expect(view.proposal.title).toBe('Ławka pana Tajnego, Rynek 5');
    }
    const { consultationEvents } = await t
      .client()
      .data<{ consultationEvents: { kind: string; payload: string }[] }>(CONSULTATION_EVENTS, { id: consultationId });
    // Replayed, even the events from before the hiding (its submission) leave its title out.
    expect(consultationEvents.map((event) => event.kind)).toEqual(
      expect.arrayContaining(['proposal.submitted', 'proposal.hidden', 'proposal.updated']),
    );
    for (const event of consultationEvents) expect(event.payload).not.toContain('Tajn');
    const { consultationEvents: authorsReplay } = await author.client.data<{
      consultationEvents: { kind: string; payload: string }[];
    }>(CONSULTATION_EVENTS, { id: consultationId });
    expect(authorsReplay.some((event) => event.payload.includes('Ławka pana Tajnego'))).toBe(true);
  });

  it('withholds a hidden post’s edit history from everyone but its author, moderators and officials', async () => {
    const thread = await createThread(author.client, categoryId, { title: 'Sąsiedzi' });
    const post = await reply(author.client, thread.id, 'Mieszka tu pan Tajny, tel. 600 700 800');
    await author.client.data(EDIT_POST, { input: { postId: post.id, body: 'Poprawione' } });
    expect(
      (await t.client().data<{ postRevisions: unknown[] }>(REVISIONS, { id: post.id })).postRevisions,
    ).toHaveLength(1);

    await moderator.client.data(HIDE, { input: { kind: 'POST', itemId: post.id, reason: 'Dane osobowe' } });
    for (const client of [t.client(), bystander.client]) {
      expect((await client.data<{ postRevisions: unknown[] }>(REVISIONS, { id: post.id })).postRevisions).toEqual([]);
    }
    for (const client of [author.client, moderator.client, official.client]) {
      const { postRevisions } = await client.data<{ postRevisions: { previousSource: string }[] }>(REVISIONS, {
        id: post.id,
      });
      expect(postRevisions.map((r) => r.previousSource)).toEqual(['Mieszka tu pan Tajny, tel. 600 700 800']);
    }
  });

  it('withholds a hidden proposal’s earlier versions from everyone but its author, moderators and officials', async () => {
    const consultationId = await createConsultation(t.db, {
      municipalityId: gmina.id,
      organiserId: official.id,
      phases: [{ kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) }],
    });
    const { submitProposal } = await author.client.data<{ submitProposal: { id: string } }>(SUBMIT_PROPOSAL, {
      input: { consultationId, title: 'Ławki', body: 'Dzwonić: 600 111 222', serviceArea: 'TRANSPORT' },
    });
    await author.client.data(EDIT_PROPOSAL, {
      input: { id: submitProposal.id, title: 'Ławki w parku', body: 'Więcej ławek', serviceArea: 'TRANSPORT' },
    });
    await moderator.client.data(HIDE, { input: { kind: 'PROPOSAL', itemId: submitProposal.id, reason: 'Dane' } });

    type View = { proposal: { revisions: { bodyHtml: string }[] } };
    for (const client of [t.client(), bystander.client]) {
      expect((await client.data<View>(PROPOSAL, { id: submitProposal.id })).proposal.revisions).toEqual([]);
    }
    for (const client of [author.client, moderator.client, official.client]) {
      const { proposal } = await client.data<View>(PROPOSAL, { id: submitProposal.id });
      expect(proposal.revisions.map((r) => r.bodyHtml).join()).toContain('600 111 222');
    }
  });

  it('keeps a post’s versions from before a moderator’s correction to its author, moderators and officials', async () => {
    const thread = await createThread(author.client, categoryId, { title: 'Korekta' });
    const post = await reply(author.client, thread.id, 'Pierwsza wersja, tel. 600 700 801');
    await author.client.data(EDIT_POST, { input: { postId: post.id, body: 'Druga wersja, tel. 600 700 801' } });
    await moderator.client.data(EDIT, {
      input: { kind: 'POST', itemId: post.id, body: 'Druga wersja', note: 'Usunięto numer telefonu' },
    });
    await author.client.data(EDIT_POST, { input: { postId: post.id, body: 'Trzecia wersja' } });

    type View = { postRevisions: { previousSource: string }[] };
    for (const client of [t.client(), bystander.client]) {
      const { postRevisions } = await client.data<View>(REVISIONS, { id: post.id });
      expect(postRevisions.map((r) => r.previousSource)).toEqual(['Druga wersja']);
    }
    for (const client of [author.client, moderator.client, official.client]) {
      const { postRevisions } = await client.data<View>(REVISIONS, { id: post.id });
      expect(postRevisions.map((r) => r.previousSource)).toEqual([
        'Druga wersja',
        'Druga wersja, tel. 600 700 801',
        'Pierwsza wersja, tel. 600 700 801',
      ]);
    }
  });

  it('keeps a proposal’s versions from before a moderator’s correction to its author, moderators and officials', async () => {
    const consultationId = await createConsultation(t.db, {
      municipalityId: gmina.id,
      organiserId: official.id,
      phases: [{ kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) }],
    });
    const { submitProposal } = await author.client.data<{ submitProposal: { id: string } }>(SUBMIT_PROPOSAL, {
      input: { consultationId, title: 'Kosze', body: 'Dzwonić: 600 111 223', serviceArea: 'TRANSPORT' },
    });
    const id = submitProposal.id;
    await moderator.client.data(EDIT, {
      input: { kind: 'PROPOSAL', itemId: id, body: 'Dzwonić do urzędu', note: 'Usunięto telefon' },
    });
    await author.client.data(EDIT_PROPOSAL, {
      input: { id, title: 'Kosze na rynku', body: 'Dzwonić do urzędu', serviceArea: 'TRANSPORT' },
    });

    type View = { proposal: { revisions: { title: string; bodyHtml: string }[] } };
    for (const client of [t.client(), bystander.client]) {
      const { proposal } = await client.data<View>(PROPOSAL, { id });
      expect(proposal.revisions.map((r) => r.title)).toEqual(['Kosze']);
      expect(proposal.revisions.map((r) => r.bodyHtml).join()).not.toContain('600 111 223');
    }
    for (const client of [author.client, moderator.client, official.client]) {
      const { proposal } = await client.data<View>(PROPOSAL, { id });
      expect(proposal.revisions).toHaveLength(2);
      expect(proposal.revisions[1].bodyHtml).toContain('600 111 223');
    }
  });

  it('finds neither hidden nor held posts by search', async () => {
    const thread = await createThread(author.client, categoryId, { title: 'Wyszukiwanie' });
    const hidden = await reply(author.client, thread.id, 'Słowo zakazanewyszukiwanie pierwsze');
    const visible = await reply(author.client, thread.id, 'Słowo zakazanewyszukiwanie drugie');
    await moderator.client.data(HIDE, { input: { kind: 'POST', itemId: hidden.id, reason: 'Spam' } });

    await official.client.data(SETTINGS, {
      input: { municipalityId: gmina.id, flagThreshold: 3, premoderation: true, premoderationAccountDays: 30 },
    });
    try {
      const newcomer = await registerUser(t.client(), { displayName: 'Nowa Nina' });
      const held = await newcomer.client.data<{ replyToPost: { id: string; awaitingModeration: boolean } }>(REPLY_AS, {
        input: { threadId: thread.id, body: 'Słowo zakazanewyszukiwanie trzecie' },
      });
      expect(held.replyToPost.awaitingModeration).toBe(true);

      const { forumSearch } = await t
        .client()
        .data<{ forumSearch: { nodes: { postId: string | null; snippetHtml: string }[] } }>(SEARCH, {
          query: 'zakazanewyszukiwanie',
        });
      expect(forumSearch.nodes.map((hit) => hit.postId)).toEqual([visible.id]);
    } finally {
      await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, flagThreshold: 3 } });
    }
  });

  describe('problem-tree evidence', () => {
    it('refuses to cite a hidden or held post, and shows a held one cited earlier only to who may read it', async () => {
      const added = await author.client.data<{ addProblemTreeNode: { id: string } }>(ADD_NODE, {
        input: { treeId, parentId: coreId, kind: 'EFFECT', text: 'Mieszkańcy się wyprowadzają' },
      });
      const nodeId = added.addProblemTreeNode.id;
      const thread = await createThread(author.client, categoryId, { title: 'Dowody' });
      const hidden = await reply(author.client, thread.id, 'Ukryty dowód');
      await moderator.client.data(HIDE, { input: { kind: 'POST', itemId: hidden.id, reason: 'Obraźliwe' } });
      const cite = (postId: string) => official.client.request(ADD_EVIDENCE, { input: { nodeId, postId } });
      expect(errorCode(await cite(hidden.id))).toBe(ErrorCode.BAD_USER_INPUT);

      await official.client.data(SETTINGS, {
        input: { municipalityId: gmina.id, flagThreshold: 3, premoderation: true, premoderationAccountDays: 30 },
      });
      let heldId: string;
      try {
        const newcomer = await registerUser(t.client(), { displayName: 'Nowy Nikodem' });
        const held = await newcomer.client.data<{ replyToPost: { id: string } }>(REPLY_AS, {
          input: { threadId: thread.id, body: 'Wstrzymany dowód' },
        });
        heldId = held.replyToPost.id;
        expect(errorCode(await cite(heldId))).toBe(ErrorCode.BAD_USER_INPUT);

        // Cited before it was held (as an old link, or another path in): others do not see it through the tree.
        await t.db.query(`INSERT INTO problem_tree_evidence (node_id, post_id, added_by) VALUES ($1, $2, $3)`, [
          nodeId,
          heldId,
          official.id,
        ]);
        const anonymous = await nodeAs(t.client(), nodeId);
        expect(anonymous.evidence.map((e) => e.post)).toEqual([null]);
        expect((await nodeAs(bystander.client, nodeId)).evidence.map((e) => e.post)).toEqual([null]);
        const seen = await nodeAs(newcomer.client, nodeId);
        expect(seen.evidence.map((e) => e.post?.id)).toEqual([heldId]);
        expect((await nodeAs(moderator.client, nodeId)).evidence.map((e) => e.post?.id)).toEqual([heldId]);
      } finally {
        await official.client.data(SETTINGS, { input: { municipalityId: gmina.id, flagThreshold: 3 } });
      }

      const visible = await reply(author.client, thread.id, 'Jawny dowód');
      await official.client.data(ADD_EVIDENCE, { input: { nodeId, postId: visible.id } });
      const node = await nodeAs(t.client(), nodeId);
      expect(node.evidence.map((e) => e.post?.id ?? null)).toEqual([null, visible.id]);
    });
  });
});
