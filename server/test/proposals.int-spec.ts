import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_PATH,
  type ClientToServerEvents,
  type ConsultationEvent,
  type ServerToClientEvents,
} from '@ratusz/shared';
import { ensureServiceAreas } from './support/consultation-factories.js';
import { createConsultation, setPhases, warsawDay, type TestPhase } from './support/document-factories.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, REPLY } from './support/forum-factories.js';
import { errorCode, type GraphQLClient, type GraphQLResponse } from './support/graphql-client.js';
import { countStatements } from './support/sql-counter.js';
import { DEMO_PROPOSALS } from '../src/seed/demo-proposals.js';
import { DEMO_CONSULTATION_ID } from '../src/seed/demo-forum.js';
import { SeedService } from '../src/seed/seed.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const PROPOSAL_FIELDS = `id number consultationId title bodyHtml bodySource costEstimatePln organizationId status
  officialAnswerHtml officialAnswerAt supportCount viewerHasSupported viewerCanEdit viewerCanWithdraw
  viewerCanReview viewerCanSupport createdAt editedAt
  serviceArea { code } author { id displayName }
  history { status previousStatus reason automatic actor { id } }
  revisions { title bodyHtml editedAt }
  documents { id title }
  discussionThread { id }`;

interface ProposalView {
  id: string;
  number: number;
  consultationId: string;
  title: string;
  bodyHtml: string;
  bodySource: string | null;
  costEstimatePln: string | null;
  organizationId: string | null;
  status: string;
  officialAnswerHtml: string | null;
  officialAnswerAt: string | null;
  supportCount: number;
  viewerHasSupported: boolean;
  viewerCanEdit: boolean;
  viewerCanWithdraw: boolean;
  viewerCanReview: boolean;
  viewerCanSupport: boolean;
  createdAt: string;
  editedAt: string | null;
  serviceArea: { code: string };
  author: { id: string; displayName: string } | null;
  history: {
    status: string;
    previousStatus: string | null;
    reason: string | null;
    automatic: boolean;
    actor: { id: string } | null;
  }[];
  revisions: { title: string; bodyHtml: string; editedAt: string }[];
  documents: { id: string; title: string }[];
  discussionThread: { id: string } | null;
}

const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const EDIT = `mutation($input: EditProposalInput!) { editProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawProposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const SUPPORT = `mutation($id: ID!) { supportProposal(id: $id) { id status supportCount viewerHasSupported } }`;
const UNSUPPORT = `mutation($id: ID!) { withdrawProposalSupport(id: $id) { id status supportCount viewerHasSupported } }`;
const REVIEW = `mutation($input: ReviewProposalInput!) { reviewProposal(input: $input) { ${PROPOSAL_FIELDS} } }`;
const READ = `query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const THRESHOLD = `mutation($c: ID!, $t: Int) {
  setProposalSupportThreshold(consultationId: $c, threshold: $t) { id proposalSupportThreshold }
}`;
const REPLY_TO_PROPOSAL = `mutation($input: ReplyToProposalInput!) {
  replyToProposal(input: $input) { id threadId number parentId bodyHtml }
}`;
const LIST = `query($c: ID!, $status: ProposalStatus, $area: ServiceAreaCode, $sort: ProposalSort, $search: String,
  $seed: String, $first: Int, $after: String) {
  proposals(consultationId: $c, status: $status, serviceArea: $area, sort: $sort, search: $search, seed: $seed,
    first: $first, after: $after) {
    nodes { id number title status supportCount }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

interface ListResult {
  nodes: { id: string; number: number; title: string; status: string; supportCount: number }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Proposals open now, voting next. */
const OPEN: TestPhase[] = [
  { kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) },
  { kind: 'VOTING', startsOn: warsawDay(6), endsOn: warsawDay(20) },
];
/** Voting now: proposals closed. */
const VOTING: TestPhase[] = [
  { kind: 'PROPOSALS', startsOn: warsawDay(-20), endsOn: warsawDay(-6) },
  { kind: 'VOTING', startsOn: warsawDay(-5), endsOn: warsawDay(5) },
];

let sequence = 0;

function submitInput(consultationId: string, overrides: Record<string, unknown> = {}) {
  const n = ++sequence;
  return {
    consultationId,
    title: `Propozycja numer ${n}`,
    body: `Uzasadnienie **propozycji** ${n}.`,
    serviceArea: 'TRANSPORT',
    ...overrides,
  };
}

async function submit(
  client: GraphQLClient,
  consultationId: string,
  overrides: Record<string, unknown> = {},
): Promise<ProposalView> {
  return (
    await client.data<{ submitProposal: ProposalView }>(SUBMIT, { input: submitInput(consultationId, overrides) })
  ).submitProposal;
}

function trySubmit(client: GraphQLClient, consultationId: string, overrides: Record<string, unknown> = {}) {
  return client.request<{ submitProposal: ProposalView }>(SUBMIT, { input: submitInput(consultationId, overrides) });
}

async function read(client: GraphQLClient, id: string): Promise<ProposalView | null> {
  return (await client.data<{ proposal: ProposalView | null }>(READ, { id })).proposal;
}

async function list(client: GraphQLClient, variables: Record<string, unknown>): Promise<ListResult> {
  return (await client.data<{ proposals: ListResult }>(LIST, variables)).proposals;
}

/** Every page of a list, following the cursors. */
async function allPages(client: GraphQLClient, variables: Record<string, unknown>): Promise<ListResult['nodes']> {
  const nodes: ListResult['nodes'] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result: ListResult = await list(client, { ...variables, after });
    nodes.push(...result.nodes);
    if (!result.pageInfo.hasNextPage) return nodes;
    after = result.pageInfo.endCursor;
  }
  throw new Error('Too many pages');
}

function fieldErrors(result: GraphQLResponse<unknown>) {
  return result.errors?.[0]?.extensions?.fieldErrors;
}

describe('proposals', () => {
  let t: TestApp;
  let gmina: { id: string };
  let elsewhere: { id: string };
  let official: RegisteredUser;
  let otherOfficial: RegisteredUser;
  let moderator: RegisteredUser;
  let admin: RegisteredUser;
  let author: RegisteredUser;
  let resident: RegisteredUser;
  let consultationId: string;

  /** A fresh published consultation of the gmina with these phases. */
  async function consultation(phases: TestPhase[] = OPEN, published = true): Promise<string> {
    return createConsultation(t.db, { municipalityId: gmina.id, organiserId: official.id, phases, published });
  }

  beforeAll(async () => {
    t = await startTestApp();
    await ensureServiceAreas(t.db);
    gmina = await createMunicipality(t.db, { name: 'Gmina Łąkowa' });
    elsewhere = await createMunicipality(t.db, { name: 'Gmina Inna' });
    await createCategory(t.db, { municipalityId: gmina.id });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Ewa' });
    otherOfficial = await registerUser(t.client(), { displayName: 'Urzędnik Obcy' });
    moderator = await registerUser(t.client(), { displayName: 'Moderatorka Ola' });
    admin = await registerUser(t.client(), { displayName: 'Administrator' });
    author = await registerUser(t.client(), { displayName: 'Autorka Zofia' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkaniec Jan' });
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    await grantRole(t.db, otherOfficial.id, elsewhere.id, 'OFFICIAL');
    await grantRole(t.db, moderator.id, gmina.id, 'MODERATOR');
    await makeAdmin(t.db, admin.id);
    consultationId = await consultation();
  });
  afterAll(() => t?.close());

  describe('submitting', () => {
    it('numbers proposals within the consultation and records the submission', async () => {
      const own = await consultation();
      const first = await submit(author.client, own, { costEstimatePln: '1 500 000,5', serviceArea: 'HEALTH' });
      const second = await submit(resident.client, own);
      expect([first.number, second.number]).toEqual([1, 2]);
      expect(first).toMatchObject({
        status: 'SUBMITTED',
        costEstimatePln: '1500000.50',
        organizationId: null,
        supportCount: 0,
        serviceArea: { code: 'HEALTH' },
        author: { id: author.id, displayName: 'Autorka Zofia' },
        viewerCanEdit: true,
        viewerCanWithdraw: true,
        viewerCanReview: false,
        viewerCanSupport: true,
        revisions: [],
        documents: [],
        discussionThread: null,
      });
      expect(first.bodyHtml).toContain('<strong>propozycji</strong>');
      expect(first.bodySource).toContain('**propozycji**');
      expect(first.history).toEqual([
        { status: 'SUBMITTED', previousStatus: null, reason: null, automatic: false, actor: { id: author.id } },
      ]);
      expect(second.costEstimatePln).toBeNull();

      // Others see it without the source and without the author's rights.
      const seen = (await read(resident.client, first.id))!;
      expect(seen).toMatchObject({ bodySource: null, viewerCanEdit: false, viewerCanWithdraw: false });
      expect((await read(official.client, first.id))!.viewerCanReview).toBe(true);
      expect((await read(t.client(), first.id))!).toMatchObject({ viewerCanSupport: false, viewerHasSupported: false });
    });

    it('numbers concurrent submissions without gaps or duplicates', async () => {
      const own = await consultation();
      const made = await Promise.all(Array.from({ length: 8 }, () => submit(resident.client, own)));
      expect(made.map((p) => p.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it.each([
      ['a cost that is not an amount', { costEstimatePln: '12,5 zł' }, 'costEstimatePln', 'INVALID'],
      ['a negative cost', { costEstimatePln: '-5' }, 'costEstimatePln', 'INVALID'],
      ['three decimals', { costEstimatePln: '1.005' }, 'costEstimatePln', 'INVALID'],
      ['a cost over the maximum', { costEstimatePln: '10000000000' }, 'costEstimatePln', 'INVALID'],
      ['a title over 200 characters', { title: 'x'.repeat(201) }, 'title', 'TOO_LONG'],
      ['a blank title', { title: '   ' }, 'title', 'REQUIRED'],
      ['a body over 20 000 characters', { body: 'x'.repeat(20_001) }, 'body', 'TOO_LONG'],
      ['a malformed document id', { documentIds: ['nie-uuid'] }, 'documentIds', 'INVALID'],
    ])('refuses %s with a field error, storing nothing', async (_name, overrides, field, code) => {
      const own = await consultation();
      const result = await trySubmit(author.client, own, overrides);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(result)).toEqual([expect.objectContaining({ field, code })]);
      expect(await t.db.query('SELECT 1 FROM proposals WHERE consultation_id = $1', [own])).toHaveLength(0);
    });

    it('keeps large costs exact to the grosz', async () => {
      const made = await submit(author.client, consultationId, { costEstimatePln: '9999999999.99' });
      expect(made.costEstimatePln).toBe('9999999999.99');
      const [row] = await t.db.query('SELECT cost_estimate_grosze::text AS g FROM proposals WHERE id = $1', [made.id]);
      expect(row.g).toBe('999999999999');
      expect((await submit(author.client, consultationId, { costEstimatePln: '0.07' })).costEstimatePln).toBe('0.07');
    });

    it('needs a login, a visible consultation and the proposals phase', async () => {
      expect(errorCode(await trySubmit(t.client(), consultationId))).toBe('UNAUTHENTICATED');
      const draft = await consultation(OPEN, false);
      expect(errorCode(await trySubmit(resident.client, draft))).toBe('NOT_FOUND');
      const voting = await consultation(VOTING);
      const closed = await trySubmit(resident.client, voting);
      expect(errorCode(closed)).toBe('PHASE_CLOSED');
      expect(closed.errors?.[0].extensions).toMatchObject({ action: 'SUBMIT_PROPOSAL', phase: 'VOTING' });
    });
  });

  describe('editing and withdrawing', () => {
    it('lets the author edit while SUBMITTED, keeping the earlier versions', async () => {
      const made = await submit(author.client, consultationId, { title: 'Pierwsza wersja' });
      const input = {
        id: made.id,
        title: 'Druga wersja',
        body: 'Nowe _uzasadnienie_ propozycji.',
        serviceArea: 'EDUCATION',
        costEstimatePln: '100',
      };
      const edited = (await author.client.data<{ editProposal: ProposalView }>(EDIT, { input })).editProposal;
      expect(edited).toMatchObject({
        title: 'Druga wersja',
        costEstimatePln: '100.00',
        serviceArea: { code: 'EDUCATION' },
      });
      expect(edited.editedAt).not.toBeNull();
      expect(edited.revisions).toEqual([
        expect.objectContaining({ title: 'Pierwsza wersja', bodyHtml: expect.stringContaining('<strong>') }),
      ]);
      const again = (
        await author.client.data<{ editProposal: ProposalView }>(EDIT, {
          input: { ...input, title: 'Trzecia wersja' },
        })
      ).editProposal;
      expect(again.revisions.map((r) => r.title)).toEqual(['Druga wersja', 'Pierwsza wersja']);
      // An edit that changes nothing adds no version.
      const same = await author.client.data<{ editProposal: ProposalView }>(EDIT, {
        input: { ...input, title: 'Trzecia wersja' },
      });
      expect(same.editProposal.revisions).toHaveLength(2);
    });

    it('refuses edits by others, after review and outside the proposals phase', async () => {
      const made = await submit(author.client, consultationId);
      const input = { id: made.id, title: 'Cudza wersja', body: 'Zmienione uzasadnienie.', serviceArea: 'TRANSPORT' };
      expect(errorCode(await resident.client.request(EDIT, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await official.client.request(EDIT, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await t.client().request(EDIT, { input }))).toBe('UNAUTHENTICATED');
      const unknown = { ...input, id: '00000000-0000-4000-8000-000000000000' };
      expect(errorCode(await author.client.request(EDIT, { input: unknown }))).toBe('PROPOSAL_NOT_FOUND');

      await official.client.data(REVIEW, { input: { id: made.id, status: 'UNDER_REVIEW' } });
      expect(errorCode(await author.client.request(EDIT, { input }))).toBe('PROPOSAL_NOT_EDITABLE');
      expect((await read(author.client, made.id))!.viewerCanEdit).toBe(false);

      const own = await consultation();
      const later = await submit(author.client, own);
      await setPhases(t.db, own, VOTING);
      const closed = await author.client.request(EDIT, { input: { ...input, id: later.id } });
      expect(errorCode(closed)).toBe('PHASE_CLOSED');
      expect((await read(author.client, later.id))!.viewerCanEdit).toBe(false);
    });

    it('lets the author withdraw before a decision, and only once', async () => {
      const made = await submit(author.client, consultationId);
      expect(errorCode(await resident.client.request(WITHDRAW, { id: made.id }))).toBe('FORBIDDEN');
      expect(errorCode(await official.client.request(WITHDRAW, { id: made.id }))).toBe('FORBIDDEN');
      const withdrawn = (await author.client.data<{ withdrawProposal: ProposalView }>(WITHDRAW, { id: made.id }))
        .withdrawProposal;
      expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', viewerCanWithdraw: false, viewerCanSupport: false });
      expect(withdrawn.history.map((h) => [h.previousStatus, h.status])).toEqual([
        [null, 'SUBMITTED'],
        ['SUBMITTED', 'WITHDRAWN'],
      ]);
      const again = await author.client.request(WITHDRAW, { id: made.id });
      expect(errorCode(again)).toBe('PROPOSAL_INVALID_TRANSITION');

      const accepted = await submit(author.client, consultationId);
      await official.client.data(REVIEW, { input: { id: accepted.id, status: 'ACCEPTED', answer: 'Tak.' } });
      expect(errorCode(await author.client.request(WITHDRAW, { id: accepted.id }))).toBe('PROPOSAL_INVALID_TRANSITION');
    });
  });

  describe('reviewing', () => {
    async function review(client: GraphQLClient, input: Record<string, unknown>) {
      return client.request<{ reviewProposal: ProposalView }>(REVIEW, { input });
    }

    it('is for officials of the municipality and administrators, not moderators or residents', async () => {
      const made = await submit(author.client, consultationId);
      for (const who of [resident, author, moderator, otherOfficial]) {
        expect(errorCode(await review(who.client, { id: made.id, status: 'UNDER_REVIEW' }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await review(t.client(), { id: made.id, status: 'UNDER_REVIEW' }))).toBe('UNAUTHENTICATED');
      const reviewed = await review(admin.client, { id: made.id, status: 'UNDER_REVIEW' });
      expect(reviewed.data?.reviewProposal.status).toBe('UNDER_REVIEW');
      expect((await read(moderator.client, made.id))!.viewerCanReview).toBe(false);
    });

    it('follows the transition table and keeps who, when and why', async () => {
      const made = await submit(author.client, consultationId);
      const underReview = (await review(official.client, { id: made.id, status: 'UNDER_REVIEW' })).data!.reviewProposal;
      expect(underReview.history.at(-1)).toEqual({
        status: 'UNDER_REVIEW',
        previousStatus: 'SUBMITTED',
        reason: null,
        automatic: false,
        actor: { id: official.id },
      });
      const noReason = await review(official.client, { id: made.id, status: 'REJECTED', answer: '   ' });
      expect(errorCode(noReason)).toBe('PROPOSAL_REASON_REQUIRED');
      expect(errorCode(await review(official.client, { id: made.id, status: 'REJECTED' }))).toBe(
        'PROPOSAL_REASON_REQUIRED',
      );
      const rejected = (
        await review(official.client, { id: made.id, status: 'REJECTED', answer: 'Brak **środków** w budżecie.' })
      ).data!.reviewProposal;
      expect(rejected.status).toBe('REJECTED');
      expect(rejected.officialAnswerHtml).toContain('<strong>środków</strong>');
      expect(rejected.officialAnswerAt).not.toBeNull();
      expect(rejected.history.at(-1)).toMatchObject({ status: 'REJECTED', reason: 'Brak **środków** w budżecie.' });
      expect(rejected.viewerCanReview).toBe(false);

      const late = await review(official.client, { id: made.id, status: 'ACCEPTED' });
      expect(errorCode(late)).toBe('PROPOSAL_INVALID_TRANSITION');
      expect(late.errors?.[0].extensions).toMatchObject({ from: 'REJECTED', to: 'ACCEPTED' });
    });

    it('accepts directly from SUBMITTED, then marks IMPLEMENTED even after the review phase', async () => {
      const own = await consultation();
      const made = await submit(author.client, own);
      expect(errorCode(await review(official.client, { id: made.id, status: 'IMPLEMENTED' }))).toBe(
        'PROPOSAL_INVALID_TRANSITION',
      );
      expect(errorCode(await review(official.client, { id: made.id, status: 'WITHDRAWN' }))).toBe(
        'PROPOSAL_INVALID_TRANSITION',
      );
      expect(errorCode(await review(official.client, { id: made.id, status: 'SUBMITTED' }))).toBe(
        'PROPOSAL_INVALID_TRANSITION',
      );
      const accepted = (await review(official.client, { id: made.id, status: 'ACCEPTED', answer: 'Zrobimy to.' })).data!
        .reviewProposal;
      expect(accepted.history.map((h) => h.status)).toEqual(['SUBMITTED', 'ACCEPTED']);

      const other = await submit(author.client, own);
      await setPhases(t.db, own, VOTING);
      const closed = await review(official.client, { id: other.id, status: 'ACCEPTED' });
      expect(errorCode(closed)).toBe('PHASE_CLOSED');
      expect((await read(official.client, other.id))!.viewerCanReview).toBe(false);
      expect((await read(official.client, accepted.id))!.viewerCanReview).toBe(true);
      const implemented = (await review(official.client, { id: accepted.id, status: 'IMPLEMENTED' })).data!
        .reviewProposal;
      expect(implemented.status).toBe('IMPLEMENTED');
      // Without a new answer, the earlier one stays.
      expect(implemented.officialAnswerHtml).toContain('Zrobimy to.');
    });
  });

  describe('supports', () => {
    it('counts one support per person, withdrawable', async () => {
      const made = await submit(author.client, consultationId);
      const supported = await resident.client.data<{ supportProposal: ProposalView }>(SUPPORT, { id: made.id });
      expect(supported.supportProposal).toMatchObject({ supportCount: 1, viewerHasSupported: true });
      expect(errorCode(await resident.client.request(SUPPORT, { id: made.id }))).toBe('PROPOSAL_ALREADY_SUPPORTED');
      await author.client.data(SUPPORT, { id: made.id });
      expect((await read(t.client(), made.id))!.supportCount).toBe(2);
      const withdrawn = await resident.client.data<{ withdrawProposalSupport: ProposalView }>(UNSUPPORT, {
        id: made.id,
      });
      expect(withdrawn.withdrawProposalSupport).toMatchObject({ supportCount: 1, viewerHasSupported: false });
      expect(errorCode(await resident.client.request(UNSUPPORT, { id: made.id }))).toBe('PROPOSAL_NOT_SUPPORTED');
      expect(errorCode(await t.client().request(SUPPORT, { id: made.id }))).toBe('UNAUTHENTICATED');
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(errorCode(await resident.client.request(SUPPORT, { id: unknown }))).toBe('PROPOSAL_NOT_FOUND');
      const [row] = await t.db.query('SELECT count(*)::int AS n FROM proposal_supports WHERE proposal_id = $1', [
        made.id,
      ]);
      expect(row.n).toBe(1);
    });

    it('closes supports once decided, and outside the proposals phase', async () => {
      const made = await submit(author.client, consultationId);
      await official.client.data(REVIEW, { input: { id: made.id, status: 'REJECTED', answer: 'Nie.' } });
      expect(errorCode(await resident.client.request(SUPPORT, { id: made.id }))).toBe('CONFLICT');
      expect((await read(resident.client, made.id))!.viewerCanSupport).toBe(false);

      const own = await consultation();
      const other = await submit(author.client, own);
      await setPhases(t.db, own, VOTING);
      expect(errorCode(await resident.client.request(SUPPORT, { id: other.id }))).toBe('PHASE_CLOSED');
      expect((await read(resident.client, other.id))!.viewerCanSupport).toBe(false);
    });

    it('lets only officials set the threshold', async () => {
      for (const who of [resident, moderator, otherOfficial]) {
        expect(errorCode(await who.client.request(THRESHOLD, { c: consultationId, t: 3 }))).toBe('FORBIDDEN');
      }
      const invalid = await official.client.request(THRESHOLD, { c: consultationId, t: 0 });
      expect(fieldErrors(invalid)).toEqual([expect.objectContaining({ field: 'threshold', code: 'INVALID' })]);
      const set = await official.client.data<{ setProposalSupportThreshold: { proposalSupportThreshold: number } }>(
        THRESHOLD,
        { c: consultationId, t: 3 },
      );
      expect(set.setProposalSupportThreshold.proposalSupportThreshold).toBe(3);
      await official.client.data(THRESHOLD, { c: consultationId, t: null });
      const read2 = await t
        .client()
        .data<{ consultation: { proposalSupportThreshold: number | null } }>(
          `query($id: ID!) { consultation(id: $id) { proposalSupportThreshold } }`,
          { id: consultationId },
        );
      expect(read2.consultation.proposalSupportThreshold).toBeNull();
    });

    it('moves a proposal to UNDER_REVIEW exactly once when parallel supports reach the threshold', async () => {
      const own = await consultation();
      await official.client.data(THRESHOLD, { c: own, t: 5 });
      const made = await submit(author.client, own);
      const supporters = await Promise.all(Array.from({ length: 20 }, () => registerUser(t.client())));
      const results = await Promise.all(supporters.map((s) => s.client.request(SUPPORT, { id: made.id })));
      expect(results.filter((r) => r.errors)).toEqual([]);

      const after = (await read(official.client, made.id))!;
      expect(after.supportCount).toBe(20);
      expect(after.status).toBe('UNDER_REVIEW');
      const automatic = after.history.filter((h) => h.automatic);
      expect(automatic).toEqual([
        { status: 'UNDER_REVIEW', previousStatus: 'SUBMITTED', reason: null, automatic: true, actor: null },
      ]);

      // Supports dropping below and rising again do not move it a second time.
      await Promise.all(supporters.map((s) => s.client.data(UNSUPPORT, { id: made.id })));
      await Promise.all(supporters.slice(0, 10).map((s) => s.client.data(SUPPORT, { id: made.id })));
      const again = (await read(official.client, made.id))!;
      expect(again.supportCount).toBe(10);
      expect(again.history.filter((h) => h.automatic)).toHaveLength(1);
      const [row] = await t.db.query(
        'SELECT count(*)::int AS n, (SELECT support_count FROM proposals WHERE id = $1) AS kept FROM proposal_supports WHERE proposal_id = $1',
        [made.id],
      );
      expect(row).toEqual({ n: 10, kept: 10 });
    });

    it('moves proposals already at a newly set threshold, and no others', async () => {
      const own = await consultation();
      const popular = await submit(author.client, own);
      const quiet = await submit(author.client, own);
      await resident.client.data(SUPPORT, { id: popular.id });
      await author.client.data(SUPPORT, { id: popular.id });
      await official.client.data(THRESHOLD, { c: own, t: 2 });
      expect((await read(resident.client, popular.id))!.status).toBe('UNDER_REVIEW');
      expect((await read(resident.client, quiet.id))!.status).toBe('SUBMITTED');
    });
  });

  describe('lists', () => {
    let listed: string;
    let ids: Record<string, string>;

    beforeAll(async () => {
      listed = await consultation();
      ids = {};
      const specs: [string, string, number][] = [
        ['Świetlica dla seniorów w Żółkiewce', 'SOCIAL_AID', 3],
        ['Nowy przystanek autobusowy', 'TRANSPORT', 1],
        ['Ścieżka rowerowa do szkoły', 'TRANSPORT', 2],
        ['Gabinet pielęgniarki w szkole', 'HEALTH', 0],
        ['Więcej koszy na śmieci', 'COMMUNAL', 2],
      ];
      const supporters = [resident, official, admin];
      for (const [title, serviceArea, supports] of specs) {
        const made = await submit(author.client, listed, { title, serviceArea });
        ids[title] = made.id;
        for (const who of supporters.slice(0, supports)) await who.client.data(SUPPORT, { id: made.id });
      }
      const gone = await submit(author.client, listed, { title: 'Wycofana propozycja' });
      await author.client.data(WITHDRAW, { id: gone.id });
      ids.withdrawn = gone.id;
    });

    it('sorts by supports (then newest) and by newest, leaving out withdrawn ones unless asked', async () => {
      const bySupports = await list(t.client(), { c: listed, sort: 'SUPPORTS' });
      expect(bySupports.nodes.map((n) => n.title)).toEqual([
        'Świetlica dla seniorów w Żółkiewce',
        'Więcej koszy na śmieci',
        'Ścieżka rowerowa do szkoły',
        'Nowy przystanek autobusowy',
        'Gabinet pielęgniarki w szkole',
      ]);
      expect(bySupports.totalCount).toBe(5);
      const newest = await list(t.client(), { c: listed });
      expect(newest.nodes.map((n) => n.number)).toEqual([5, 4, 3, 2, 1]);
      const withdrawn = await list(t.client(), { c: listed, status: 'WITHDRAWN' });
      expect(withdrawn.nodes.map((n) => n.id)).toEqual([ids.withdrawn]);
    });

    it('filters by status and service area', async () => {
      const transport = await list(t.client(), { c: listed, area: 'TRANSPORT' });
      expect(transport.nodes.map((n) => n.title).sort()).toEqual([
        'Nowy przystanek autobusowy',
        'Ścieżka rowerowa do szkoły',
      ]);
      expect(transport.totalCount).toBe(2);
      const submitted = await list(t.client(), { c: listed, status: 'SUBMITTED', area: 'HEALTH' });
      expect(submitted.nodes.map((n) => n.title)).toEqual(['Gabinet pielęgniarki w szkole']);
    });

    it.each(['SUPPORTS', 'NEWEST', 'RANDOM'])('pages through %s without duplicates or gaps', async (sort) => {
      const whole = await list(t.client(), { c: listed, sort, seed: 'abc', first: 50 });
      const paged = await allPages(t.client(), { c: listed, sort, seed: 'abc', first: 2 });
      expect(paged.map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
      expect(new Set(paged.map((n) => n.id)).size).toBe(5);
    });

    it('gives a stable random order per seed, and another order for another seed', async () => {
      const order = async (seed: string | null, client = t.client()) =>
        (await list(client, { c: listed, sort: 'RANDOM', seed })).nodes.map((n) => n.number).join(',');
      expect(await order('odwiedzajacy-1')).toBe(await order('odwiedzajacy-1'));
      const orders = new Set<string>();
      for (let i = 0; i < 8; i++) orders.add(await order(`ziarno-${i}`));
      expect(orders.size).toBeGreaterThan(1);
      // A logged-in viewer without a seed gets one from their account, the same every time.
      expect(await order(null, resident.client)).toBe(await order(null, resident.client));
      expect(await order(null, resident.client)).toBe(await order(resident.id));
    });

    it('searches titles and text without caring for Polish diacritics', async () => {
      const search = async (query: string) =>
        (await list(t.client(), { c: listed, search: query })).nodes.map((n) => n.title);
      expect(await search('zolkiewce')).toEqual(['Świetlica dla seniorów w Żółkiewce']);
      expect(await search('ŚWIETL')).toEqual(['Świetlica dla seniorów w Żółkiewce']);
      expect(await search('sciezka rower')).toEqual(['Ścieżka rowerowa do szkoły']);
      // Words match as prefixes (no stemming): "szkol" finds both "szkole" and "szkoły".
      expect((await search('SZKOŁ')).sort()).toEqual(['Gabinet pielęgniarki w szkole', 'Ścieżka rowerowa do szkoły']);
      expect(await search('propozycji')).toHaveLength(5);
      expect(await search('tramwaj')).toEqual([]);
      expect((await list(t.client(), { c: listed, search: 'szkol', sort: 'SUPPORTS' })).totalCount).toBe(2);
    });

    it('refuses pages over 50, cursors of another order, and hidden consultations', async () => {
      expect(errorCode(await t.client().request(LIST, { c: listed, first: 51 }))).toBe('BAD_USER_INPUT');
      const page = await list(t.client(), { c: listed, sort: 'NEWEST', first: 1 });
      const mixed = await t.client().request(LIST, { c: listed, sort: 'RANDOM', after: page.pageInfo.endCursor });
      expect(errorCode(mixed)).toBe('BAD_USER_INPUT');
      const draft = await consultation(OPEN, false);
      expect(errorCode(await t.client().request(LIST, { c: draft }))).toBe('NOT_FOUND');
    });
  });

  describe('discussion', () => {
    it('opens the thread on the first reply and keeps replies under the phase rules', async () => {
      const made = await submit(author.client, consultationId);
      const first = await resident.client.data<{ replyToProposal: { id: string; threadId: string; number: number } }>(
        REPLY_TO_PROPOSAL,
        { input: { proposalId: made.id, body: 'Popieram, ale co z kosztami?' } },
      );
      const threadId = first.replyToProposal.threadId;
      const second = await author.client.data<{ replyToProposal: { threadId: string; parentId: string } }>(
        REPLY_TO_PROPOSAL,
        { input: { proposalId: made.id, body: 'Koszty są w opisie.', parentId: first.replyToProposal.id } },
      );
      expect(second.replyToProposal).toMatchObject({ threadId, parentId: first.replyToProposal.id });
      expect((await read(t.client(), made.id))!.discussionThread).toEqual({ id: threadId });
      const thread = await t.db.query('SELECT subject_type, subject_id, post_count FROM forum_threads WHERE id = $1', [
        threadId,
      ]);
      expect(thread).toEqual([{ subject_type: 'PROPOSAL', subject_id: made.id, post_count: 3 }]);

      // The forum's own reply would skip the phase rules.
      const direct = await resident.client.request(REPLY, { input: { threadId, body: 'Obejście' } });
      expect(errorCode(direct)).toBe('CONFLICT');
      expect(
        errorCode(await t.client().request(REPLY_TO_PROPOSAL, { input: { proposalId: made.id, body: 'x' } })),
      ).toBe('UNAUTHENTICATED');

      const own = await consultation();
      const later = await submit(author.client, own);
      await setPhases(t.db, own, [{ kind: 'PROPOSALS', startsOn: warsawDay(-20), endsOn: warsawDay(-10) }]);
      const closed = await resident.client.request(REPLY_TO_PROPOSAL, {
        input: { proposalId: later.id, body: 'Za późno' },
      });
      expect(errorCode(closed)).toBe('PHASE_CLOSED');
    });

    it('opens one thread when two first replies come at once', async () => {
      const made = await submit(author.client, consultationId);
      const replies = await Promise.all(
        [resident, official, admin].map((who) =>
          who.client.data<{ replyToProposal: { threadId: string } }>(REPLY_TO_PROPOSAL, {
            input: { proposalId: made.id, body: 'Pierwszy!' },
          }),
        ),
      );
      expect(new Set(replies.map((r) => r.replyToProposal.threadId)).size).toBe(1);
      const threads = await t.db.query(
        `SELECT id FROM forum_threads WHERE subject_type = 'PROPOSAL' AND subject_id = $1`,
        [made.id],
      );
      expect(threads).toHaveLength(1);
    });
  });

  describe('attachments', () => {
    async function document(consultation: string, uploader: string): Promise<string> {
      const [{ id }] = await t.db.query(
        `INSERT INTO documents (municipality_id, consultation_id, title, file_name, mime_type, size_bytes, sha256, uploaded_by,
           kind)
         VALUES ($1, $2, 'Mapa', 'mapa.pdf', 'application/pdf', 10, $3, $4, 'PROPOSAL_ATTACHMENT') RETURNING id`,
        [gmina.id, consultation, 'a'.repeat(64), uploader],
      );
      return id;
    }

    it("attaches the author's own uploads for the consultation's proposals, and nobody else's", async () => {
      const mine = await document(consultationId, author.id);
      const mine2 = await document(consultationId, author.id);
      const made = await submit(author.client, consultationId, { documentIds: [mine2, mine, mine2] });
      expect(made.documents.map((d) => d.id)).toEqual([mine2, mine]);

      const theirs = await document(consultationId, resident.id);
      const elsewhereDoc = await document(await consultation(), author.id);
      for (const foreign of [theirs, elsewhereDoc, '00000000-0000-4000-8000-000000000000']) {
        const result = await trySubmit(author.client, consultationId, { documentIds: [mine, foreign] });
        expect(fieldErrors(result)).toEqual([{ field: 'documentIds', code: 'NOT_FOUND' }]);
      }
    });
  });

  describe('consultation figures', () => {
    it('counts proposals (withdrawn ones aside) in the content counts', async () => {
      const own = await consultation();
      await submit(author.client, own);
      const gone = await submit(author.client, own);
      await author.client.data(WITHDRAW, { id: gone.id });
      const counts = await t
        .client()
        .data<{ consultation: { contentCounts: { proposals: number } } }>(
          `query($id: ID!) { consultation(id: $id) { contentCounts { proposals } } }`,
          { id: own },
        );
      expect(counts.consultation.contentCounts.proposals).toBe(1);
    });
  });

  describe('report', () => {
    it('fills the proposals section and the proposal counts of the consultation report', async () => {
      const own = await consultation();
      const accepted = await submit(author.client, own);
      const rejected = await submit(resident.client, own);
      const gone = await submit(author.client, own);
      await resident.client.data(SUPPORT, { id: accepted.id });
      await official.client.data(SUPPORT, { id: accepted.id });
      await author.client.data(SUPPORT, { id: rejected.id });
      await official.client.data(REVIEW, { input: { id: accepted.id, status: 'ACCEPTED', answer: 'Tak.' } });
      await official.client.data(REVIEW, { input: { id: rejected.id, status: 'REJECTED', answer: 'Nie.' } });
      await author.client.data(WITHDRAW, { id: gone.id });
      await submit(author.client, own);
      // As if submitted during the proposals phase, which has ended since.
      await t.db.query(`UPDATE proposals SET created_at = now() - interval '3 days' WHERE consultation_id = $1`, [own]);
      await setPhases(t.db, own, [
        { kind: 'PROPOSALS', startsOn: warsawDay(-10), endsOn: warsawDay(-1) },
        { kind: 'REPORT', startsOn: warsawDay(0), endsOn: warsawDay(10) },
      ]);
      const report = await official.client.data<{
        generateConsultationReport: {
          proposals: Record<string, number>;
          totals: { proposals: number };
          phases: { kind: string; proposals: number }[];
        };
      }>(
        `mutation($c: ID!) { generateConsultationReport(consultationId: $c) {
           proposals { submitted supports awaiting underReview accepted rejected withdrawn implemented }
           totals { proposals } phases { kind proposals } } }`,
        { c: own },
      );
      expect(report.generateConsultationReport).toEqual({
        proposals: {
          submitted: 4,
          supports: 3,
          awaiting: 1,
          underReview: 0,
          accepted: 1,
          rejected: 1,
          withdrawn: 1,
          implemented: 0,
        },
        totals: { proposals: 4 },
        phases: [
          { kind: 'PROPOSALS', proposals: 4 },
          { kind: 'REPORT', proposals: 0 },
        ],
      });
    });
  });

  describe('live', () => {
    async function connect(room: string): Promise<ClientSocket> {
      const socket: ClientSocket = io(t.url, {
        path: SOCKET_PATH,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const ack = await socket.timeout(5000).emitWithAck('room.join', { room });
      expect(ack.ok).toBe(true);
      return socket;
    }

    async function until(predicate: () => boolean): Promise<void> {
      const deadline = Date.now() + 5000;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error('Timed out waiting for a live event');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    it('pushes submissions, supports, the threshold move and reviews to the consultation room, in sequence', async () => {
      const own = await consultation();
      await official.client.data(THRESHOLD, { c: own, t: 1 });
      const socket = await connect(`consultation:${own}`);
      const received: ConsultationEvent[] = [];
      socket.on('consultation.event', (event) => received.push(event));
      try {
        const made = await submit(author.client, own, { costEstimatePln: '250' });
        await resident.client.data(SUPPORT, { id: made.id });
        await official.client.data(REVIEW, { input: { id: made.id, status: 'ACCEPTED', answer: 'Przyjęte.' } });
        await until(() => received.length >= 4);
        expect(received.map((e) => e.kind)).toEqual([
          'proposal.submitted',
          'proposal.supportChanged',
          'proposal.updated',
          'proposal.updated',
        ]);
        expect(received[0]).toMatchObject({
          consultationId: own,
          proposal: {
            id: made.id,
            number: 1,
            status: 'SUBMITTED',
            costEstimatePln: '250.00',
            serviceAreaCode: 'TRANSPORT',
          },
        });
        expect(received[1]).toMatchObject({ proposalId: made.id, supportCount: 1 });
        expect(received[2]).toMatchObject({ proposal: { status: 'UNDER_REVIEW', supportCount: 1 } });
        expect(received[3]).toMatchObject({
          proposal: { status: 'ACCEPTED', officialAnswerHtml: expect.stringContaining('Przyjęte.') },
        });
        const seqs = received.map((e) => e.seq);
        expect(seqs).toEqual(seqs.map((_, i) => seqs[0] + i));
      } finally {
        socket.close();
      }
    });
  });

  describe('performance', () => {
    it('reads a page of 5 and a page of 30 proposals with the same number of statements', async () => {
      const own = await consultation();
      for (let i = 0; i < 30; i++) {
        const made = await submit(author.client, own, { serviceArea: i % 2 ? 'HEALTH' : 'TRANSPORT' });
        if (i % 3 === 0) await resident.client.data(SUPPORT, { id: made.id });
        if (i % 4 === 0) await official.client.data(REVIEW, { input: { id: made.id, status: 'UNDER_REVIEW' } });
      }
      const query = `query($c: ID!, $first: Int) {
        proposals(consultationId: $c, first: $first, sort: SUPPORTS) {
          nodes { ${PROPOSAL_FIELDS} consultation { id title } }
          totalCount pageInfo { hasNextPage }
        }
      }`;
      const page = async (first: number) => {
        let nodes = 0;
        const counted = await countStatements(t.db, async () => {
          const data = await resident.client.data<{ proposals: { nodes: unknown[] } }>(query, { c: own, first });
          nodes = data.proposals.nodes.length;
        });
        expect(nodes).toBe(first);
        return counted.count;
      };
      // Jobs sent by the writes above (notifications of the reviews) may run while a page is counted and add their
      // own statements; the fewest of three readings is the page's own count. An N+1 adds one per proposal each time.
      const fewest = async (first: number) => Math.min(await page(first), await page(first), await page(first));
      const small = await fewest(5);
      const large = await fewest(30);
      expect(large).toBe(small);
      expect(small).toBeLessThan(20);
    });
  });
});

describe('demo proposals', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t?.close());

  it('fill the demo consultation across service areas, with supports, an acceptance and a rejection, once', async () => {
    const all = async () =>
      (
        await t.client().data<{
          proposals: {
            totalCount: number;
            nodes: {
              title: string;
              status: string;
              supportCount: number;
              officialAnswerHtml: string | null;
              serviceArea: { code: string };
              author: { displayName: string };
              history: { status: string; reason: string | null }[];
            }[];
          };
        }>(
          `query($c: ID!) { proposals(consultationId: $c, first: 50, sort: SUPPORTS) { totalCount nodes {
             title status supportCount officialAnswerHtml serviceArea { code } author { displayName }
             history { status reason } } } }`,
          { c: DEMO_CONSULTATION_ID },
        )
      ).proposals;
    const seeded = await all();
    expect(seeded.totalCount).toBe(DEMO_PROPOSALS.length);
    expect(new Set(seeded.nodes.map((n) => n.serviceArea.code)).size).toBeGreaterThanOrEqual(5);
    expect(seeded.nodes.some((n) => n.author.displayName === 'Fundacja Dialog')).toBe(true);
    expect(seeded.nodes.reduce((sum, n) => sum + n.supportCount, 0)).toBeGreaterThan(5);
    const accepted = seeded.nodes.filter((n) => n.status === 'ACCEPTED');
    const rejected = seeded.nodes.filter((n) => n.status === 'REJECTED');
    expect(accepted).toHaveLength(1);
    expect(accepted[0].officialAnswerHtml).toContain('przyjmuje');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].history.at(-1)?.reason).toContain('budżet');

    await t.app.get(SeedService).seed();
    expect(await all()).toEqual(seeded);
  });
});
