import { errorCode, type GraphQLResponse } from './support/graphql-client.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { ensureServiceAreas } from './support/consultation-factories.js';
import { createCategory, reply } from './support/forum-factories.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const NETWORK_FIELDS = `id name kind serviceAreaCode municipalityKind note memberCount viewerCanManage
  viewerCanManageCoordinators
  members { position municipality { id name } }
  coordinators { user { id displayName } }
  meetingPlan { id number date status host { id name } agendaHtml minutesHtml attendance { id name } }`;

const CREATE_NETWORK = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { ${NETWORK_FIELDS} } }`;
const ADD_MEMBER = `mutation($n: ID!, $m: ID!) { addNetworkMember(networkId: $n, municipalityId: $m) { ${NETWORK_FIELDS} } }`;
const REMOVE_MEMBER = `mutation($n: ID!, $m: ID!) { removeNetworkMember(networkId: $n, municipalityId: $m) { ${NETWORK_FIELDS} } }`;
const ADD_COORDINATOR = `mutation($n: ID!, $u: ID!) { addNetworkCoordinator(networkId: $n, userId: $u) { ${NETWORK_FIELDS} } }`;
const REMOVE_COORDINATOR = `mutation($n: ID!, $u: ID!) { removeNetworkCoordinator(networkId: $n, userId: $u) { id } }`;
const NETWORK = `query($id: ID!) { network(id: $id) { ${NETWORK_FIELDS} } }`;
const NETWORKS = `query($first: Int, $after: String, $kind: NetworkKind, $area: ServiceAreaCode, $m: ID) {
  networks(first: $first, after: $after, kind: $kind, serviceAreaCode: $area, municipalityId: $m) {
    nodes { id name } pageInfo { hasNextPage endCursor }
  }
}`;
const MEETING_FIELDS = `id number date status host { id name } agendaSource agendaHtml minutesHtml attendance { id } viewerCanManage`;
const GENERATE = `mutation($input: GenerateMeetingPlanInput!) { generateMeetingPlan(input: $input) { ${MEETING_FIELDS} } }`;
const UPDATE_MEETING = `mutation($input: UpdateNetworkMeetingInput!) { updateNetworkMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const CANCEL_MEETING = `mutation($id: ID!) { cancelNetworkMeeting(id: $id) { ${MEETING_FIELDS} } }`;
const ATTENDANCE = `mutation($input: NetworkMeetingAttendanceInput!) { setNetworkMeetingAttendance(input: $input) { ${MEETING_FIELDS} } }`;
const MINUTES = `mutation($input: NetworkMeetingMinutesInput!) { setNetworkMeetingMinutes(input: $input) { ${MEETING_FIELDS} } }`;
const CREATE_PRACTICE = `mutation($input: CreateGoodPracticeInput!) {
  createGoodPractice(input: $input) {
    id title problemHtml solutionHtml resultsHtml costGrosze contact serviceAreaCode threadId
    municipality { id } network { id } reportCount
  }
}`;
const PRACTICES = `query($q: String, $first: Int, $after: String, $area: ServiceAreaCode, $n: ID) {
  goodPractices(query: $q, first: $first, after: $after, serviceAreaCode: $area, networkId: $n) {
    nodes { id title } pageInfo { hasNextPage endCursor }
  }
}`;
const REPORT = `mutation($input: ReportPracticeTriedInput!) {
  reportGoodPracticeTried(input: $input) { id outcome triedOn municipality { id name } }
}`;
const PRACTICE = `query($id: ID!) { goodPractice(id: $id) { id reportCount reports { outcome triedOn municipality { name } } } }`;

interface TestMeeting {
  id: string;
  number: number;
  date: string;
  status: string;
  host: { id: string; name: string };
  agendaSource: string;
  agendaHtml: string;
  minutesHtml: string | null;
  attendance: { id: string }[];
  viewerCanManage: boolean;
}
interface TestNetwork {
  id: string;
  memberCount: number;
  viewerCanManage: boolean;
  viewerCanManageCoordinators: boolean;
  members: { position: number; municipality: { id: string; name: string } }[];
  coordinators: { user: { id: string } }[];
  meetingPlan: { id: string; date: string; host: { name: string } }[];
}

function fieldErrors(result: GraphQLResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.fieldErrors;
}

describe('networks of municipalities', () => {
  let t: TestApp;
  let admin: RegisteredUser;
  let coordinator: RegisteredUser;
  let official: RegisteredUser;
  let otherOfficial: RegisteredUser;
  let resident: RegisteredUser;
  const gminas: Record<'ropa' | 'luzna' | 'sekowa' | 'pilica', { id: string }> = {} as never;
  let group: TestNetwork;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureServiceAreas(t.db);
    gminas.ropa = await createMunicipality(t.db, { name: 'Ropa' });
    gminas.luzna = await createMunicipality(t.db, { name: 'Łużna' });
    gminas.sekowa = await createMunicipality(t.db, { name: 'Sękowa' });
    gminas.pilica = await createMunicipality(t.db, { name: 'Pilica', kind: 'URBAN_RURAL_GMINA' });
    admin = await registerUser(t.client(), { displayName: 'Administrator' });
    coordinator = await registerUser(t.client(), { displayName: 'Koordynatorka Grupy' });
    official = await registerUser(t.client(), { displayName: 'Urzędnik Łużnej' });
    otherOfficial = await registerUser(t.client(), { displayName: 'Urzędniczka Pilicy' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkanka' });
    await makeAdmin(t.db, admin.id);
    await grantRole(t.db, official.id, gminas.luzna.id, 'OFFICIAL');
    await grantRole(t.db, otherOfficial.id, gminas.pilica.id, 'OFFICIAL');
    // Good practices open their discussion in a category: a global one when the network has none.
    await createCategory(t.db, { slug: 'dobre-praktyki' });
  });
  afterAll(() => t.close());

  describe('networks, members and coordinators', () => {
    it('lets administrators alone create networks', async () => {
      const input = {
        name: 'Grupa Wymiany Doświadczeń: oświata',
        kind: 'EXCHANGE_GROUP',
        serviceAreaCode: 'EDUCATION',
        municipalityKind: 'RURAL_GMINA',
      };
      for (const who of [coordinator, official, resident]) {
        expect(errorCode(await who.client.request(CREATE_NETWORK, { input }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await t.client().request(CREATE_NETWORK, { input }))).toBe('UNAUTHENTICATED');
      group = (await admin.client.data<{ createNetwork: TestNetwork }>(CREATE_NETWORK, { input })).createNetwork;
      expect(group).toMatchObject({
        kind: 'EXCHANGE_GROUP',
        serviceAreaCode: 'EDUCATION',
        municipalityKind: 'RURAL_GMINA',
        memberCount: 0,
        viewerCanManage: true,
        viewerCanManageCoordinators: true,
      });
      const again = await admin.client.request(CREATE_NETWORK, { input });
      expect(errorCode(again)).toBe('CONFLICT');
      expect(fieldErrors(again)).toEqual([{ field: 'name', code: 'DUPLICATE' }]);
      const bad = await admin.client.request(CREATE_NETWORK, { input: { ...input, name: 'X', kind: 'CLUB' } });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    });

    it('lets administrators name coordinators, who then manage members (nobody else does)', async () => {
      const notUser = '00000000-0000-4000-8000-000000000000';
      const missing = await admin.client.request(ADD_COORDINATOR, { n: group.id, u: notUser });
      expect(fieldErrors(missing)).toEqual([{ field: 'userId', code: 'NOT_FOUND' }]);
      expect(errorCode(await coordinator.client.request(ADD_COORDINATOR, { n: group.id, u: coordinator.id }))).toBe(
        'FORBIDDEN',
      );
      const named = await admin.client.data<{ addNetworkCoordinator: TestNetwork }>(ADD_COORDINATOR, {
        n: group.id,
        u: coordinator.id,
      });
      expect(named.addNetworkCoordinator.coordinators.map((c) => c.user.id)).toEqual([coordinator.id]);

      for (const who of [official, resident]) {
        expect(errorCode(await who.client.request(ADD_MEMBER, { n: group.id, m: gminas.ropa.id }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await t.client().request(ADD_MEMBER, { n: group.id, m: gminas.ropa.id }))).toBe(
        'UNAUTHENTICATED',
      );
      for (const gmina of [gminas.ropa, gminas.luzna, gminas.sekowa, gminas.pilica]) {
        await coordinator.client.data(ADD_MEMBER, { n: group.id, m: gmina.id });
      }
      // Adding a member twice changes nothing.
      await coordinator.client.data(ADD_MEMBER, { n: group.id, m: gminas.ropa.id });
      const removed = await coordinator.client.data<{ removeNetworkMember: TestNetwork }>(REMOVE_MEMBER, {
        n: group.id,
        m: gminas.pilica.id,
      });
      expect(removed.removeNetworkMember.members.map((m) => m.municipality.name)).toEqual(['Ropa', 'Łużna', 'Sękowa']);
      expect(removed.removeNetworkMember.viewerCanManage).toBe(true);
      expect(removed.removeNetworkMember.viewerCanManageCoordinators).toBe(false);

      const unknownGmina = await coordinator.client.request(ADD_MEMBER, { n: group.id, m: notUser });
      expect(fieldErrors(unknownGmina)).toEqual([{ field: 'municipalityId', code: 'NOT_FOUND' }]);
      const notMember = await coordinator.client.request(REMOVE_MEMBER, { n: group.id, m: gminas.pilica.id });
      expect(fieldErrors(notMember)).toEqual([{ field: 'municipalityId', code: 'NOT_A_MEMBER' }]);
      expect(errorCode(await coordinator.client.request(ADD_MEMBER, { n: notUser, m: gminas.ropa.id }))).toBe(
        'NOT_FOUND',
      );

      const page = await resident.client.data<{ network: TestNetwork }>(NETWORK, { id: group.id });
      expect(page.network).toMatchObject({ memberCount: 3, viewerCanManage: false });
      expect(page.network.members.map((m) => m.position)).toEqual([0, 1, 2]);
    });

    it('lets a coordinator manage the network’s forum categories, and only that network’s', async () => {
      const CREATE = `mutation($input: CreateCategoryInput!) { createForumCategory(input: $input) { id viewerCanManage } }`;
      const other = (
        await admin.client.data<{ createNetwork: TestNetwork }>(CREATE_NETWORK, {
          input: { name: 'Sieć monitorowania usług', kind: 'MONITORING_NETWORK' },
        })
      ).createNetwork;
      const made = await coordinator.client.data<{ createForumCategory: { viewerCanManage: boolean } }>(CREATE, {
        input: { slug: 'spotkania', name: 'Spotkania grupy', networkId: group.id },
      });
      expect(made.createForumCategory.viewerCanManage).toBe(true);
      const elsewhere = await coordinator.client.request(CREATE, {
        input: { slug: 'spotkania', name: 'Spotkania', networkId: other.id },
      });
      expect(errorCode(elsewhere)).toBe('FORBIDDEN');
      expect(errorCode(await coordinator.client.request(CREATE, { input: { slug: 'glowna', name: 'Główna' } }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(await official.client.request(CREATE, { input: { slug: 'x-y', name: 'Xy', networkId: group.id } })),
      ).toBe('FORBIDDEN');
      // Removed coordinators lose it at their next request.
      await admin.client.data(ADD_COORDINATOR, { n: other.id, u: coordinator.id });
      await admin.client.data(REMOVE_COORDINATOR, { n: other.id, u: coordinator.id });
      expect(
        errorCode(
          await coordinator.client.request(CREATE, {
            input: { slug: 'pozniej', name: 'Później', networkId: other.id },
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('lists networks by name, filtered by kind, service area and member, page by page', async () => {
      const all = await t.client().data<{ networks: { nodes: { name: string }[] } }>(NETWORKS, {});
      expect(all.networks.nodes.map((n) => n.name)).toEqual([
        'Grupa Wymiany Doświadczeń: oświata',
        'Sieć monitorowania usług',
      ]);
      const first = await t
        .client()
        .data<{ networks: { nodes: { name: string }[]; pageInfo: { endCursor: string } } }>(NETWORKS, { first: 1 });
      const second = await t.client().data<{ networks: { nodes: { name: string }[] } }>(NETWORKS, {
        first: 1,
        after: first.networks.pageInfo.endCursor,
      });
      expect(second.networks.nodes.map((n) => n.name)).toEqual(['Sieć monitorowania usług']);
      const byKind = await t.client().data<{ networks: { nodes: { name: string }[] } }>(NETWORKS, {
        kind: 'MONITORING_NETWORK',
      });
      expect(byKind.networks.nodes.map((n) => n.name)).toEqual(['Sieć monitorowania usług']);
      const byArea = await t
        .client()
        .data<{ networks: { nodes: { name: string }[] } }>(NETWORKS, { area: 'EDUCATION' });
      expect(byArea.networks.nodes.map((n) => n.name)).toEqual(['Grupa Wymiany Doświadczeń: oświata']);
      const byMember = await t.client().data<{ networks: { nodes: { name: string }[] } }>(NETWORKS, {
        m: gminas.pilica.id,
      });
      expect(byMember.networks.nodes).toEqual([]);
      expect(errorCode(await t.client().request(NETWORKS, { first: 101 }))).toBe('BAD_USER_INPUT');
    });

    it('names a coordinator by handle or e-mail, and refuses an unclear or unknown one, storing nothing', async () => {
      const ADD_BY = `mutation($n: ID!, $u: ID, $h: String, $e: String) {
        addNetworkCoordinator(networkId: $n, userId: $u, handle: $h, email: $e) { coordinators { user { id } } }
      }`;
      const network = (
        await admin.client.data<{ createNetwork: TestNetwork }>(CREATE_NETWORK, {
          input: { name: 'Sieć koordynatorów', kind: 'MONITORING_NETWORK' },
        })
      ).createNetwork;
      const byHandle = await registerUser(t.client(), { displayName: 'Koordynator Handle' });
      const byEmail = await registerUser(t.client(), { displayName: 'Koordynatorka Email' });
      const [{ handle }] = (await t.db.query('SELECT handle FROM users WHERE id = $1', [byHandle.id])) as {
        handle: string;
      }[];
      const coordinatorIds = async (): Promise<string[]> =>
        (
          (await t.db.query('SELECT user_id FROM network_coordinators WHERE network_id = $1 ORDER BY user_id', [
            network.id,
          ])) as { user_id: string }[]
        ).map((row) => row.user_id);

      const refused: [Record<string, unknown>, unknown][] = [
        [{}, [{ field: 'userId', code: 'REQUIRED' }]],
        [{ h: handle, e: byEmail.email }, [{ field: 'userId', code: 'INVALID' }]],
        [{ h: 'nikt_taki_nie_istnieje' }, [{ field: 'handle', code: 'NOT_FOUND' }]],
        [{ h: 'zły handle!' }, [{ field: 'handle', code: 'INVALID' }]],
        [{ e: 'nikt@example.invalid' }, [{ field: 'email', code: 'NOT_FOUND' }]],
        [{ e: 'to-nie-email' }, [{ field: 'email', code: 'EMAIL_INVALID' }]],
      ];
      for (const [args, expected] of refused) {
        const result = await admin.client.request(ADD_BY, { n: network.id, ...args });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(fieldErrors(result)).toEqual(expected);
      }
      expect(errorCode(await coordinator.client.request(ADD_BY, { n: network.id, h: handle }))).toBe('FORBIDDEN');
      expect(await coordinatorIds()).toEqual([]);

      await admin.client.data(ADD_BY, { n: network.id, h: `@${handle.toUpperCase()}` });
      const named = await admin.client.data<{ addNetworkCoordinator: TestNetwork }>(ADD_BY, {
        n: network.id,
        e: `  ${byEmail.email.toUpperCase()} `,
      });
      expect(named.addNetworkCoordinator.coordinators.map((c) => c.user.id).sort()).toEqual(
        [byHandle.id, byEmail.id].sort(),
      );
      expect(await coordinatorIds()).toEqual([byHandle.id, byEmail.id].sort());
    });

    it('keeps the comparison internal while its coordinator says so, and shows it to everyone once published', async () => {
      const SET_PUBLIC = `mutation($n: ID!, $p: Boolean!) {
        setNetworkIndicatorsPublic(networkId: $n, indicatorsPublic: $p) { id indicatorsPublic }
      }`;
      const COMPARISON = `query($n: ID!, $i: ID!, $y: Int!) {
        indicatorComparison(networkId: $n, indicatorId: $i, year: $y) { stats { count median } rows { municipalityName value } }
      }`;
      const TREND = `query($n: ID!, $i: ID!) {
        indicatorTrend(networkId: $n, indicatorId: $i, fromYear: 2004, toYear: 2005) { years }
      }`;
      const [indicator] = (await t.db.query(`SELECT id FROM indicator_definitions WHERE code = 'ADM_CASE_COST'`)) as {
        id: string;
      }[];
      for (const [gmina, value] of [
        [gminas.ropa, '10.00'],
        [gminas.luzna, '30.00'],
      ] as const) {
        await t.db.query(
          `INSERT INTO indicator_values (indicator_id, municipality_id, year, value, source) VALUES ($1, $2, 2005, $3, 'SEED')`,
          [indicator.id, gmina.id, value],
        );
      }
      const args = { n: group.id, i: indicator.id, y: 2005 };
      const csvStatus = async (): Promise<number> =>
        (
          await fetch(
            `${t.url}/api/indicators/comparison.csv?networkId=${group.id}&indicatorId=${indicator.id}&year=2005`,
          )
        ).status;
      const isPublic = async (): Promise<boolean> =>
        (
          (await t.db.query('SELECT indicators_public FROM networks WHERE id = $1', [group.id])) as {
            indicators_public: boolean;
          }[]
        )[0].indicators_public;

      // Only its coordinators and administrators decide; the rest changes nothing.
      for (const who of [official, otherOfficial, resident]) {
        expect(errorCode(await who.client.request(SET_PUBLIC, { n: group.id, p: false }))).toBe('FORBIDDEN');
      }
      expect(errorCode(await t.client().request(SET_PUBLIC, { n: group.id, p: false }))).toBe('UNAUTHENTICATED');
      const badId = await coordinator.client.request(SET_PUBLIC, { n: 'sieć', p: false });
      expect(fieldErrors(badId)).toEqual([{ field: 'networkId', code: 'INVALID' }]);
      const unknown = await coordinator.client.request(SET_PUBLIC, {
        n: '00000000-0000-4000-8000-000000000000',
        p: false,
      });
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(await isPublic()).toBe(true);

      const internal = await coordinator.client.data<{ setNetworkIndicatorsPublic: { indicatorsPublic: boolean } }>(
        SET_PUBLIC,
        { n: group.id, p: false },
      );
      expect(internal.setNetworkIndicatorsPublic.indicatorsPublic).toBe(false);
      expect(await isPublic()).toBe(false);
      for (const outsider of [t.client(), resident.client, otherOfficial.client]) {
        expect(errorCode(await outsider.request(COMPARISON, args))).toBe('COMPARISON_INTERNAL');
        expect(errorCode(await outsider.request(TREND, args))).toBe('COMPARISON_INTERNAL');
      }
      expect(await csvStatus()).toBe(403);
      const page = await t
        .client()
        .data<{ network: { indicatorsPublic: boolean } }>(`query($id: ID!) { network(id: $id) { indicatorsPublic } }`, {
          id: group.id,
        });
      expect(page.network.indicatorsPublic).toBe(false);
      // The member municipalities' officials and the coordinator still see it.
      for (const insider of [official, coordinator]) {
        const seen = await insider.client.data<{ indicatorComparison: { stats: { count: number } } }>(COMPARISON, args);
        expect(seen.indicatorComparison.stats.count).toBe(2);
      }

      await coordinator.client.data(SET_PUBLIC, { n: group.id, p: true });
      for (const outsider of [t.client(), resident.client, otherOfficial.client]) {
        const seen = await outsider.data<{
          indicatorComparison: { stats: { count: number; median: string }; rows: { municipalityName: string }[] };
        }>(COMPARISON, args);
        expect(seen.indicatorComparison.stats).toMatchObject({ count: 2, median: '20' });
        expect(seen.indicatorComparison.rows.map((row) => row.municipalityName).sort()).toEqual(
          ['Łużna', 'Ropa', 'Sękowa'].sort(),
        );
      }
      expect(await csvStatus()).toBe(200);
    });
  });

  describe('the exchange group’s meeting plan', () => {
    let plan: TestMeeting[];

    it('refuses bad input clearly and writes nothing', async () => {
      const base = { networkId: group.id, startDate: '2027-03-01', count: 5 };
      for (const intervalWeeks of [3, 7]) {
        const result = await coordinator.client.request(GENERATE, { input: { ...base, intervalWeeks } });
        expect(fieldErrors(result)).toEqual([expect.objectContaining({ field: 'intervalWeeks', code: 'INVALID' })]);
      }
      const past = await coordinator.client.request(GENERATE, { input: { ...base, startDate: '2020-01-07' } });
      expect(fieldErrors(past)).toEqual([{ field: 'startDate', code: 'IN_PAST' }]);
      const notADay = await coordinator.client.request(GENERATE, { input: { ...base, startDate: '2027-02-30' } });
      expect(fieldErrors(notADay)).toEqual([{ field: 'startDate', code: 'INVALID' }]);
      const tooMany = await coordinator.client.request(GENERATE, { input: { ...base, count: 25 } });
      expect(fieldErrors(tooMany)).toEqual([expect.objectContaining({ field: 'count', code: 'INVALID' })]);
      expect(errorCode(await official.client.request(GENERATE, { input: base }))).toBe('FORBIDDEN');
      const empty = (
        await admin.client.data<{ createNetwork: TestNetwork }>(CREATE_NETWORK, {
          input: { name: 'Grupa bez członków', kind: 'EXCHANGE_GROUP' },
        })
      ).createNetwork;
      expect(errorCode(await admin.client.request(GENERATE, { input: { ...base, networkId: empty.id } }))).toBe(
        'NETWORK_HAS_NO_MEMBERS',
      );
      const page = await t.client().data<{ network: TestNetwork }>(NETWORK, { id: group.id });
      expect(page.network.meetingPlan).toEqual([]);
    });

    it('plans meetings every four weeks on working days, hosted by the members in turn (hand-checked)', async () => {
      plan = (
        await coordinator.client.data<{ generateMeetingPlan: TestMeeting[] }>(GENERATE, {
          input: { networkId: group.id, startDate: '2027-03-01', count: 5, intervalWeeks: 4 },
        })
      ).generateMeetingPlan;
      expect(plan.map((m) => [m.number, m.date, m.host.name])).toEqual([
        [1, '2027-03-01', 'Ropa'],
        // 29 March 2027 is Easter Monday: the next working day.
        [2, '2027-03-30', 'Łużna'],
        [3, '2027-04-27', 'Sękowa'],
        [4, '2027-05-25', 'Ropa'],
        [5, '2027-06-22', 'Łużna'],
      ]);
      expect(plan.every((m) => m.status === 'PLANNED' && m.viewerCanManage)).toBe(true);
    });

    it('defaults to six weeks and keeps the gap within six weeks around 11 November', async () => {
      const six = (
        await coordinator.client.data<{ generateMeetingPlan: TestMeeting[] }>(GENERATE, {
          input: { networkId: group.id, startDate: '2027-09-30', count: 4 },
        })
      ).generateMeetingPlan;
      // 30 Sep + 6 weeks = 11 Nov (a holiday); 12 Nov would be 43 days, so Wednesday 10 Nov.
      expect(six.map((m) => m.date)).toEqual(['2027-09-30', '2027-11-10', '2027-12-22', '2028-02-02']);
      // Back to the four-week plan for the edits below.
      plan = (
        await coordinator.client.data<{ generateMeetingPlan: TestMeeting[] }>(GENERATE, {
          input: { networkId: group.id, startDate: '2027-03-01', count: 5, intervalWeeks: 4 },
        })
      ).generateMeetingPlan;
    });

    it('lets the coordinator move a meeting to a working day, change its host and agenda', async () => {
      const meeting = plan[2];
      const holiday = await coordinator.client.request(UPDATE_MEETING, {
        input: { id: meeting.id, date: '2027-05-27' },
      });
      expect(fieldErrors(holiday)).toEqual([{ field: 'date', code: 'NOT_WORKING_DAY' }]);
      const weekend = await coordinator.client.request(UPDATE_MEETING, {
        input: { id: meeting.id, date: '2027-05-01' },
      });
      expect(fieldErrors(weekend)).toEqual([{ field: 'date', code: 'NOT_WORKING_DAY' }]);
      // A bad host refuses the whole change: the date given with it is not written either.
      const stranger = await coordinator.client.request(UPDATE_MEETING, {
        input: { id: meeting.id, date: '2027-04-28', hostMunicipalityId: gminas.pilica.id },
      });
      expect(fieldErrors(stranger)).toEqual([{ field: 'hostMunicipalityId', code: 'NOT_A_MEMBER' }]);
      expect(errorCode(await official.client.request(UPDATE_MEETING, { input: { id: meeting.id, agenda: 'x' } }))).toBe(
        'FORBIDDEN',
      );

      const moved = await coordinator.client.data<{ updateNetworkMeeting: TestMeeting }>(UPDATE_MEETING, {
        input: {
          id: meeting.id,
          date: '2027-04-28',
          hostMunicipalityId: gminas.ropa.id,
          agenda: '1. **Koszt** ucznia\n2. <script>alert(1)</script>',
        },
      });
      expect(moved.updateNetworkMeeting).toMatchObject({ date: '2027-04-28', host: { name: 'Ropa' } });
      expect(moved.updateNetworkMeeting.agendaHtml).toContain('<strong>Koszt</strong>');
      expect(moved.updateNetworkMeeting.agendaHtml).not.toContain('<script>');
      const onlyAgenda = await coordinator.client.data<{ updateNetworkMeeting: TestMeeting }>(UPDATE_MEETING, {
        input: { id: meeting.id, agenda: 'Wizyta w szkole' },
      });
      expect(onlyAgenda.updateNetworkMeeting).toMatchObject({ date: '2027-04-28', agendaSource: 'Wizyta w szkole' });
    });

    it('records attendance of members only, and minutes through the one renderer', async () => {
      const meeting = plan[0];
      const ok = await coordinator.client.data<{ setNetworkMeetingAttendance: TestMeeting }>(ATTENDANCE, {
        input: { meetingId: meeting.id, municipalityIds: [gminas.ropa.id, gminas.sekowa.id, gminas.ropa.id] },
      });
      expect(ok.setNetworkMeetingAttendance.attendance.map((m) => m.id).sort()).toEqual(
        [gminas.ropa.id, gminas.sekowa.id].sort(),
      );
      const stranger = await coordinator.client.request(ATTENDANCE, {
        input: { meetingId: meeting.id, municipalityIds: [gminas.luzna.id, gminas.pilica.id] },
      });
      expect(fieldErrors(stranger)).toEqual([{ field: 'municipalityIds', code: 'NOT_A_MEMBER', params: { index: 1 } }]);
      const minutes = await coordinator.client.data<{ setNetworkMeetingMinutes: TestMeeting }>(MINUTES, {
        input: { meetingId: meeting.id, minutes: 'Ustalono *wspólny* formularz.' },
      });
      expect(minutes.setNetworkMeetingMinutes.minutesHtml).toContain('<em>wspólny</em>');
      // Nothing half-applied: the refused attendance left the first list as it was.
      expect(minutes.setNetworkMeetingMinutes.attendance).toHaveLength(2);
    });

    it('cancels a meeting, which then takes no changes; a plan in use is not regenerated', async () => {
      const cancelled = await coordinator.client.data<{ cancelNetworkMeeting: TestMeeting }>(CANCEL_MEETING, {
        id: plan[4].id,
      });
      expect(cancelled.cancelNetworkMeeting.status).toBe('CANCELLED');
      expect(errorCode(await coordinator.client.request(CANCEL_MEETING, { id: plan[4].id }))).toBeUndefined();
      expect(
        errorCode(await coordinator.client.request(UPDATE_MEETING, { input: { id: plan[4].id, agenda: 'Nowy' } })),
      ).toBe('MEETING_CANCELLED');
      const regenerate = await coordinator.client.request(GENERATE, {
        input: { networkId: group.id, startDate: '2027-09-01', count: 3 },
      });
      expect(errorCode(regenerate)).toBe('MEETING_PLAN_IN_USE');
      const page = await t.client().data<{ network: TestNetwork }>(NETWORK, { id: group.id });
      expect(page.network.meetingPlan.map((m) => m.date)).toEqual([
        '2027-03-01',
        '2027-03-30',
        '2027-04-28',
        '2027-05-25',
        '2027-06-22',
      ]);
      expect(errorCode(await t.client().request(CANCEL_MEETING, { id: plan[3].id }))).toBe('UNAUTHENTICATED');
      expect(
        errorCode(await coordinator.client.request(CANCEL_MEETING, { id: '00000000-0000-4000-8000-000000000000' })),
      ).toBe('NOT_FOUND');
    });
  });

  describe('the good-practice library', () => {
    const practice = {
      title: 'Segregacja śmieci w szkołach gminy Łużna',
      problem: 'Uczniowie nie segregowali odpadów, a **koszty** wywozu rosły.',
      solution: 'Pojemniki w każdej klasie i konkurs między szkołami.',
      results: 'O 30% mniej odpadów zmieszanych w rok.',
      costGrosze: 1_250_050,
      contact: 'Referat oświaty, tel. 18 000 00 00',
      serviceAreaCode: 'EDUCATION',
    };
    let practiceId: string;

    it('lets the municipality’s official add an entry with its discussion thread', async () => {
      const notMember = await otherOfficial.client.request(CREATE_PRACTICE, {
        input: { ...practice, municipalityId: gminas.pilica.id, networkId: group.id },
      });
      expect(fieldErrors(notMember)).toEqual([{ field: 'municipalityId', code: 'NOT_A_MEMBER' }]);
      expect(
        errorCode(
          await resident.client.request(CREATE_PRACTICE, { input: { ...practice, municipalityId: gminas.luzna.id } }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await otherOfficial.client.request(CREATE_PRACTICE, {
            input: { ...practice, municipalityId: gminas.luzna.id },
          }),
        ),
      ).toBe('FORBIDDEN');
      const negative = await official.client.request(CREATE_PRACTICE, {
        input: { ...practice, costGrosze: -1, municipalityId: gminas.luzna.id },
      });
      expect(fieldErrors(negative)).toEqual([expect.objectContaining({ field: 'costGrosze', code: 'INVALID' })]);
      const [{ count: threadsBefore }] = await t.db.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM forum_threads WHERE subject_type = 'GOOD_PRACTICE'`,
      );
      expect(threadsBefore).toBe(0);

      const made = await official.client.data<{
        createGoodPractice: {
          id: string;
          threadId: string;
          problemHtml: string;
          costGrosze: number;
          network: { id: string };
        };
      }>(CREATE_PRACTICE, { input: { ...practice, municipalityId: gminas.luzna.id, networkId: group.id } });
      practiceId = made.createGoodPractice.id;
      expect(made.createGoodPractice).toMatchObject({ costGrosze: 1_250_050, network: { id: group.id } });
      expect(made.createGoodPractice.problemHtml).toContain('<strong>koszty</strong>');
      const [thread] = await t.db.query<{ subjectType: string; subjectId: string; categoryNetwork: string | null }[]>(
        `SELECT t.subject_type AS "subjectType", t.subject_id AS "subjectId", c.network_id AS "categoryNetwork"
         FROM forum_threads t JOIN forum_categories c ON c.id = t.category_id WHERE t.id = $1`,
        [made.createGoodPractice.threadId],
      );
      // The network has a category of its own (made by the coordinator above): the discussion goes there.
      expect(thread).toEqual({ subjectType: 'GOOD_PRACTICE', subjectId: practiceId, categoryNetwork: group.id });
      // Anyone logged in comments through the forum's own replies.
      const comment = await reply(resident.client, made.createGoodPractice.threadId, 'Czy pojemniki kupiła gmina?');
      expect(comment.number).toBe(2);
    });

    it('finds entries across networks with and without Polish letters', async () => {
      await official.client.data(CREATE_PRACTICE, {
        input: {
          ...practice,
          title: 'Elektroniczny obieg dokumentów',
          problem: 'Papierowe akta krążyły tygodniami między referatami.',
          solution: 'System EZD z podpisem kwalifikowanym.',
          results: 'Sprawy załatwiane o tydzień szybciej.',
          serviceAreaCode: 'ADMINISTRATION',
          costGrosze: null,
          municipalityId: gminas.luzna.id,
        },
      });
      const search = async (q: string | null, extra: Record<string, unknown> = {}) =>
        (
          await t.client().data<{ goodPractices: { nodes: { title: string }[] } }>(PRACTICES, { q, ...extra })
        ).goodPractices.nodes.map((n) => n.title);
      expect(await search('śmieci Łużna')).toEqual([practice.title]);
      expect(await search('smieci luzna')).toEqual([practice.title]);
      expect(await search('SEGREG')).toEqual([practice.title]);
      expect(await search('zalatwiane')).toEqual(['Elektroniczny obieg dokumentów']);
      expect(await search('kanalizacja')).toEqual([]);
      expect(await search('!!')).toEqual([]);
      expect(await search(null)).toEqual(['Elektroniczny obieg dokumentów', practice.title]);
      expect(await search(null, { area: 'EDUCATION' })).toEqual([practice.title]);
      expect(await search(null, { n: group.id })).toEqual([practice.title]);
      const firstPage = await t
        .client()
        .data<{ goodPractices: { pageInfo: { endCursor: string; hasNextPage: boolean } } }>(PRACTICES, { first: 1 });
      expect(firstPage.goodPractices.pageInfo.hasNextPage).toBe(true);
      const next = await t.client().data<{ goodPractices: { nodes: { title: string }[] } }>(PRACTICES, {
        first: 1,
        after: firstPage.goodPractices.pageInfo.endCursor,
      });
      expect(next.goodPractices.nodes.map((n) => n.title)).toEqual([practice.title]);
    });

    it('takes "we tried it too" from other municipalities’ officials, once each', async () => {
      const input = {
        practiceId,
        municipalityId: gminas.pilica.id,
        outcome: 'U nas też mniej odpadów.',
        triedOn: '2026-05-04',
      };
      expect(errorCode(await resident.client.request(REPORT, { input }))).toBe('FORBIDDEN');
      const own = await official.client.request(REPORT, { input: { ...input, municipalityId: gminas.luzna.id } });
      expect(fieldErrors(own)).toEqual([{ field: 'municipalityId', code: 'INVALID' }]);
      const future = await otherOfficial.client.request(REPORT, { input: { ...input, triedOn: '2999-01-01' } });
      expect(fieldErrors(future)).toEqual([{ field: 'triedOn', code: 'INVALID' }]);
      const unknown = await otherOfficial.client.request(REPORT, {
        input: { ...input, practiceId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(errorCode(unknown)).toBe('NOT_FOUND');

      const made = await otherOfficial.client.data<{
        reportGoodPracticeTried: { triedOn: string; municipality: { name: string } };
      }>(REPORT, { input });
      expect(made.reportGoodPracticeTried).toMatchObject({ triedOn: '2026-05-04', municipality: { name: 'Pilica' } });
      expect(errorCode(await otherOfficial.client.request(REPORT, { input }))).toBe('PRACTICE_ALREADY_REPORTED');
      const read = await t
        .client()
        .data<{ goodPractice: { reportCount: number; reports: { outcome: string }[] } }>(PRACTICE, { id: practiceId });
      expect(read.goodPractice).toMatchObject({ reportCount: 1, reports: [{ outcome: input.outcome }] });
    });
  });
});

describe('networks in the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t.close());

  it('has the fixture’s two exchange groups and the monitoring network with members, a coordinator and a plan', async () => {
    const list = await t
      .client()
      .data<{ networks: { nodes: { id: string; name: string; kind: string }[] } }>(
        `query { networks(first: 10) { nodes { id name kind } } }`,
      );
    // The fixture's three (other features may add networks of their own to the demo).
    expect(list.networks.nodes.filter((n) => n.kind === 'EXCHANGE_GROUP').map((n) => n.name)).toEqual([
      'Grupa Wymiany Doświadczeń: gospodarka komunalna (gminy wiejskie)',
      'Grupa Wymiany Doświadczeń: oświata (gminy wiejskie)',
    ]);
    const education = list.networks.nodes.find((n) => n.name.includes('oświata'))!;
    const { network } = await t.client().data<{ network: TestNetwork & { municipalityKind: string } }>(NETWORK, {
      id: education.id,
    });
    expect(network.municipalityKind).toBe('RURAL_GMINA');
    expect(network.members.map((m) => m.municipality.name)).toEqual([
      'Gorlice (gmina)',
      'Lipinki',
      'Łużna',
      'Moszczenica',
      'Ropa',
      'Sękowa',
      'Uście Gorlickie',
    ]);
    expect(network.coordinators).toHaveLength(1);
    expect(network.meetingPlan.map((m) => m.host.name)).toEqual([
      'Gorlice (gmina)',
      'Lipinki',
      'Łużna',
      'Moszczenica',
      'Ropa',
      'Sękowa',
    ]);
    const monitoring = list.networks.nodes.find((n) => n.name.startsWith('Sieć na rzecz monitorowania'))!;
    const read = await t.client().data<{ network: TestNetwork }>(NETWORK, { id: monitoring.id });
    expect(read.network.members.map((m) => m.municipality.name)).toContain('Kraków');

    const practices = await t.client().data<{ goodPractices: { nodes: { title: string }[] } }>(PRACTICES, {
      q: 'dowoz uczniow',
    });
    expect(practices.goodPractices.nodes.map((p) => p.title)).toEqual(['Wspólny dowóz uczniów z sąsiednią gminą']);
  });

  it('reads a page of networks with members, coordinators and plans in a few statements whatever the page size (2 or 4)', async () => {
    const PAGE = `query($first: Int!) { networks(first: $first) { nodes { ${NETWORK_FIELDS} } } }`;
    const client = t.client();
    // Both pages hold a network with a coordinator and one with a meeting plan (the education group), so every
    // relation is read on both. One statement each: the page, members, coordinators, their users, the plans,
    // attendance, and municipalities (members' and hosts' arrive in one or two batches, depending on which of
    // their parents' statements answers first) - never one per network, member or meeting.
    const two = await countStatements(t.db, () => client.data(PAGE, { first: 2 }));
    const four = await countStatements(t.db, () => client.data(PAGE, { first: 4 }));
    expect(two.count).toBeLessThanOrEqual(8);
    expect(four.count).toBeLessThanOrEqual(8);
  });
});
