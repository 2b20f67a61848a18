import { ensureServiceAreas } from './support/consultation-factories.js';
import { createConsultation, warsawDay } from './support/document-factories.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, reply } from './support/forum-factories.js';
import type { GraphQLClient } from './support/graphql-client.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const POSTS = `query($threadId: ID!, $first: Int) { threadPosts(threadId: $threadId, first: $first) {
  nodes { number viewerCanSanction }
} }`;
const SUBMIT_PROPOSAL = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`;
const PROPOSAL = `query($id: ID!) { proposal(id: $id) { bodySource viewerCanModerate viewerCanSanction } }`;

interface PostView {
  number: number;
  viewerCanSanction: boolean;
}

/**
 * The moderation menus offer a warning or a block only where the server
 * would accept it: `viewerCanSanction` is the moderation policy's canSanction
 * (moderator of the item's municipality, author not an administrator), read
 * for a whole page of posts in the same number of statements as for a few.
 */
describe('moderation: viewerCanSanction and a proposal’s moderation fields', () => {
  let t: TestApp;
  let gmina: { id: string };
  let categoryId: string;
  let author: RegisteredUser;
  let admin: RegisteredUser;
  let moderator: RegisteredUser;
  let outsider: RegisteredUser;
  let official: RegisteredUser;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureServiceAreas(t.db);
    gmina = await createMunicipality(t.db, { name: 'Gmina Sankcji' });
    const other = await createMunicipality(t.db, { name: 'Gmina Obok' });
    categoryId = await createCategory(t.db, { municipalityId: gmina.id });
    author = await registerUser(t.client(), { displayName: 'Autorka Ala', homeMunicipalityId: gmina.id });
    admin = await registerUser(t.client(), { displayName: 'Administrator Adam' });
    await makeAdmin(t.db, admin.id);
    moderator = await registerUser(t.client(), { displayName: 'Moderator Mirek' });
    outsider = await registerUser(t.client(), { displayName: 'Moderator Obok' });
    official = await registerUser(t.client(), { displayName: 'Urzędnik Olek' });
    await grantRole(t.db, moderator.id, gmina.id, 'MODERATOR');
    await grantRole(t.db, outsider.id, other.id, 'MODERATOR');
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function postsAs(client: GraphQLClient, threadId: string, first = 50): Promise<PostView[]> {
    const data = await client.data<{ threadPosts: { nodes: PostView[] } }>(POSTS, { threadId, first });
    return data.threadPosts.nodes;
  }

  it('offers sanctions on a resident’s posts to the municipality’s moderators, never on an administrator’s', async () => {
    const thread = await createThread(author.client, categoryId);
    await reply(admin.client, thread.id, 'Proszę o spokój.');
    expect(await postsAs(moderator.client, thread.id)).toEqual([
      { number: 1, viewerCanSanction: true },
      { number: 2, viewerCanSanction: false },
    ]);
    for (const client of [outsider.client, author.client, t.client()]) {
      expect((await postsAs(client, thread.id)).map((post) => post.viewerCanSanction)).toEqual([false, false]);
    }
  });

  it('reads it for a page of 10 and of 50 posts in the same number of statements', async () => {
    const thread = await createThread(author.client, categoryId);
    for (let i = 0; i < 50; i++) await reply(i % 2 ? author.client : admin.client, thread.id, `Głos ${i}`);
    const small = await countStatements(t.db, () => postsAs(moderator.client, thread.id, 10));
    const large = await countStatements(t.db, () => postsAs(moderator.client, thread.id, 50));
    expect(large.count).toBe(small.count);
  });

  it('gives a proposal’s moderators its source to correct, and tells them whether its author may be sanctioned', async () => {
    const consultationId = await createConsultation(t.db, {
      municipalityId: gmina.id,
      organiserId: official.id,
      phases: [{ kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) }],
    });
    const submit = (client: GraphQLClient) =>
      client.data<{ submitProposal: { id: string } }>(SUBMIT_PROPOSAL, {
        input: { consultationId, title: 'Ławki', body: 'Więcej **ławek** w parku.', serviceArea: 'TRANSPORT' },
      });
    const byResident = (await submit(author.client)).submitProposal.id;
    const byAdmin = (await submit(admin.client)).submitProposal.id;
    type View = { proposal: { bodySource: string | null; viewerCanModerate: boolean; viewerCanSanction: boolean } };
    const view = async (client: GraphQLClient, id: string) => (await client.data<View>(PROPOSAL, { id })).proposal;

    expect(await view(moderator.client, byResident)).toEqual({
      bodySource: 'Więcej **ławek** w parku.',
      viewerCanModerate: true,
      viewerCanSanction: true,
    });
    expect(await view(official.client, byAdmin)).toMatchObject({ viewerCanModerate: true, viewerCanSanction: false });
    for (const client of [outsider.client, t.client()]) {
      expect(await view(client, byResident)).toEqual({
        bodySource: null,
        viewerCanModerate: false,
        viewerCanSanction: false,
      });
    }
  });
});
