import { io, type Socket } from 'socket.io-client';
import {
  consultationStage,
  ErrorCode,
  FieldErrorCode,
  SOCKET_PATH,
  type ClientToServerEvents,
  type ConsultationEvent,
  type ServerToClientEvents,
} from '@ratusz/shared';
import { Clock } from '../src/consultations/clock.js';
import { ConsultationPhaseRepository } from '../src/consultations/repositories/consultation-phase.repository.js';
import { ConsultationRepository } from '../src/consultations/repositories/consultation.repository.js';
import { ConsultationTimelineService } from '../src/consultations/services/consultation-timeline.service.js';
import { PhaseRulesService } from '../src/consultations/services/phase-rules.service.js';
import { PhaseClosedError } from '../src/consultations/services/phase-closed.error.js';
import {
  CONSULTATION_FIELDS,
  consecutivePhases,
  consultationInput,
  ensureServiceAreas,
  createConsultation,
  createPublishedConsultation,
  publishConsultation,
  type ConsultationView,
} from './support/consultation-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const GET = `query($id: ID!) { consultation(id: $id) { ${CONSULTATION_FIELDS} discussionThread { id subjectType subjectId } } }`;
const UPDATE = `mutation($input: UpdateConsultationInput!) { updateConsultation(input: $input) { ${CONSULTATION_FIELDS} } }`;
const SET_PHASES = `mutation($input: SetConsultationPhasesInput!) { setConsultationPhases(input: $input) { ${CONSULTATION_FIELDS} } }`;
const ADVANCE = `mutation($id: ID!) { advanceConsultationPhase(id: $id) { ${CONSULTATION_FIELDS} } }`;
const FOLLOW = `mutation($id: ID!) { followConsultation(id: $id) { viewerFollows followerCount } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowConsultation(id: $id) { viewerFollows followerCount } }`;
const LIST = `query($m: ID, $children: Boolean, $area: ServiceAreaCode, $phase: ConsultationPhaseKind, $first: Int) {
  consultations(municipalityId: $m, includeChildren: $children, serviceArea: $area, phase: $phase, first: $first) {
    nodes { id } pageInfo { hasNextPage endCursor } } }`;
const EVENTS = `query($id: ID!, $after: Int!) { consultationEvents(consultationId: $id, afterSeq: $after) { seq kind payload } }`;

describe('consultations', () => {
  let t: TestApp;
  let now: Date;
  let powiat: { id: string };
  let gmina: { id: string };
  let elsewhere: { id: string };
  let official: RegisteredUser;
  let otherOfficial: RegisteredUser;
  let resident: RegisteredUser;

  const at = (iso: string) => {
    now = new Date(iso);
  };

  async function get(client: GraphQLClient, id: string) {
    return (
      await client.data<{
        consultation:
          | (ConsultationView & { discussionThread: { id: string; subjectType: string; subjectId: string } | null })
          | null;
      }>(GET, { id })
    ).consultation;
  }

  async function list(client: GraphQLClient, variables: Record<string, unknown>): Promise<string[]> {
    const data = await client.data<{ consultations: { nodes: { id: string }[] } }>(LIST, { first: 100, ...variables });
    return data.consultations.nodes.map((n) => n.id);
  }

  beforeAll(async () => {
    t = await startTestApp();
    // The one clock the consultation rules read: tests stand wherever in time they need.
    t.app.get(Clock).now = () => now;
    at('2026-03-10T12:00:00Z');
    await ensureServiceAreas(t.db);
    powiat = await createMunicipality(t.db, { name: 'Powiat testowy', kind: 'COUNTY' });
    gmina = await createMunicipality(t.db, { name: 'Gmina testowa', parentId: powiat.id });
    elsewhere = await createMunicipality(t.db, { name: 'Gdzie indziej' });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Powiatu' });
    otherOfficial = await registerUser(t.client(), { displayName: 'Urzędnik Gdzie Indziej' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkaniec Testowy' });
    await grantRole(t.db, official.id, powiat.id, 'OFFICIAL');
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    await grantRole(t.db, otherOfficial.id, elsewhere.id, 'OFFICIAL');
  });
  afterAll(() => t.close());

  beforeEach(() => at('2026-03-10T12:00:00Z'));

  describe('creating, editing and publishing', () => {
    it('lets only officials of the municipality create, as a draft only they see', async () => {
      const input = consultationInput(powiat.id);
      const asResident = await resident.client.request(
        `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
        { input },
      );
      expect(errorCode(asResident)).toBe(ErrorCode.FORBIDDEN);
      const asOther = await otherOfficial.client.request(
        `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
        { input },
      );
      expect(errorCode(asOther)).toBe(ErrorCode.FORBIDDEN);
      const anonymous = await t
        .client()
        .request(`mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`, { input });
      expect(errorCode(anonymous)).toBe(ErrorCode.UNAUTHENTICATED);

      const created = await createConsultation(official.client, powiat.id, { serviceAreas: ['TRANSPORT', 'HEALTH'] });
      expect(created).toMatchObject({
        status: 'DRAFT',
        currentPhase: 'DRAFT',
        allowedActions: [],
        viewerCanManage: true,
        organiser: { id: official.id },
        municipality: { id: powiat.id },
      });
      expect(created.summaryHtml).toContain('<strong>komunikację</strong>');
      expect(created.serviceAreas.map((a) => a.code).sort()).toEqual(['HEALTH', 'TRANSPORT']);
      expect(created.phases.map((p) => [p.kind, p.position])).toEqual([
        ['DIAGNOSIS', 0],
        ['PROPOSALS', 1],
        ['VOTING', 2],
        ['REPORT', 3],
      ]);
      expect(await get(resident.client, created.id)).toBeNull();
      expect(await get(t.client(), created.id)).toBeNull();
      expect(await list(resident.client, { m: powiat.id })).not.toContain(created.id);
      expect(await list(official.client, { m: powiat.id })).toContain(created.id);
    });

    it('refuses a slug already used in the municipality, and needs a service area', async () => {
      const first = await createConsultation(official.client, powiat.id);
      const taken = await official.client.request(
        `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
        { input: consultationInput(powiat.id, { slug: first.slug }) },
      );
      expect(taken.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'slug', code: FieldErrorCode.SLUG_TAKEN }]);
      const noArea = await official.client.request(
        `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { id } }`,
        { input: consultationInput(powiat.id, { serviceAreas: [] }) },
      );
      expect(noArea.errors?.[0].extensions?.fieldErrors?.[0]).toMatchObject({
        field: 'serviceAreas',
        code: 'REQUIRED',
      });
      // The same slug in another municipality is fine.
      await createConsultation(official.client, gmina.id, { slug: first.slug });
    });

    it('lets officials of the municipality edit, nobody else', async () => {
      const created = await createPublishedConsultation(official.client, powiat.id);
      const input = { id: created.id, title: 'Nowy tytuł', goal: 'Cel _nowy_' };
      expect(errorCode(await resident.client.request(UPDATE, { input }))).toBe(ErrorCode.FORBIDDEN);
      expect(errorCode(await otherOfficial.client.request(UPDATE, { input }))).toBe(ErrorCode.FORBIDDEN);
      const updated = (await official.client.data<{ updateConsultation: ConsultationView }>(UPDATE, { input }))
        .updateConsultation;
      expect(updated.title).toBe('Nowy tytuł');
      expect(updated.goalHtml).toContain('<em>nowy</em>');
    });

    it('publishes with a discussion thread about the consultation, visible to everyone', async () => {
      const created = await createConsultation(official.client, powiat.id);
      expect(
        errorCode(
          await resident.client.request(`mutation($id: ID!) { publishConsultation(id: $id) { id } }`, {
            id: created.id,
          }),
        ),
      ).toBe(ErrorCode.NOT_FOUND);
      const published = await publishConsultation(official.client, created.id);
      expect(published).toMatchObject({ status: 'PUBLISHED', currentPhase: 'DIAGNOSIS' });
      const seen = await get(resident.client, created.id);
      expect(seen?.viewerCanManage).toBe(false);
      expect(seen?.allowedActions).toEqual(expect.arrayContaining(['DISCUSS', 'SUGGEST_TREE_NODE']));
      expect(seen?.discussionThread).toMatchObject({ subjectType: 'CONSULTATION', subjectId: created.id });
      // Publishing again changes nothing and opens no second thread.
      await publishConsultation(official.client, created.id);
      const [{ count }]: { count: number }[] = await t.db.query(
        `SELECT count(*)::int AS count FROM forum_threads WHERE subject_id = $1`,
        [created.id],
      );
      expect(count).toBe(1);
    });

    it('refuses to publish without phases', async () => {
      const created = await createConsultation(official.client, powiat.id, { phases: [] });
      const result = await official.client.request(`mutation($id: ID!) { publishConsultation(id: $id) { id } }`, {
        id: created.id,
      });
      expect(result.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'phases', code: 'REQUIRED' }]);
    });
  });

  describe('the timeline', () => {
    it('names the phase of each problem: out of order, overlapping, ending before it starts, twice', async () => {
      const created = await createConsultation(official.client, powiat.id);
      const result = await official.client.request(SET_PHASES, {
        input: {
          id: created.id,
          phases: [
            { kind: 'DIAGNOSIS', startsOn: '2026-03-01', endsOn: '2026-03-20' },
            { kind: 'PROPOSALS', startsOn: '2026-03-15', endsOn: '2026-03-30' },
            { kind: 'VOTING', startsOn: '2026-04-10', endsOn: '2026-04-05' },
            { kind: 'VOTING', startsOn: '2026-05-01', endsOn: '2026-05-02' },
          ],
        },
      });
      expect(errorCode(result)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(result.errors?.[0].extensions?.fieldErrors).toEqual([
        { field: 'phases[1].startsOn', code: 'OVERLAPS', params: { phase: 'PROPOSALS', previous: 'DIAGNOSIS' } },
        { field: 'phases[2].endsOn', code: 'BEFORE_START', params: { phase: 'VOTING' } },
        { field: 'phases[3].kind', code: 'DUPLICATE', params: { phase: 'VOTING' } },
      ]);
      const draftPhase = await official.client.request(SET_PHASES, {
        input: { id: created.id, phases: [{ kind: 'DRAFT', startsOn: '2026-03-01', endsOn: '2026-03-02' }] },
      });
      expect(errorCode(draftPhase)).toBe(ErrorCode.BAD_USER_INPUT);
    });

    it('reorders and re-dates phases, keeping the ids of those kept', async () => {
      const created = await createConsultation(official.client, powiat.id);
      const [before] = await t.app.get(ConsultationPhaseRepository).byConsultationIds([created.id]);
      const phases = consecutivePhases('2026-03-01', [
        ['PROPOSALS', 10],
        ['DIAGNOSIS', 10],
        ['VOTING', 5],
      ]);
      const updated = (
        await official.client.data<{ setConsultationPhases: ConsultationView }>(SET_PHASES, {
          input: { id: created.id, phases },
        })
      ).setConsultationPhases;
      expect(updated.phases.map((p) => p.kind)).toEqual(['PROPOSALS', 'DIAGNOSIS', 'VOTING']);
      const [after] = await t.app.get(ConsultationPhaseRepository).byConsultationIds([created.id]);
      expect(after.find((p) => p.kind === 'DIAGNOSIS')?.id).toBe(before.find((p) => p.kind === 'DIAGNOSIS')?.id);
    });

    it('refuses to change phases of a published consultation that already ended', async () => {
      const created = await createPublishedConsultation(official.client, powiat.id);
      at('2026-04-01T10:00:00Z'); // DIAGNOSIS (1–28 March) has ended.
      const phases = created.phases.map(({ kind, startsOn, endsOn }) => ({ kind, startsOn, endsOn }));
      const moved = await official.client.request(SET_PHASES, {
        input: { id: created.id, phases: [{ ...phases[0], endsOn: '2026-03-27' }, ...phases.slice(1)] },
      });
      expect(errorCode(moved)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(moved.errors?.[0].extensions?.fieldErrors).toEqual([
        { field: 'phases[0]', code: FieldErrorCode.PHASE_ENDED, params: { phase: 'DIAGNOSIS', endedOn: '2026-03-28' } },
      ]);
      const dropped = await official.client.request(SET_PHASES, { input: { id: created.id, phases: phases.slice(1) } });
      expect(dropped.errors?.[0].extensions?.fieldErrors?.[0]).toMatchObject({ code: 'PHASE_ENDED' });
      // Later phases may still move.
      const later = [
        ...phases.slice(0, 2),
        { ...phases[2], endsOn: '2026-05-01' },
        { kind: 'REPORT', startsOn: '2026-05-02', endsOn: '2026-05-20' },
      ];
      const ok = await official.client.data<{ setConsultationPhases: ConsultationView }>(SET_PHASES, {
        input: { id: created.id, phases: later },
      });
      expect(ok.setConsultationPhases.phases[2].endsOn).toBe('2026-05-01');
    });

    it('follows the dates in Europe/Warsaw, switching at local midnight (here the night of the DST change)', async () => {
      // DIAGNOSIS 1–28 March, PROPOSALS from 29 March: the clocks go forward that night.
      const created = await createPublishedConsultation(official.client, powiat.id);
      at('2026-03-28T22:59:59Z'); // 23:59:59 CET on 28 March
      let seen = await get(resident.client, created.id);
      expect(seen?.currentPhase).toBe('DIAGNOSIS');
      expect(seen?.phases.filter((p) => p.isCurrent).map((p) => p.kind)).toEqual(['DIAGNOSIS']);
      at('2026-03-28T23:00:00Z'); // 00:00 CET on 29 March
      seen = await get(resident.client, created.id);
      expect(seen?.currentPhase).toBe('PROPOSALS');
      expect(seen?.allowedActions).toContain('SUBMIT_PROPOSAL');
      expect(seen?.phases.filter((p) => p.isCurrent).map((p) => p.kind)).toEqual(['PROPOSALS']);
      at('2026-05-23T22:00:00Z'); // 24 May, after REPORT ended on 23 May
      expect((await get(resident.client, created.id))?.currentPhase).toBe('CLOSED');
    });

    it('computes the same stage in SQL (list filter) as the shared rule, day by day', async () => {
      const created = await createPublishedConsultation(official.client, powiat.id, {
        phases: [
          { kind: 'DIAGNOSIS', startsOn: '2026-03-01', endsOn: '2026-03-05' },
          { kind: 'VOTING', startsOn: '2026-03-08', endsOn: '2026-03-09' },
        ],
      });
      const repository = t.app.get(ConsultationRepository);
      const timeline = await t.app.get(PhaseRulesService).timeline(created.id);
      for (const day of [
        '2026-02-28',
        '2026-03-01',
        '2026-03-05',
        '2026-03-06',
        '2026-03-08',
        '2026-03-09',
        '2026-03-10',
      ]) {
        const expected = consultationStage(timeline.consultation, timeline.phases, new Date(`${day}T12:00:00+01:00`));
        expect({ day, stage: (await repository.stageOn(created.id, day))?.stage }).toEqual({ day, stage: expected });
      }
    });

    it('lets the organiser move on early: the next phase starts now', async () => {
      const created = await createPublishedConsultation(official.client, powiat.id);
      expect(errorCode(await resident.client.request(ADVANCE, { id: created.id }))).toBe(ErrorCode.FORBIDDEN);
      const advanced = (
        await official.client.data<{ advanceConsultationPhase: ConsultationView }>(ADVANCE, { id: created.id })
      ).advanceConsultationPhase;
      expect(advanced.currentPhase).toBe('PROPOSALS');
      expect(advanced.allowedActions).toContain('SUBMIT_PROPOSAL');
      expect(advanced.phases.find((p) => p.kind === 'PROPOSALS')).toMatchObject({
        isCurrent: true,
        startsOn: '2026-03-29',
      });
      expect(await list(resident.client, { m: powiat.id, phase: 'PROPOSALS' })).toContain(created.id);
      // Once the planned dates of the later phase come, they rule again.
      at('2026-04-13T10:00:00Z');
      expect((await get(resident.client, created.id))?.currentPhase).toBe('VOTING');
      // The last phase has no next one.
      at('2026-05-10T10:00:00Z');
      const last = await official.client.request(ADVANCE, { id: created.id });
      expect(errorCode(last)).toBe(ErrorCode.CONFLICT);
    });

    it('answers an action outside its phase with PHASE_CLOSED naming the phase (and day) it opens in', async () => {
      const created = await createPublishedConsultation(official.client, powiat.id);
      const rules = t.app.get(PhaseRulesService);
      const error = await rules.require(created.id, 'VOTE').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PhaseClosedError);
      expect((error as PhaseClosedError).extensions).toMatchObject({
        code: ErrorCode.PHASE_CLOSED,
        action: 'VOTE',
        phase: 'DIAGNOSIS',
        opensIn: 'VOTING',
        opensOn: '2026-04-12',
      });
      expect((error as PhaseClosedError).message).toBe(
        'VOTE is not possible in the DIAGNOSIS phase; it opens in the VOTING phase on 2026-04-12.',
      );
      await expect(rules.require(created.id, 'DISCUSS')).resolves.toMatchObject({ consultation: { id: created.id } });
      at('2026-04-20T10:00:00Z');
      await expect(rules.require(created.id, 'SUBMIT_PROPOSAL')).rejects.toMatchObject({
        extensions: { phase: 'VOTING', opensIn: null, opensOn: null },
      });
    });
  });

  describe('lists', () => {
    it('by municipality (a powiat with its gminas), service area and phase', async () => {
      const county = await createMunicipality(t.db, { name: 'Powiat listowy', kind: 'COUNTY' });
      const child = await createMunicipality(t.db, { name: 'Gmina listowa', parentId: county.id });
      await grantRole(t.db, official.id, county.id, 'OFFICIAL');
      await grantRole(t.db, official.id, child.id, 'OFFICIAL');
      const inCounty = await createPublishedConsultation(official.client, county.id, { serviceAreas: ['HEALTH'] });
      const inGmina = await createPublishedConsultation(official.client, child.id, {
        serviceAreas: ['EDUCATION'],
        phases: consecutivePhases('2026-03-05', [['PROPOSALS', 30]]),
      });
      const reader = resident.client;
      expect(await list(reader, { m: county.id })).toEqual([inGmina.id, inCounty.id]);
      expect(await list(reader, { m: county.id, children: false })).toEqual([inCounty.id]);
      expect(await list(reader, { m: child.id })).toEqual([inGmina.id]);
      expect(await list(reader, { m: county.id, area: 'HEALTH' })).toEqual([inCounty.id]);
      expect(await list(reader, { m: county.id, phase: 'PROPOSALS' })).toEqual([inGmina.id]);
      expect(await list(reader, { m: county.id, phase: 'DIAGNOSIS' })).toEqual([inCounty.id]);

      const page = await reader.data<{
        consultations: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      }>(
        `query($m: ID!) { consultations(municipalityId: $m, first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { m: county.id },
      );
      expect(page.consultations.nodes.map((n) => n.id)).toEqual([inGmina.id]);
      expect(page.consultations.pageInfo.hasNextPage).toBe(true);
      const next = await reader.data<{ consultations: { nodes: { id: string }[] } }>(
        `query($m: ID!, $after: String) { consultations(municipalityId: $m, first: 1, after: $after) { nodes { id } } }`,
        { m: county.id, after: page.consultations.pageInfo.endCursor },
      );
      expect(next.consultations.nodes.map((n) => n.id)).toEqual([inCounty.id]);
    });

    it('costs the same number of SQL statements for a page of 2 as for a page of 6', async () => {
      const county = await createMunicipality(t.db, { name: 'Powiat liczony', kind: 'COUNTY' });
      await grantRole(t.db, official.id, county.id, 'OFFICIAL');
      for (let i = 0; i < 6; i++) await createPublishedConsultation(official.client, county.id);
      await resident.client.data(FOLLOW, { id: (await list(resident.client, { m: county.id }))[0] });
      const PAGE = `query($m: ID!, $first: Int!) { consultations(municipalityId: $m, first: $first) {
        nodes { ${CONSULTATION_FIELDS} discussionThread { id } } } }`;
      const small = await countStatements(t.db, () => resident.client.data(PAGE, { m: county.id, first: 2 }));
      const large = await countStatements(t.db, () => resident.client.data(PAGE, { m: county.id, first: 6 }));
      expect(large.count).toBe(small.count);
      // Session, viewer roles, page, municipalities, users, service areas, phases, followers, own follows, threads.
      expect(small.count).toBeLessThanOrEqual(11);
    });
  });

  describe('following', () => {
    it('stores follows for logged-in people', async () => {
      const created = await createPublishedConsultation(official.client, powiat.id);
      expect(errorCode(await t.client().request(FOLLOW, { id: created.id }))).toBe(ErrorCode.UNAUTHENTICATED);
      expect(
        (await resident.client.data<{ followConsultation: unknown }>(FOLLOW, { id: created.id })).followConsultation,
      ).toEqual({
        viewerFollows: true,
        followerCount: 1,
      });
      await resident.client.data(FOLLOW, { id: created.id });
      expect((await get(official.client, created.id))?.followerCount).toBe(1);
      expect(
        (await resident.client.data<{ unfollowConsultation: unknown }>(UNFOLLOW, { id: created.id }))
          .unfollowConsultation,
      ).toEqual({
        viewerFollows: false,
        followerCount: 0,
      });
      const draft = await createConsultation(official.client, powiat.id);
      expect(errorCode(await resident.client.request(FOLLOW, { id: draft.id }))).toBe(ErrorCode.NOT_FOUND);
    });
  });

  describe('live', () => {
    async function joinRoom(id: string, events: ConsultationEvent[]): Promise<ClientSocket> {
      const socket: ClientSocket = io(t.url, {
        path: SOCKET_PATH,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      socket.on('consultation.event', (event) => events.push(event));
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const ack = await socket.timeout(5000).emitWithAck('room.join', { room: `consultation:${id}` });
      expect(ack).toEqual({ ok: true });
      return socket;
    }

    async function until(predicate: () => boolean): Promise<void> {
      const deadline = Date.now() + 5000;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error('Timed out waiting for a live event');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    it('pushes phase changes to the consultation room and replays missed ones', async () => {
      const created = await createPublishedConsultation(official.client, powiat.id);
      const events: ConsultationEvent[] = [];
      const socket = await joinRoom(created.id, events);

      await official.client.data(ADVANCE, { id: created.id });
      await until(() => events.some((e) => e.kind === 'consultation.phaseChanged'));
      const changed = events.find((e) => e.kind === 'consultation.phaseChanged');
      expect(changed).toMatchObject({
        phase: 'PROPOSALS',
        previousPhase: 'DIAGNOSIS',
        advancedEarly: true,
        consultationId: created.id,
      });
      const lastSeen = changed!.seq;
      socket.disconnect();

      // While away: the calendar reaches VOTING, announced once however often the job runs.
      at('2026-04-13T10:00:00Z');
      const timeline = t.app.get(ConsultationTimelineService);
      await timeline.emitDuePhaseChanges(now);
      await timeline.emitDuePhaseChanges(now);

      const missed = (
        await resident.client.data<{ consultationEvents: { seq: number; kind: string; payload: string }[] }>(EVENTS, {
          id: created.id,
          after: lastSeen,
        })
      ).consultationEvents;
      expect(missed.map((e) => e.kind)).toEqual(['consultation.phaseChanged']);
      expect(missed[0].seq).toBe(lastSeen + 1);
      expect(JSON.parse(missed[0].payload)).toMatchObject({
        phase: 'VOTING',
        previousPhase: 'PROPOSALS',
        advancedEarly: false,
      });
    });

    it('pushes date-driven changes to those in the room, and edits as consultation.updated', async () => {
      const created = await createPublishedConsultation(official.client, powiat.id);
      const events: ConsultationEvent[] = [];
      const socket = await joinRoom(created.id, events);
      at('2026-03-29T08:00:00Z');
      await t.app.get(ConsultationTimelineService).emitDuePhaseChanges(now);
      await official.client.data(UPDATE, { input: { id: created.id, title: 'Tytuł na żywo' } });
      await until(() => events.length >= 2);
      expect(events.map((e) => e.kind)).toEqual(['consultation.phaseChanged', 'consultation.updated']);
      expect(events[1]).toMatchObject({ consultation: { title: 'Tytuł na żywo' } });
      expect(events[1].seq).toBe(events[0].seq + 1);
      socket.disconnect();
    });

    it('keeps drafts off the public room and their events from strangers', async () => {
      const draft = await createConsultation(official.client, powiat.id);
      const events: ConsultationEvent[] = [];
      const socket = await joinRoom(draft.id, events);
      await official.client.data(UPDATE, { input: { id: draft.id, title: 'Tajny szkic' } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(events).toEqual([]);
      expect(errorCode(await resident.client.request(EVENTS, { id: draft.id, after: 0 }))).toBe(ErrorCode.NOT_FOUND);
      socket.disconnect();
    });
  });
});
