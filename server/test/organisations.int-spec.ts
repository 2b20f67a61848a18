import { ensureServiceAreas } from './support/consultation-factories.js';
import { createConsultation, warsawDay } from './support/document-factories.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread } from './support/forum-factories.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ORG_FIELDS = `id name krs descriptionHtml descriptionSource website verified verifiedAt memberCount
  viewerRole viewerCanManage viewerCanVerify
  verifiedBy { id } owner { id } municipalities { id }
  members(first: 50) { nodes { role user { id } } pageInfo { hasNextPage } }`;

interface OrgView {
  id: string;
  name: string;
  krs: string | null;
  descriptionHtml: string;
  descriptionSource: string | null;
  website: string | null;
  verified: boolean;
  verifiedAt: string | null;
  memberCount: number;
  viewerRole: string | null;
  viewerCanManage: boolean;
  viewerCanVerify: boolean;
  verifiedBy: { id: string } | null;
  owner: { id: string } | null;
  municipalities: { id: string }[];
  members: { nodes: { role: string; user: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
}

interface InvitationView {
  id: string;
  status: string;
  inviteeEmail: string | null;
  organisation: { id: string; name: string };
  invitee: { id: string } | null;
}

const CREATE = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { ${ORG_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${ORG_FIELDS} } }`;
const READ = `query($id: ID!) { organisation(id: $id) { ${ORG_FIELDS} } }`;
const INVITATION_FIELDS = `id status inviteeEmail organisation { id name } invitee { id }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteToOrganisation(input: $input) { ${INVITATION_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptOrganisationInvitation(id: $id) { ${INVITATION_FIELDS} } }`;
const DECLINE = `mutation($id: ID!) { declineOrganisationInvitation(id: $id) { ${INVITATION_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelOrganisationInvitation(id: $id) { ${INVITATION_FIELDS} } }`;
const MY_INVITATIONS = `query($first: Int, $after: String) { myOrganisationInvitations(first: $first, after: $after) {
  nodes { ${INVITATION_FIELDS} } pageInfo { hasNextPage endCursor } } }`;
const PENDING = `query($id: ID!) { organisation(id: $id) { pendingInvitations(first: 20) { nodes { id inviteeEmail } } } }`;
const REMOVE = `mutation($o: ID!, $u: ID!) { removeOrganisationMember(organisationId: $o, userId: $u) { ${ORG_FIELDS} } }`;
const TRANSFER = `mutation($o: ID!, $u: ID!) {
  transferOrganisationOwnership(organisationId: $o, userId: $u) { ${ORG_FIELDS} } }`;
const LEAVE = `mutation($id: ID!) { leaveOrganisation(id: $id) }`;
const VERIFY = `mutation($id: ID!, $v: Boolean!) { setOrganisationVerified(id: $id, verified: $v) { ${ORG_FIELDS} } }`;
const LIST = `query($m: ID, $search: String, $first: Int, $after: String) {
  organisations(municipalityId: $m, search: $search, first: $first, after: $after) {
    nodes { id name } pageInfo { hasNextPage endCursor } } }`;
const MINE = `query { myOrganisations(first: 20) { nodes { id name viewerRole } } }`;
const REPLY = `mutation($input: ReplyInput!) { replyToPost(input: $input) { id organisation { id name } } }`;
const THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const POSTS = `query($t: ID!) { threadPosts(threadId: $t, first: 50) {
  nodes { id author { id displayName } organisation { id name verified } } } }`;
const SUBMIT = `mutation($input: SubmitProposalInput!) {
  submitProposal(input: $input) { id organizationId organisation { id name } author { id } } }`;
const PROPOSALS = `query($c: ID!) { proposals(consultationId: $c, first: 50) { nodes { id organisation { id name } } } }`;

let counter = 0;

describe('organisations', () => {
  let t: TestApp;
  let gmina: { id: string };
  let elsewhere: { id: string };
  let owner: RegisteredUser;
  let resident: RegisteredUser;
  let stranger: RegisteredUser;
  let official: RegisteredUser;
  let outsideOfficial: RegisteredUser;
  let admin: RegisteredUser;
  let handles: Map<string, string>;

  function input(overrides: Record<string, unknown> = {}) {
    return {
      name: `Stowarzyszenie Przyjaciół Wołomina ${++counter}`,
      krs: '0000123456'.slice(0, 6) + String(1000 + counter).slice(-4),
      description: 'Działamy na rzecz **mieszkańców**.',
      website: 'https://przyjaciele-wolomina.example.pl',
      municipalityIds: [gmina.id],
      ...overrides,
    };
  }

  async function create(client: GraphQLClient, overrides: Record<string, unknown> = {}): Promise<OrgView> {
    return (await client.data<{ createOrganisation: OrgView }>(CREATE, { input: input(overrides) })).createOrganisation;
  }

  async function read(client: GraphQLClient, id: string): Promise<OrgView> {
    return (await client.data<{ organisation: OrgView }>(READ, { id })).organisation;
  }

  async function invite(client: GraphQLClient, organisationId: string, who: { handle?: string; email?: string }) {
    return client.request<{ inviteToOrganisation: InvitationView }>(INVITE, { input: { organisationId, ...who } });
  }

  async function myInvitations(client: GraphQLClient): Promise<InvitationView[]> {
    return (
      await client.data<{ myOrganisationInvitations: { nodes: InvitationView[] } }>(MY_INVITATIONS, { first: 50 })
    ).myOrganisationInvitations.nodes;
  }

  /** An organisation of `owner` with `resident` as a member. */
  async function withMember(): Promise<OrgView> {
    const org = await create(owner.client);
    const invited = await invite(owner.client, org.id, { handle: handles.get(resident.id)! });
    await resident.client.data(ACCEPT, { id: invited.data!.inviteToOrganisation.id });
    return org;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await ensureServiceAreas(t.db);
    gmina = await createMunicipality(t.db, { name: 'Gmina Wołomin' });
    elsewhere = await createMunicipality(t.db, { name: 'Gmina Kobyłka' });
    owner = await registerUser(t.client(), { displayName: 'Anna Społeczniczka' });
    resident = await registerUser(t.client(), { displayName: 'Jan Mieszkaniec' });
    stranger = await registerUser(t.client(), { displayName: 'Obcy Człowiek' });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Ewa' });
    outsideOfficial = await registerUser(t.client(), { displayName: 'Urzędnik Obcy' });
    admin = await registerUser(t.client(), { displayName: 'Administrator' });
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    await grantRole(t.db, outsideOfficial.id, elsewhere.id, 'OFFICIAL');
    await makeAdmin(t.db, admin.id);
    const rows: { id: string; handle: string }[] = await t.db.query('SELECT id, handle FROM users');
    handles = new Map(rows.map((r) => [r.id, r.handle]));
  });
  afterAll(() => t?.close());

  describe('founding', () => {
    it('makes the founder the owner and renders the description through the markdown renderer', async () => {
      const org = await create(owner.client, { name: '  Fundacja Zielony Wołomin  ', krs: '0000654321' });
      expect(org).toMatchObject({
        name: 'Fundacja Zielony Wołomin',
        krs: '0000654321',
        website: 'https://przyjaciele-wolomina.example.pl',
        verified: false,
        memberCount: 1,
        viewerRole: 'OWNER',
        viewerCanManage: true,
        viewerCanVerify: false,
        owner: { id: owner.id },
        municipalities: [{ id: gmina.id }],
        members: { nodes: [{ role: 'OWNER', user: { id: owner.id } }] },
      });
      expect(org.descriptionHtml).toContain('<strong>mieszkańców</strong>');
      expect(org.descriptionSource).toContain('**mieszkańców**');
      const seen = await read(resident.client, org.id);
      expect(seen).toMatchObject({ viewerRole: null, viewerCanManage: false, descriptionSource: null });
    });

    it('needs a login', async () => {
      expect(errorCode(await t.client().request(CREATE, { input: input() }))).toBe('UNAUTHENTICATED');
    });

    it('keeps names unique whatever the letter case', async () => {
      await create(owner.client, { name: 'Koło Gospodyń Wiejskich w Duczkach' });
      const again = await owner.client.request(CREATE, {
        input: input({ name: 'KOŁO GOSPODYŃ WIEJSKICH W DUCZKACH' }),
      });
      expect(errorCode(again)).toBe('ORGANISATION_NAME_TAKEN');
    });

    it.each([
      ['a KRS of 9 digits', { krs: '123456789' }, 'krs', 'INVALID'],
      ['a KRS with letters', { krs: '12345678AB' }, 'krs', 'INVALID'],
      ['a KRS of 11 digits', { krs: '12345678901' }, 'krs', 'INVALID'],
      ['a javascript: website', { website: 'javascript:alert(1)' }, 'website', 'URL_INVALID'],
      ['an ftp website', { website: 'ftp://example.pl' }, 'website', 'URL_INVALID'],
      ['a website without scheme', { website: 'www.example.pl' }, 'website', 'URL_INVALID'],
      ['a blank name', { name: '   ' }, 'name', 'REQUIRED'],
      [
        'an unknown municipality',
        { municipalityIds: ['00000000-0000-4000-8000-000000000000'] },
        'municipalityIds',
        'NOT_FOUND',
      ],
    ])('refuses %s with a field error, storing nothing', async (_name, overrides, field, code) => {
      const values = input(overrides);
      const result = await owner.client.request(CREATE, { input: values });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field, code })]);
      const stored = await t.db.query('SELECT 1 FROM organisations WHERE lower(name) = lower($1)', [
        String(values.name).trim(),
      ]);
      expect(stored).toHaveLength(0);
    });

    it('accepts an organisation without KRS and website; the owner edits it, nobody else', async () => {
      const org = await create(owner.client, { krs: null, website: null, description: null });
      expect(org).toMatchObject({ krs: null, website: null, descriptionHtml: '' });
      const changes = { ...input({ krs: '0000999999' }), id: org.id, municipalityIds: [gmina.id, elsewhere.id] };
      expect(errorCode(await resident.client.request(UPDATE, { input: changes }))).toBe('FORBIDDEN');
      const updated = (await owner.client.data<{ updateOrganisation: OrgView }>(UPDATE, { input: changes }))
        .updateOrganisation;
      expect(updated.krs).toBe('0000999999');
      expect(updated.municipalities.map((m) => m.id).sort()).toEqual([gmina.id, elsewhere.id].sort());
    });

    it('lists by municipality, alphabetically, in pages', async () => {
      const place = await createMunicipality(t.db, { name: 'Gmina Tłuszcz' });
      for (const name of ['Ćma Fundacja', 'Anioły Tłuszcza', 'Bractwo Kurkowe', 'Dobre Sąsiedztwo']) {
        await create(owner.client, { name, municipalityIds: [place.id] });
      }
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const result: {
          organisations: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        } = await t.client().data(LIST, { m: place.id, first: 3, after });
        seen.push(...result.organisations.nodes.map((n) => n.name));
        if (!result.organisations.pageInfo.hasNextPage) break;
        after = result.organisations.pageInfo.endCursor;
      }
      expect(seen).toEqual(['Anioły Tłuszcza', 'Bractwo Kurkowe', 'Ćma Fundacja', 'Dobre Sąsiedztwo']);
      const found: { organisations: { nodes: { name: string }[] } } = await t.client().data(LIST, {
        m: place.id,
        search: 'kurk',
      });
      expect(found.organisations.nodes.map((n) => n.name)).toEqual(['Bractwo Kurkowe']);
    });
  });

  describe('invitations', () => {
    it('invites by handle once; the invitee accepts and becomes a member', async () => {
      const org = await create(owner.client);
      const first = await invite(owner.client, org.id, { handle: `@${handles.get(resident.id)!}` });
      expect(first.data!.inviteToOrganisation).toMatchObject({ status: 'PENDING', invitee: { id: resident.id } });
      expect(errorCode(await invite(owner.client, org.id, { handle: handles.get(resident.id)! }))).toBe(
        'ALREADY_INVITED',
      );
      // The same person by e-mail is the same invitation.
      expect(errorCode(await invite(owner.client, org.id, { email: resident.email }))).toBe('ALREADY_INVITED');

      const mine = await myInvitations(resident.client);
      expect(mine.map((i) => i.organisation.id)).toContain(org.id);
      const accepted = (
        await resident.client.data<{ acceptOrganisationInvitation: InvitationView }>(ACCEPT, {
          id: first.data!.inviteToOrganisation.id,
        })
      ).acceptOrganisationInvitation;
      expect(accepted.status).toBe('ACCEPTED');
      const after = await read(resident.client, org.id);
      expect(after).toMatchObject({ viewerRole: 'MEMBER', memberCount: 2, viewerCanManage: false });
      expect((await myInvitations(resident.client)).map((i) => i.organisation.id)).not.toContain(org.id);

      expect(errorCode(await invite(owner.client, org.id, { handle: handles.get(resident.id)! }))).toBe(
        'ALREADY_MEMBER',
      );
      // Answering twice finds nothing to answer.
      expect(errorCode(await resident.client.request(ACCEPT, { id: first.data!.inviteToOrganisation.id }))).toBe(
        'INVITATION_NOT_FOUND',
      );
    });

    it('lets the invitee decline, and nobody else answer', async () => {
      const org = await create(owner.client);
      const sent = (await invite(owner.client, org.id, { email: resident.email })).data!.inviteToOrganisation;
      expect(sent.invitee).toEqual({ id: resident.id });
      expect(errorCode(await stranger.client.request(ACCEPT, { id: sent.id }))).toBe('INVITATION_NOT_FOUND');
      const declined = (
        await resident.client.data<{ declineOrganisationInvitation: InvitationView }>(DECLINE, { id: sent.id })
      ).declineOrganisationInvitation;
      expect(declined.status).toBe('DECLINED');
      expect((await read(resident.client, org.id)).viewerRole).toBeNull();
      // Declined: a new invitation may be sent.
      expect((await invite(owner.client, org.id, { email: resident.email })).data!.inviteToOrganisation.status).toBe(
        'PENDING',
      );
    });

    it('invites an e-mail before its owner has an account; registering with it shows the invitation', async () => {
      const org = await create(owner.client);
      const email = `nowa.czlonkini.${++counter}@example.pl`;
      const sent = (await invite(owner.client, org.id, { email: email.toUpperCase() })).data!.inviteToOrganisation;
      expect(sent).toMatchObject({ invitee: null, inviteeEmail: email });
      expect(errorCode(await invite(owner.client, org.id, { email }))).toBe('ALREADY_INVITED');
      const pending: { organisation: { pendingInvitations: { nodes: { id: string }[] } } } = await owner.client.data(
        PENDING,
        { id: org.id },
      );
      expect(pending.organisation.pendingInvitations.nodes.map((n) => n.id)).toEqual([sent.id]);
      expect(
        ((await resident.client.data(PENDING, { id: org.id })) as { organisation: { pendingInvitations: null } })
          .organisation.pendingInvitations,
      ).toBeNull();

      const newcomer = await registerUser(t.client(), { email, displayName: 'Nowa Członkini' });
      const mine = await myInvitations(newcomer.client);
      expect(mine.map((i) => i.id)).toEqual([sent.id]);
      await newcomer.client.data(ACCEPT, { id: sent.id });
      expect((await read(newcomer.client, org.id)).viewerRole).toBe('MEMBER');
    });

    it('refuses invitations by non-owners, unknown handles and both or neither of handle and e-mail', async () => {
      const org = await withMember();
      expect(errorCode(await invite(resident.client, org.id, { handle: handles.get(stranger.id)! }))).toBe('FORBIDDEN');
      expect(errorCode(await invite(stranger.client, org.id, { handle: handles.get(admin.id)! }))).toBe('FORBIDDEN');
      const unknown = await invite(owner.client, org.id, { handle: 'nikt_taki_nie_istnieje' });
      expect(unknown.errors?.[0]?.extensions?.fieldErrors).toEqual([
        expect.objectContaining({ field: 'handle', code: 'NOT_FOUND' }),
      ]);
      expect(errorCode(await invite(owner.client, org.id, {}))).toBe('BAD_USER_INPUT');
      expect(
        errorCode(await invite(owner.client, org.id, { handle: handles.get(stranger.id)!, email: stranger.email })),
      ).toBe('BAD_USER_INPUT');
      expect(errorCode(await invite(owner.client, '00000000-0000-4000-8000-000000000000', { email: 'a@b.pl' }))).toBe(
        'ORGANISATION_NOT_FOUND',
      );
    });

    it('lets the owner cancel a pending invitation', async () => {
      const org = await create(owner.client);
      const sent = (await invite(owner.client, org.id, { handle: handles.get(stranger.id)! })).data!
        .inviteToOrganisation;
      expect(errorCode(await stranger.client.request(CANCEL, { id: sent.id }))).toBe('FORBIDDEN');
      const cancelled = (
        await owner.client.data<{ cancelOrganisationInvitation: InvitationView }>(CANCEL, { id: sent.id })
      ).cancelOrganisationInvitation;
      expect(cancelled.status).toBe('CANCELLED');
      expect(errorCode(await stranger.client.request(ACCEPT, { id: sent.id }))).toBe('INVITATION_NOT_FOUND');
    });

    it('notifies the invitee when the notifications feature is there', async () => {
      const hasTable: { exists: boolean }[] = await t.db.query(
        `SELECT to_regclass('notifications') IS NOT NULL AS exists`,
      );
      const org = await create(owner.client);
      const sent = (await invite(owner.client, org.id, { handle: handles.get(stranger.id)! })).data!
        .inviteToOrganisation;
      if (!hasTable[0].exists) return;
      const found: { type: string }[] = await t.db.query(
        `SELECT type FROM notifications WHERE recipient_id = $1 AND subject_id = $2`,
        [stranger.id, org.id],
      );
      expect(found.map((n) => n.type)).toEqual(['ORGANISATION_INVITATION']);
      expect(sent.status).toBe('PENDING');
    });
  });

  describe('members and ownership', () => {
    it('hands the ownership over in one change: exactly one owner before and after', async () => {
      const org = await withMember();
      expect(errorCode(await resident.client.request(TRANSFER, { o: org.id, u: resident.id }))).toBe('FORBIDDEN');
      expect(errorCode(await owner.client.request(TRANSFER, { o: org.id, u: stranger.id }))).toBe('BAD_USER_INPUT');
      const after = (
        await owner.client.data<{ transferOrganisationOwnership: OrgView }>(TRANSFER, {
          o: org.id,
          u: resident.id,
        })
      ).transferOrganisationOwnership;
      expect(after).toMatchObject({ owner: { id: resident.id }, viewerRole: 'MEMBER', memberCount: 2 });
      const owners: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM organisation_members WHERE organisation_id = $1 AND role = 'OWNER'`,
        [org.id],
      );
      expect(owners[0].n).toBe(1);
      // The new owner manages; the former one does not.
      expect((await read(resident.client, org.id)).viewerCanManage).toBe(true);
      expect(errorCode(await invite(owner.client, org.id, { handle: handles.get(stranger.id)! }))).toBe('FORBIDDEN');
    });

    it('never lets the database hold an organisation with no owner or two', async () => {
      const org = await withMember();
      await expect(
        t.db.query(`UPDATE organisation_members SET role = 'OWNER' WHERE organisation_id = $1`, [org.id]),
      ).rejects.toThrow(/organisation_members_one_owner_uq/);
      await expect(
        t.db.query(`UPDATE organisation_members SET role = 'MEMBER' WHERE organisation_id = $1`, [org.id]),
      ).rejects.toThrow(/has no owner/);
      await expect(t.db.query(`INSERT INTO organisations (name) VALUES ('Bez właściciela')`)).rejects.toThrow(
        /has no owner/,
      );
    });

    it('lets the owner remove a member but not themselves; a member leaves, the owner cannot', async () => {
      const org = await withMember();
      expect(errorCode(await resident.client.request(REMOVE, { o: org.id, u: owner.id }))).toBe('FORBIDDEN');
      expect(errorCode(await owner.client.request(REMOVE, { o: org.id, u: owner.id }))).toBe('CONFLICT');
      expect(errorCode(await owner.client.request(LEAVE, { id: org.id }))).toBe('CONFLICT');
      const removed = (
        await owner.client.data<{ removeOrganisationMember: OrgView }>(REMOVE, { o: org.id, u: resident.id })
      ).removeOrganisationMember;
      expect(removed.memberCount).toBe(1);
      expect(errorCode(await owner.client.request(REMOVE, { o: org.id, u: resident.id }))).toBe('BAD_USER_INPUT');

      const again = await withMember();
      expect(await resident.client.data(LEAVE, { id: again.id })).toEqual({ leaveOrganisation: true });
      expect((await read(resident.client, again.id)).viewerRole).toBeNull();
      expect(errorCode(await stranger.client.request(LEAVE, { id: again.id }))).toBe('FORBIDDEN');
    });

    it('lists my organisations for the "on behalf of" choice', async () => {
      const org = await withMember();
      const mine: { myOrganisations: { nodes: { id: string; viewerRole: string }[] } } =
        await resident.client.data(MINE);
      expect(mine.myOrganisations.nodes).toContainEqual(expect.objectContaining({ id: org.id, viewerRole: 'MEMBER' }));
      const theirs: { myOrganisations: { nodes: { id: string }[] } } = await stranger.client.data(MINE);
      expect(theirs.myOrganisations.nodes.map((n) => n.id)).not.toContain(org.id);
    });
  });

  describe('acting on behalf', () => {
    it('lets members post on behalf and refuses non-members, storing nothing', async () => {
      const org = await withMember();
      const category = await createCategory(t.db, { municipalityId: gmina.id });
      const thread: { createThread: { id: string } } = await resident.client.data(THREAD, {
        input: {
          categoryId: category,
          title: 'Zaproszenie na sprzątanie',
          body: 'Zapraszamy!',
          organisationId: org.id,
        },
      });
      const reply: { replyToPost: { id: string; organisation: { id: string; name: string } | null } } =
        await owner.client.data(REPLY, {
          input: { threadId: thread.createThread.id, body: 'Będziemy.', organisationId: org.id },
        });
      expect(reply.replyToPost.organisation).toEqual({ id: org.id, name: org.name });

      const refused = await stranger.client.request(REPLY, {
        input: { threadId: thread.createThread.id, body: 'Podszywam się.', organisationId: org.id },
      });
      expect(errorCode(refused)).toBe('NOT_ORGANISATION_MEMBER');
      const refusedThread = await stranger.client.request(THREAD, {
        input: { categoryId: category, title: 'Fałszywy wątek', body: 'Podszywam się.', organisationId: org.id },
      });
      expect(errorCode(refusedThread)).toBe('NOT_ORGANISATION_MEMBER');
      const stored: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM forum_posts p JOIN forum_threads th ON th.id = p.thread_id
         WHERE th.category_id = $1`,
        [category],
      );
      expect(stored[0].n).toBe(2);

      const posts: { threadPosts: { nodes: { author: { id: string }; organisation: { id: string } | null }[] } } =
        await t.client().data(POSTS, { t: thread.createThread.id });
      expect(posts.threadPosts.nodes.map((p) => [p.author.id, p.organisation?.id ?? null])).toEqual([
        [resident.id, org.id],
        [owner.id, org.id],
      ]);
      // A plain reply is nobody's but the author's.
      await stranger.client.data(REPLY, { input: { threadId: thread.createThread.id, body: 'Ja też.' } });
    });

    it('reads the organisations of a page of posts in one statement, however many posts', async () => {
      const category = await createCategory(t.db, { municipalityId: gmina.id });
      const orgs = [await withMember(), await withMember(), await withMember()];
      const small = await createThread(resident.client, category, { title: 'Mały wątek' });
      const large = await createThread(resident.client, category, { title: 'Duży wątek' });
      await resident.client.data(REPLY, { input: { threadId: small.id, body: 'Jeden', organisationId: orgs[0].id } });
      for (const org of orgs) {
        for (let i = 0; i < 3; i++) {
          await resident.client.data(REPLY, {
            input: { threadId: large.id, body: `Post ${i}`, organisationId: org.id },
          });
        }
      }
      const one = await countStatements(t.db, () => t.client().data(POSTS, { t: small.id }));
      const many = await countStatements(t.db, () => t.client().data(POSTS, { t: large.id }));
      expect(many.count).toBe(one.count);
    });

    it('lets members submit proposals on behalf and refuses non-members', async () => {
      const org = await withMember();
      const consultationId = await createConsultation(t.db, {
        municipalityId: gmina.id,
        organiserId: official.id,
        phases: [{ kind: 'PROPOSALS', startsOn: warsawDay(-3), endsOn: warsawDay(5) }],
      });
      const proposal = {
        consultationId,
        title: 'Ścieżka rowerowa do stacji',
        body: 'Proponujemy ścieżkę rowerową do stacji PKP.',
        serviceArea: 'TRANSPORT',
        organisationId: org.id,
      };
      const made: {
        submitProposal: { organizationId: string; organisation: { name: string }; author: { id: string } };
      } = await resident.client.data(SUBMIT, { input: proposal });
      expect(made.submitProposal).toMatchObject({
        organizationId: org.id,
        organisation: { name: org.name },
        author: { id: resident.id },
      });
      expect(errorCode(await stranger.client.request(SUBMIT, { input: proposal }))).toBe('NOT_ORGANISATION_MEMBER');
      const listed: { proposals: { nodes: { organisation: { id: string } | null }[] } } = await t
        .client()
        .data(PROPOSALS, { c: consultationId });
      expect(listed.proposals.nodes.map((n) => n.organisation?.id)).toEqual([org.id]);
    });
  });

  describe('verification', () => {
    it('lets administrators and officials of its municipalities verify, nobody else', async () => {
      const org = await create(owner.client);
      for (const who of [owner, resident, outsideOfficial]) {
        expect(errorCode(await who.client.request(VERIFY, { id: org.id, v: true }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await t.client().request(VERIFY, { id: org.id, v: true }))).toBe('UNAUTHENTICATED');
      expect((await read(official.client, org.id)).viewerCanVerify).toBe(true);
      expect((await read(outsideOfficial.client, org.id)).viewerCanVerify).toBe(false);

      const verified = (
        await official.client.data<{ setOrganisationVerified: OrgView }>(VERIFY, { id: org.id, v: true })
      ).setOrganisationVerified;
      expect(verified).toMatchObject({ verified: true, verifiedBy: { id: official.id } });
      expect(verified.verifiedAt).not.toBeNull();

      const withdrawn = (
        await admin.client.data<{ setOrganisationVerified: OrgView }>(VERIFY, { id: org.id, v: false })
      ).setOrganisationVerified;
      expect(withdrawn).toMatchObject({ verified: false, verifiedBy: null, verifiedAt: null });
      const logged: { kind: string; actor_id: string }[] = await t.db.query(
        `SELECT kind, actor_id FROM audit_events WHERE target_id = $1 ORDER BY occurred_at`,
        [org.id],
      );
      expect(logged).toEqual([
        { kind: 'ORGANISATION_VERIFIED', actor_id: official.id },
        { kind: 'ORGANISATION_VERIFIED', actor_id: admin.id },
      ]);
    });
  });
});

describe('the demo organisation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.close());

  it('is founded by the demo NGO account, verified, with its proposals on its behalf', async () => {
    const [org]: { id: string; verified_at: Date | null; owner: string; verifier: string }[] = await t.db.query(
      `SELECT o.id, o.verified_at, owner.email AS owner, verifier.email AS verifier
       FROM organisations o
       JOIN organisation_members m ON m.organisation_id = o.id AND m.role = 'OWNER'
       JOIN users owner ON owner.id = m.user_id
       JOIN users verifier ON verifier.id = o.verified_by
       WHERE o.name = 'Fundacja Dialog'`,
    );
    expect(org).toMatchObject({ owner: 'ngo@ratusz.example', verifier: 'urzednik@ratusz.example' });
    expect(org.verified_at).not.toBeNull();
    const proposals: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM proposals WHERE organization_id = $1`,
      [org.id],
    );
    expect(proposals[0].n).toBeGreaterThan(0);
  });
});
