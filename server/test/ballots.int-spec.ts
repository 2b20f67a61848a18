import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_PATH,
  type ClientToServerEvents,
  type ConsultationEvent,
  type ServerToClientEvents,
} from '@ratusz/shared';
import { BallotRepository } from '../src/ballots/repositories/ballot.repository.js';
import { CastBallotRepository } from '../src/ballots/repositories/cast-ballot.repository.js';
import { BALLOT_CAST_COALESCE_MS } from '../src/ballots/services/ballot-live.service.js';
import { Clock } from '../src/consultations/clock.js';
import { ensureServiceAreas } from './support/consultation-factories.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { insertConsultation, warsawDay } from './support/meeting-factories.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { insertVoters, type Voter } from './support/voter-factories.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const DAY_MS = 24 * 3600 * 1000;

const BALLOT_FIELDS = `id consultationId method maxChoices pointsTotal pointsPerOptionMax optionSource resultsVisibility
  eligibility frozen open closed ballotsCast paperBallots viewerEligible viewerCanVote viewerCanConfigure
  viewerCanEnterPaperBallots
  options { id position label serviceArea { code } proposal { id title } }
  viewerBallot { receipt castAt choices { optionId points rank } }
  results { method ballots onlineBallots paperBallots pairwise winnerOptionIds
    options { option { id label } online paper total bordaScore schulzeRank } }`;

interface TestBallot {
  id: string;
  method: string;
  frozen: boolean;
  open: boolean;
  closed: boolean;
  ballotsCast: number;
  paperBallots: number;
  viewerEligible: boolean;
  viewerCanVote: boolean;
  viewerCanConfigure: boolean;
  viewerCanEnterPaperBallots: boolean;
  options: {
    id: string;
    position: number;
    label: string;
    serviceArea: { code: string } | null;
    proposal: { id: string } | null;
  }[];
  viewerBallot: { receipt: string; castAt: string; choices: Choice[] } | null;
  results: {
    method: string;
    ballots: number;
    onlineBallots: number;
    paperBallots: number;
    pairwise: number[][] | null;
    winnerOptionIds: string[];
    options: {
      option: { id: string; label: string };
      online: number;
      paper: number;
      total: number;
      bordaScore: number | null;
      schulzeRank: number | null;
    }[];
  } | null;
}

interface Choice {
  optionId: string;
  points?: number | null;
  rank?: number | null;
}

const CONFIGURE = `mutation($input: ConfigureBallotInput!) { configureBallot(input: $input) { ${BALLOT_FIELDS} } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt castAt choices { optionId points rank } } }`;
const PAPER = `mutation($input: EnterPaperBallotsInput!) { enterPaperBallots(input: $input) { ${BALLOT_FIELDS} } }`;
const READ = `query($c: ID!) { ballot(consultationId: $c) { ${BALLOT_FIELDS} } }`;
const RECEIPTS = `query($b: ID!, $first: Int, $after: String) { ballotReceipts(ballotId: $b, first: $first, after: $after) {
  nodes pageInfo { hasNextPage endCursor } totalCount } }`;

/** PROPOSALS before today, VOTING from today for ten days, then REPORT. */
const VOTING_NOW = [
  { kind: 'PROPOSALS', startsOn: warsawDay(-10), endsOn: warsawDay(-1) },
  { kind: 'VOTING', startsOn: warsawDay(0), endsOn: warsawDay(10) },
  { kind: 'REPORT', startsOn: warsawDay(11), endsOn: warsawDay(25) },
];

describe('ballots', () => {
  let t: TestApp;
  let clock: Clock;
  let county: { id: string };
  let gmina: { id: string };
  let village: { id: string };
  let elsewhere: { id: string };
  let official: RegisteredUser;
  let otherOfficial: RegisteredUser;
  let admin: RegisteredUser;
  let resident: RegisteredUser;
  let outsider: RegisteredUser;

  const configure = (client: GraphQLClient, input: Record<string, unknown>) =>
    client.request<{ configureBallot: TestBallot }>(CONFIGURE, { input });
  const cast = (client: GraphQLClient, ballotId: string, choices: Choice[]) =>
    client.request<{ castBallot: { receipt: string; castAt: string; choices: Choice[] } }>(CAST, {
      input: { ballotId, choices },
    });
  const read = async (client: GraphQLClient, consultationId: string) =>
    (await client.data<{ ballot: TestBallot | null }>(READ, { c: consultationId })).ballot;
  const daysFromNow = (days: number) => {
    clock.now = () => new Date(Date.now() + days * DAY_MS);
  };

  /** A published consultation of `municipalityId` in VOTING, with a ballot configured by `by`. */
  async function votingBallot(
    input: Record<string, unknown>,
    municipalityId = county.id,
    by: RegisteredUser = official,
  ): Promise<{ consultationId: string; ballot: TestBallot }> {
    const consultationId = await insertConsultation(t.db, { municipalityId, organiserId: by.id, phases: VOTING_NOW });
    const configured = await configure(by.client, { consultationId, ...input });
    if (!configured.data) throw new Error(JSON.stringify(configured.errors));
    return { consultationId, ballot: configured.data.configureBallot };
  }

  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock);
    await ensureServiceAreas(t.db);
    county = await createMunicipality(t.db, { name: 'Powiat wołomiński', kind: 'COUNTY' });
    gmina = await createMunicipality(t.db, { name: 'Ząbki', kind: 'URBAN_GMINA', parentId: county.id });
    village = await createMunicipality(t.db, { name: 'Osiedle Kolejowe', kind: 'DISTRICT', parentId: gmina.id });
    elsewhere = await createMunicipality(t.db, { name: 'Gmina Inna' });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Ewa' });
    otherOfficial = await registerUser(t.client(), { displayName: 'Urzędnik Obcy' });
    admin = await registerUser(t.client(), { displayName: 'Administrator' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkanka Zofia', homeMunicipalityId: gmina.id });
    outsider = await registerUser(t.client(), { displayName: 'Przyjezdny', homeMunicipalityId: elsewhere.id });
    await grantRole(t.db, official.id, county.id, 'OFFICIAL');
    await grantRole(t.db, otherOfficial.id, elsewhere.id, 'OFFICIAL');
    await makeAdmin(t.db, admin.id);
  });
  afterEach(() => {
    clock.now = () => new Date();
  });
  afterAll(() => t.close());

  describe('configuration', () => {
    it("lets the municipality's officials set a ballot up over the 8 service areas, nobody else", async () => {
      const consultationId = await insertConsultation(t.db, {
        municipalityId: county.id,
        organiserId: official.id,
        phases: VOTING_NOW,
      });
      expect(await read(resident.client, consultationId)).toBeNull();
      expect(errorCode(await configure(resident.client, { consultationId, method: 'APPROVAL' }))).toBe('FORBIDDEN');
      expect(errorCode(await configure(otherOfficial.client, { consultationId, method: 'APPROVAL' }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await configure(t.client(), { consultationId, method: 'APPROVAL' }))).toBe('UNAUTHENTICATED');

      const made = (await configure(official.client, { consultationId, method: 'APPROVAL', maxChoices: 3 })).data!
        .configureBallot;
      expect(made).toMatchObject({
        method: 'APPROVAL',
        maxChoices: 3,
        optionSource: 'SERVICE_AREAS',
        resultsVisibility: 'AFTER_CLOSE',
        eligibility: 'RESIDENTS',
        frozen: false,
        open: true,
        closed: false,
        viewerCanConfigure: true,
        viewerCanEnterPaperBallots: true,
      });
      expect(made.options.map((o) => o.serviceArea?.code)).toEqual([
        'EDUCATION',
        'HEALTH',
        'CULTURE',
        'TRANSPORT',
        'COMMUNAL',
        'HOUSING',
        'SOCIAL_AID',
        'ADMINISTRATION',
      ]);
      expect(made.options.map((o) => o.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);

      // Reconfiguring replaces the configuration and keeps the options (and their ids).
      const changed = (
        await configure(admin.client, { consultationId, method: 'POINTS', pointsTotal: 10, pointsPerOptionMax: 5 })
      ).data!.configureBallot;
      expect(changed).toMatchObject({ id: made.id, method: 'POINTS', maxChoices: null, pointsTotal: 10 });
      expect(changed.options.map((o) => o.id)).toEqual(made.options.map((o) => o.id));

      const seen = await read(resident.client, consultationId);
      expect(seen).toMatchObject({ id: made.id, viewerCanConfigure: false, viewerCanEnterPaperBallots: false });
      const counts = await resident.client.data<{ consultation: { contentCounts: { ballots: number } } }>(
        `query($id: ID!) { consultation(id: $id) { contentCounts { ballots } } }`,
        { id: consultationId },
      );
      expect(counts.consultation.contentCounts.ballots).toBe(1);
    });

    it.each([
      ['POINTS without a total', { method: 'POINTS' }, 'pointsTotal', 'REQUIRED'],
      [
        'a per-option limit over the total',
        { method: 'POINTS', pointsTotal: 5, pointsPerOptionMax: 6 },
        'pointsPerOptionMax',
        'INVALID',
      ],
      ['choices on a POINTS ballot', { method: 'POINTS', pointsTotal: 5, maxChoices: 2 }, 'maxChoices', 'INVALID'],
      ['no choices allowed', { method: 'APPROVAL', maxChoices: 0 }, 'maxChoices', 'INVALID'],
      ['points on a RANKED ballot', { method: 'RANKED', pointsTotal: 5 }, 'pointsTotal', 'INVALID'],
    ])('refuses %s as a field error', async (_name, input, field, code) => {
      const consultationId = await insertConsultation(t.db, {
        municipalityId: county.id,
        organiserId: official.id,
        phases: VOTING_NOW,
      });
      const result = await configure(official.client, { consultationId, ...input });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field, code })]);
    });

    it('refuses configuring a closed consultation', async () => {
      const consultationId = await insertConsultation(t.db, {
        municipalityId: county.id,
        organiserId: official.id,
        phases: [{ kind: 'VOTING', startsOn: warsawDay(-20), endsOn: warsawDay(-5) }],
      });
      const refused = await configure(official.client, { consultationId, method: 'APPROVAL' });
      expect(errorCode(refused)).toBe('PHASE_CLOSED');
      // Named like every other phase refusal, so the client can say it in the user's language.
      expect(refused.errors?.[0].extensions).toMatchObject({
        action: 'CONFIGURE_BALLOT',
        phase: 'CLOSED',
        opensIn: null,
      });
    });

    it('freezes method, options and limits once the first ballot is cast, naming the rule', async () => {
      const { consultationId, ballot } = await votingBallot({ method: 'APPROVAL' });
      expect((await cast(resident.client, ballot.id, [{ optionId: ballot.options[0].id }])).errors).toBeUndefined();
      const refused = await configure(official.client, { consultationId, method: 'POINTS', pointsTotal: 10 });
      expect(errorCode(refused)).toBe('BALLOT_FROZEN');
      expect(refused.errors?.[0].extensions).toMatchObject({ rule: expect.stringContaining('frozen') });
      // Administrators cannot change it either.
      expect(errorCode(await configure(admin.client, { consultationId, method: 'APPROVAL', maxChoices: 1 }))).toBe(
        'BALLOT_FROZEN',
      );
      expect(await read(official.client, consultationId)).toMatchObject({
        frozen: true,
        method: 'APPROVAL',
        viewerCanConfigure: false,
      });
    });

    it('follows the accepted proposals until frozen', async () => {
      const consultationId = await insertConsultation(t.db, {
        municipalityId: county.id,
        organiserId: official.id,
        phases: VOTING_NOW,
      });
      const propose = async (title: string, status: string): Promise<string> => {
        const [{ id }]: { id: string }[] = await t.db.query(
          `INSERT INTO proposals (consultation_id, number, title, body_source, body_html, service_area_code, status, author_id)
           VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM proposals WHERE consultation_id = $1), $2, 'Treść',
                   '<p>Treść</p>', 'TRANSPORT', $3, $4) RETURNING id`,
          [consultationId, title, status, resident.id],
        );
        return id;
      };
      const first = await propose('Nowy przystanek', 'ACCEPTED');
      await propose('Odrzucona', 'REJECTED');
      const made = (
        await configure(official.client, { consultationId, method: 'APPROVAL', optionSource: 'ACCEPTED_PROPOSALS' })
      ).data!.configureBallot;
      expect(made.options.map((o) => [o.label, o.proposal?.id])).toEqual([['Nowy przystanek', first]]);

      const second = await propose('Ławki w parku', 'ACCEPTED');
      const refreshed = (await read(resident.client, consultationId))!;
      expect(refreshed.options.map((o) => o.proposal?.id)).toEqual([first, second]);
      expect(refreshed.options[0].id).toBe(made.options[0].id);
      // Carried out before the vote, an accepted proposal stays an option.
      await t.db.query(`UPDATE proposals SET status = 'IMPLEMENTED' WHERE id = $1`, [first]);
      expect((await read(resident.client, consultationId))!.options.map((o) => o.id)).toEqual(
        refreshed.options.map((o) => o.id),
      );

      await cast(resident.client, made.id, [{ optionId: refreshed.options[1].id }]);
      await propose('Za późno', 'ACCEPTED');
      expect((await read(resident.client, consultationId))!.options).toHaveLength(2);
    });
  });

  describe('casting', () => {
    it('counts POINTS ballots, lets voters change them (the latest counts, the receipt stays), hides results until the close', async () => {
      const { consultationId, ballot } = await votingBallot({
        method: 'POINTS',
        pointsTotal: 10,
        pointsPerOptionMax: 6,
      });
      const [a, b, c] = ballot.options.map((o) => o.id);
      const first = await cast(resident.client, ballot.id, [
        { optionId: a, points: 6 },
        { optionId: b, points: 4 },
        { optionId: c, points: 0 },
      ]);
      expect(first.data!.castBallot.receipt).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
      expect(first.data!.castBallot.choices).toEqual([
        { optionId: a, points: 6, rank: null },
        { optionId: b, points: 4, rank: null },
      ]);
      const voters = await insertVoters(t.db, t.url, 2, { homeMunicipalityId: village.id });
      await cast(voters[0].client, ballot.id, [{ optionId: b, points: 5 }]);
      await cast(voters[1].client, ballot.id, [{ optionId: c, points: 3 }]);
      const changed = await cast(resident.client, ballot.id, [{ optionId: c, points: 2 }]);
      expect(changed.data!.castBallot.receipt).toBe(first.data!.castBallot.receipt);

      const mine = (await read(resident.client, consultationId))!;
      expect(mine).toMatchObject({ ballotsCast: 3, viewerEligible: true, viewerCanVote: true, results: null });
      expect(mine.viewerBallot).toMatchObject({
        receipt: first.data!.castBallot.receipt,
        choices: [{ optionId: c, points: 2, rank: null }],
      });
      // Hidden from everyone before the close: officials and administrators included.
      expect((await read(official.client, consultationId))!.results).toBeNull();
      expect((await read(admin.client, consultationId))!.results).toBeNull();
      expect((await read(admin.client, consultationId))!.viewerBallot).toBeNull();

      daysFromNow(12);
      const after = (await read(t.client(), consultationId))!;
      expect(after).toMatchObject({ open: false, closed: true, viewerCanVote: false });
      expect(after.results).toMatchObject({ method: 'POINTS', ballots: 3, onlineBallots: 3, paperBallots: 0 });
      expect(after.results!.options.slice(0, 3).map((o) => o.total)).toEqual([0, 5, 5]);
      // A tie: both options with 5 points win.
      expect(after.results!.winnerOptionIds).toEqual([b, c]);
      expect(after.results!.pairwise).toBeNull();
    });

    it('counts APPROVAL ballots with live results and ties', async () => {
      const { consultationId, ballot } = await votingBallot({
        method: 'APPROVAL',
        maxChoices: 2,
        resultsVisibility: 'LIVE',
        eligibility: 'ANY_REGISTERED',
      });
      const [a, b, c] = ballot.options.map((o) => o.id);
      const voters = await insertVoters(t.db, t.url, 3);
      await cast(voters[0].client, ballot.id, [{ optionId: a }, { optionId: b }]);
      await cast(voters[1].client, ballot.id, [{ optionId: b }]);
      await cast(voters[2].client, ballot.id, [{ optionId: a }, { optionId: c }]);
      let live = (await read(t.client(), consultationId))!.results!;
      expect(live.options.slice(0, 3).map((o) => o.total)).toEqual([2, 2, 1]);
      expect(live.winnerOptionIds).toEqual([a, b]);
      await cast(voters[2].client, ballot.id, [{ optionId: b }]);
      live = (await read(t.client(), consultationId))!.results!;
      expect(live.options.slice(0, 3).map((o) => o.online)).toEqual([1, 3, 0]);
      expect(live.winnerOptionIds).toEqual([b]);
    });

    it('elects the Schulze winner of the published example (45 voters, winner E) through the API', async () => {
      const { consultationId, ballot } = await votingBallot({ method: 'RANKED', eligibility: 'ANY_REGISTERED' });
      const [A, B, C, D, E] = ballot.options.map((o) => o.id);
      const groups: [number, string[]][] = [
        [5, [A, C, B, E, D]],
        [5, [A, D, E, C, B]],
        [8, [B, E, D, A, C]],
        [3, [C, A, B, E, D]],
        [7, [C, A, E, B, D]],
        [2, [C, B, A, D, E]],
        [7, [D, C, E, B, A]],
        [8, [E, B, A, D, C]],
      ];
      const voters = await insertVoters(t.db, t.url, 45);
      let next = 0;
      await Promise.all(
        groups.flatMap(([count, ranking]) =>
          Array.from({ length: count }, () => {
            const voter = voters[next++];
            return cast(
              voter.client,
              ballot.id,
              ranking.map((optionId, index) => ({ optionId, rank: index + 1 })),
            ).then((r) => expect(r.errors).toBeUndefined());
          }),
        ),
      );
      daysFromNow(12);
      const { results } = (await read(t.client(), consultationId))!;
      expect(results!.ballots).toBe(45);
      expect(results!.winnerOptionIds).toEqual([E]);
      expect(results!.pairwise!.map((row) => row.slice(0, 5)).slice(0, 5)).toEqual([
        [0, 20, 26, 30, 22],
        [25, 0, 16, 33, 18],
        [19, 29, 0, 17, 24],
        [15, 12, 28, 0, 14],
        [23, 27, 21, 31, 0],
      ]);
      expect(results!.options.slice(0, 5).map((o) => o.schulzeRank)).toEqual([2, 4, 3, 5, 1]);
      // First preferences and Borda (n − rank with 8 options on the ballot, the unranked three at 0).
      expect(results!.options.slice(0, 5).map((o) => o.total)).toEqual([10, 8, 12, 7, 8]);
      expect(results!.options.slice(0, 5).map((o) => o.bordaScore)).toEqual([233, 227, 224, 204, 237]);
    });

    it('gives several Schulze winners on a tie and counts a changed ranking once', async () => {
      const { consultationId, ballot } = await votingBallot({
        method: 'RANKED',
        maxChoices: 2,
        eligibility: 'ANY_REGISTERED',
        resultsVisibility: 'LIVE',
      });
      const [a, b] = ballot.options.map((o) => o.id);
      const [v1, v2] = await insertVoters(t.db, t.url, 2);
      await cast(v1.client, ballot.id, [{ optionId: b, rank: 1 }]);
      await cast(v1.client, ballot.id, [
        { optionId: a, rank: 1 },
        { optionId: b, rank: 2 },
      ]);
      await cast(v2.client, ballot.id, [
        { optionId: b, rank: 1 },
        { optionId: a, rank: 2 },
      ]);
      const { results } = (await read(t.client(), consultationId))!;
      expect(results!.ballots).toBe(2);
      expect(results!.winnerOptionIds).toEqual([a, b]);
      expect(results!.pairwise![0][1]).toBe(1);
      expect(results!.pairwise![1][0]).toBe(1);
    });

    it('refuses every broken rule with its code and stores nothing', async () => {
      const points = await votingBallot({ method: 'POINTS', pointsTotal: 10, pointsPerOptionMax: 6 });
      const approval = await votingBallot({ method: 'APPROVAL', maxChoices: 2 });
      const ranked = await votingBallot({ method: 'RANKED', maxChoices: 3 });
      const [p1, p2, p3] = points.ballot.options.map((o) => o.id);
      const [a1, a2, a3] = approval.ballot.options.map((o) => o.id);
      const [r1, r2] = ranked.ballot.options.map((o) => o.id);
      const cases: [string, string, Choice[], string][] = [
        [
          'too many points',
          points.ballot.id,
          [
            { optionId: p1, points: 6 },
            { optionId: p2, points: 5 },
          ],
          'BALLOT_TOO_MANY_POINTS',
        ],
        ['points per option', points.ballot.id, [{ optionId: p1, points: 7 }], 'BALLOT_POINTS_PER_OPTION_EXCEEDED'],
        ['no points', points.ballot.id, [{ optionId: p1, points: 0 }], 'BALLOT_EMPTY'],
        [
          'negative points',
          points.ballot.id,
          [
            { optionId: p1, points: -1 },
            { optionId: p3, points: 5 },
          ],
          'BAD_USER_INPUT',
        ],
        [
          'too many choices',
          approval.ballot.id,
          [{ optionId: a1 }, { optionId: a2 }, { optionId: a3 }],
          'BALLOT_TOO_MANY_CHOICES',
        ],
        ['an option twice', approval.ballot.id, [{ optionId: a1 }, { optionId: a1 }], 'BALLOT_DUPLICATE_OPTION'],
        ['an unknown option', approval.ballot.id, [{ optionId: p1 }], 'BALLOT_UNKNOWN_OPTION'],
        ['an id that is no id', approval.ballot.id, [{ optionId: 'x' }], 'BALLOT_UNKNOWN_OPTION'],
        ['nothing', approval.ballot.id, [], 'BALLOT_EMPTY'],
        [
          'a duplicate rank',
          ranked.ballot.id,
          [
            { optionId: r1, rank: 1 },
            { optionId: r2, rank: 1 },
          ],
          'BALLOT_DUPLICATE_RANK',
        ],
        [
          'a rank gap',
          ranked.ballot.id,
          [
            { optionId: r1, rank: 1 },
            { optionId: r2, rank: 3 },
          ],
          'BAD_USER_INPUT',
        ],
        ['a missing rank', ranked.ballot.id, [{ optionId: r1 }], 'BAD_USER_INPUT'],
      ];
      for (const [name, ballotId, choices, code] of cases) {
        const result = await cast(resident.client, ballotId, choices);
        expect([name, errorCode(result)]).toEqual([name, code]);
        expect(result.errors?.[0].extensions).toHaveProperty('rule');
      }
      for (const { consultationId } of [points, approval, ranked]) {
        expect(await read(resident.client, consultationId)).toMatchObject({
          ballotsCast: 0,
          frozen: false,
          viewerBallot: null,
        });
      }

      const unknownBallot = await cast(resident.client, '00000000-0000-4000-8000-000000000000', [{ optionId: a1 }]);
      expect(errorCode(unknownBallot)).toBe('BALLOT_NOT_FOUND');
      expect(errorCode(await cast(t.client(), approval.ballot.id, [{ optionId: a1 }]))).toBe('UNAUTHENTICATED');
    });

    it('refuses voting outside VOTING', async () => {
      const { ballot } = await votingBallot({ method: 'APPROVAL' });
      daysFromNow(-3);
      const early = await cast(resident.client, ballot.id, [{ optionId: ballot.options[0].id }]);
      expect(errorCode(early)).toBe('PHASE_CLOSED');
      expect(early.errors?.[0].extensions).toMatchObject({ action: 'VOTE', phase: 'PROPOSALS', opensIn: 'VOTING' });
      daysFromNow(12);
      expect(errorCode(await cast(resident.client, ballot.id, [{ optionId: ballot.options[0].id }]))).toBe(
        'PHASE_CLOSED',
      );
    });
  });

  describe('eligibility', () => {
    it('lets residents of the municipality and of every municipality inside it vote, at any depth', async () => {
      const { consultationId, ballot } = await votingBallot({ method: 'APPROVAL' });
      const option = [{ optionId: ballot.options[0].id }];
      const [inCounty] = await insertVoters(t.db, t.url, 1, { homeMunicipalityId: county.id });
      const [inDistrict] = await insertVoters(t.db, t.url, 1, { homeMunicipalityId: village.id });
      const [homeless] = await insertVoters(t.db, t.url, 1);
      expect((await cast(inCounty.client, ballot.id, option)).errors).toBeUndefined();
      expect((await cast(resident.client, ballot.id, option)).errors).toBeUndefined();
      expect((await cast(inDistrict.client, ballot.id, option)).errors).toBeUndefined();
      const refused = await cast(outsider.client, ballot.id, option);
      expect(errorCode(refused)).toBe('BALLOT_NOT_ELIGIBLE');
      expect(errorCode(await cast(homeless.client, ballot.id, option))).toBe('BALLOT_NOT_ELIGIBLE');
      expect(await read(outsider.client, consultationId)).toMatchObject({
        viewerEligible: false,
        viewerCanVote: false,
        ballotsCast: 3,
      });
      expect((await read(homeless.client, consultationId))!.viewerEligible).toBe(false);
    });

    it("does not let a powiat's residents vote in one of its gminas, and ANY_REGISTERED lets everyone", async () => {
      const inGmina = await votingBallot({ method: 'APPROVAL' }, gmina.id, admin);
      const [inCounty] = await insertVoters(t.db, t.url, 1, { homeMunicipalityId: county.id });
      const option = [{ optionId: inGmina.ballot.options[0].id }];
      expect(errorCode(await cast(inCounty.client, inGmina.ballot.id, option))).toBe('BALLOT_NOT_ELIGIBLE');
      expect((await cast(resident.client, inGmina.ballot.id, option)).errors).toBeUndefined();

      const open = await votingBallot({ method: 'APPROVAL', eligibility: 'ANY_REGISTERED' });
      expect(
        (await cast(outsider.client, open.ballot.id, [{ optionId: open.ballot.options[0].id }])).errors,
      ).toBeUndefined();
    });
    it('refuses a voter blocked in the municipality, on the first ballot and on a frozen one, storing nothing', async () => {
      const [blocked, other] = await insertVoters(t.db, t.url, 2, { homeMunicipalityId: gmina.id });
      const until = new Date(Date.now() + 3 * DAY_MS);
      await t.db.query(
        `INSERT INTO moderation_sanctions (user_id, municipality_id, kind, reason, ends_at)
         VALUES ($1, $2, 'BLOCK', 'Spam', $3)`,
        [blocked.id, county.id, until],
      );
      const { ballot, consultationId } = await votingBallot({ method: 'APPROVAL' });
      const option = [{ optionId: ballot.options[0].id }];

      // The ballot's first cast (which would freeze it) and a cast on a frozen ballot take different paths.
      const first = await cast(blocked.client, ballot.id, option);
      expect(errorCode(first)).toBe('USER_BLOCKED');
      expect((first.errors?.[0]?.extensions as { until?: string } | undefined)?.until).toBe(until.toISOString());
      expect((await read(official.client, consultationId))?.frozen).toBe(false);
      expect((await cast(other.client, ballot.id, option)).errors).toBeUndefined();
      expect(errorCode(await cast(blocked.client, ballot.id, option))).toBe('USER_BLOCKED');
      const stored = await t.db.query('SELECT voter_id FROM cast_ballots WHERE ballot_id = $1', [ballot.id]);
      expect(stored).toEqual([{ voter_id: other.id }]);

      // A lifted block lets them vote.
      await t.db.query(`UPDATE moderation_sanctions SET lifted_at = now() WHERE user_id = $1`, [blocked.id]);
      expect((await cast(blocked.client, ballot.id, option)).errors).toBeUndefined();
    });
  });

  describe('receipts, paper ballots and export', () => {
    it('publishes the counted receipts, sorted and paginated, only after the close', async () => {
      const { ballot } = await votingBallot({ method: 'APPROVAL', eligibility: 'ANY_REGISTERED' });
      const voters = await insertVoters(t.db, t.url, 5);
      const receipts: string[] = [];
      for (const voter of voters) {
        receipts.push(
          (await cast(voter.client, ballot.id, [{ optionId: ballot.options[1].id }])).data!.castBallot.receipt,
        );
      }
      // A changed ballot keeps its receipt.
      await cast(voters[0].client, ballot.id, [{ optionId: ballot.options[2].id }]);
      expect(errorCode(await t.client().request(RECEIPTS, { b: ballot.id }))).toBe('BALLOT_RESULTS_HIDDEN');

      daysFromNow(12);
      type Page = {
        ballotReceipts: { nodes: string[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number };
      };
      const first = await t.client().data<Page>(RECEIPTS, { b: ballot.id, first: 3 });
      expect(first.ballotReceipts).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
      const second = await t.client().data<Page>(RECEIPTS, {
        b: ballot.id,
        first: 3,
        after: first.ballotReceipts.pageInfo.endCursor,
      });
      expect(second.ballotReceipts.pageInfo.hasNextPage).toBe(false);
      expect([...first.ballotReceipts.nodes, ...second.ballotReceipts.nodes]).toEqual([...receipts].sort());
    });

    it('counts paper ballots entered by officials apart and in the total, by the same rules', async () => {
      const { consultationId, ballot } = await votingBallot({
        method: 'POINTS',
        pointsTotal: 10,
        resultsVisibility: 'LIVE',
      });
      const [a, b] = ballot.options.map((o) => o.id);
      await cast(resident.client, ballot.id, [{ optionId: a, points: 10 }]);
      const paper = [
        [
          { optionId: a, points: 4 },
          { optionId: b, points: 6 },
        ],
        [{ optionId: b, points: 10 }],
      ];
      expect(errorCode(await resident.client.request(PAPER, { input: { ballotId: ballot.id, ballots: paper } }))).toBe(
        'FORBIDDEN',
      );
      const bad = await official.client.request(PAPER, {
        input: {
          ballotId: ballot.id,
          ballots: [
            ...paper,
            [
              { optionId: a, points: 6 },
              { optionId: b, points: 6 },
            ],
          ],
        },
      });
      expect(errorCode(bad)).toBe('BALLOT_TOO_MANY_POINTS');
      expect(bad.errors?.[0].extensions).toMatchObject({ ballotIndex: 2 });
      const unknownMeeting = await official.client.request(PAPER, {
        input: { ballotId: ballot.id, ballots: paper, meetingId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(unknownMeeting.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'meetingId', code: 'NOT_FOUND' }]);

      const entered = (
        await official.client.data<{ enterPaperBallots: TestBallot }>(PAPER, {
          input: { ballotId: ballot.id, ballots: paper },
        })
      ).enterPaperBallots;
      expect(entered).toMatchObject({ ballotsCast: 1, paperBallots: 2 });
      expect(entered.results).toMatchObject({ ballots: 3, onlineBallots: 1, paperBallots: 2 });
      expect(entered.results!.options.slice(0, 2).map((o) => [o.online, o.paper, o.total])).toEqual([
        [10, 4, 14],
        [0, 16, 16],
      ]);
      expect(entered.results!.winnerOptionIds).toEqual([b]);

      // Late counting in REPORT is allowed; after it, not.
      daysFromNow(12);
      expect(
        (await official.client.request(PAPER, { input: { ballotId: ballot.id, ballots: [paper[1]] } })).errors,
      ).toBeUndefined();
      expect((await read(official.client, consultationId))!.paperBallots).toBe(3);
      daysFromNow(30);
      expect(
        errorCode(await official.client.request(PAPER, { input: { ballotId: ballot.id, ballots: [paper[1]] } })),
      ).toBe('PHASE_CLOSED');
    });

    it('exports the results as CSV under the same visibility rule', async () => {
      const { ballot } = await votingBallot({ method: 'APPROVAL' });
      await cast(resident.client, ballot.id, [{ optionId: ballot.options[3].id }]);
      const url = `${t.url}/api/ballots/${ballot.id}/results.csv`;
      const hidden = await fetch(url, { headers: { cookie: admin.client.cookie! } });
      expect(hidden.status).toBe(403);
      expect(((await hidden.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
        'BALLOT_RESULTS_HIDDEN',
      );
      expect((await fetch(`${t.url}/api/ballots/00000000-0000-4000-8000-000000000000/results.csv`)).status).toBe(404);

      daysFromNow(12);
      const shown = await fetch(url);
      expect(shown.status).toBe(200);
      expect(shown.headers.get('content-type')).toContain('text/csv');
      const text = await shown.text();
      expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
        'Lp.,Opcja,Głosy online,Głosy z kart papierowych,Głosy razem,Zwycięska',
      );
      expect(text).toContain('4,TRANSPORT,1,0,1,tak');
    });
  });

  describe('report', () => {
    it("fills the consultation report's ballot section with the results", async () => {
      const { consultationId, ballot } = await votingBallot({ method: 'POINTS', pointsTotal: 10 });
      const [a, b] = ballot.options.map((o) => o.id);
      await cast(resident.client, ballot.id, [
        { optionId: a, points: 3 },
        { optionId: b, points: 7 },
      ]);
      daysFromNow(12);
      await official.client.data(`mutation($p: EnterPaperBallotsInput!) { enterPaperBallots(input: $p) { id } }`, {
        p: { ballotId: ballot.id, ballots: [[{ optionId: a, points: 10 }]] },
      });
      const { generateConsultationReport: report } = await official.client.data<{
        generateConsultationReport: {
          ballot: {
            voters: number;
            paperBallots: number;
            method: string;
            resultsHidden: boolean;
            options: { label: string; online: number; paper: number; total: number; winner: boolean }[];
          };
          phases: { kind: string; votes: number }[];
          totals: { votes: number; people: number };
        };
      }>(
        `mutation($c: ID!) { generateConsultationReport(consultationId: $c) {
          ballot { voters paperBallots method resultsHidden options { label online paper total winner } }
          phases { kind votes } totals { votes people } } }`,
        { c: consultationId },
      );
      expect(report.ballot).toMatchObject({ voters: 1, paperBallots: 1, method: 'POINTS', resultsHidden: false });
      expect(report.ballot.options.slice(0, 2)).toEqual([
        { label: 'EDUCATION', online: 3, paper: 10, total: 13, winner: true },
        { label: 'HEALTH', online: 7, paper: 0, total: 7, winner: false },
      ]);
      const csv = await (await fetch(`${t.url}/api/consultations/${consultationId}/report.csv`)).text();
      expect(csv).toContain('EDUCATION,3,10,13,,,tak');
      // The participation figures count both ballots, and the online voter among the people who took part.
      expect(report.totals).toEqual({ votes: 2, people: 1 });
      expect(report.phases.reduce((sum, phase) => sum + phase.votes, 0)).toBe(2);
    });
  });

  describe('concurrency, live events and batching', () => {
    it('ends 200 voters casting and then changing POINTS ballots in parallel in exact totals', async () => {
      const { consultationId, ballot } = await votingBallot({
        method: 'POINTS',
        pointsTotal: 10,
        eligibility: 'ANY_REGISTERED',
      });
      const ids = ballot.options.map((o) => o.id);
      const voters: Voter[] = await insertVoters(t.db, t.url, 200);
      const firstChoice = (i: number): Choice[] => [
        { optionId: ids[i % 8], points: 6 },
        { optionId: ids[(i + 1) % 8], points: 4 },
      ];
      const finalChoice = (i: number): Choice[] => [
        { optionId: ids[(i * 3) % 8], points: 3 + (i % 5) },
        { optionId: ids[(i * 3 + 5) % 8], points: 2 },
      ];
      const run = async (choices: (i: number) => Choice[]) => {
        const results = await Promise.all(voters.map((voter, i) => cast(voter.client, ballot.id, choices(i))));
        expect(results.filter((r) => r.errors)).toEqual([]);
      };
      await run(firstChoice);
      // Changing, with some voters also sending their first ballot again and again at the same moment.
      await Promise.all([
        run(finalChoice),
        ...voters.slice(0, 20).map((voter, i) => cast(voter.client, ballot.id, firstChoice(i))),
      ]);
      // The 20 raced their own change: whichever came last counts. Settle them to the final ballot, sequentially.
      for (const [i, voter] of voters.slice(0, 20).entries()) await cast(voter.client, ballot.id, finalChoice(i));

      const expected = new Array<number>(8).fill(0);
      voters.forEach((_, i) => {
        for (const choice of finalChoice(i)) expected[ids.indexOf(choice.optionId)] += choice.points!;
      });
      daysFromNow(12);
      const { results, ballotsCast } = (await read(t.client(), consultationId))!;
      expect(ballotsCast).toBe(200);
      expect(results!.options.map((o) => o.total)).toEqual(expected);
      const [{ rows }] = await t.db.query(
        `SELECT count(*)::int AS rows FROM cast_ballot_choices c JOIN cast_ballots cb ON cb.id = c.cast_ballot_id
         WHERE cb.ballot_id = $1 AND c.revision = cb.revision`,
        [ballot.id],
      );
      expect(rows).toBe(400);
    });

    it("tells the casts that queued behind the first cast's freeze that the ballot is frozen now", async () => {
      const { ballot } = await votingBallot({ method: 'APPROVAL', eligibility: 'ANY_REGISTERED' });
      const ballots = t.app.get(BallotRepository);
      const [freezing, waiting] = [t.db.createQueryRunner(), t.db.createQueryRunner()];
      try {
        await freezing.startTransaction();
        await waiting.startTransaction();
        expect(await ballots.lockUnfrozen(ballot.id, freezing.manager)).toBe(true);
        const [{ pid }]: { pid: number }[] = await waiting.query('SELECT pg_backend_pid() AS pid');
        const second = ballots.lockUnfrozen(ballot.id, waiting.manager);
        // The second transaction queues on the row until the first one commits its freeze.
        for (let tries = 0; ; tries++) {
          const [activity]: { wait: string | null }[] = await t.db.query(
            'SELECT wait_event_type AS wait FROM pg_stat_activity WHERE pid = $1',
            [pid],
          );
          if (activity?.wait === 'Lock') break;
          if (tries > 200) throw new Error('The second transaction never waited for the lock');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        await ballots.freeze(ballot.id, new Date(), freezing.manager);
        await freezing.commitTransaction();
        // PostgreSQL re-checks `frozen_at IS NULL` on the committed row: the waiter learns it lost the race and
        // goes the shared way. (It still holds the row's lock until its transaction ends, which the cast does at once.)
        expect(await second).toBe(false);
        await waiting.commitTransaction();
      } finally {
        await freezing.release();
        await waiting.release();
      }
    });

    it('stores casts gathered into one statement as if each came alone: the same voter twice, a taken receipt', async () => {
      const { ballot } = await votingBallot({ method: 'APPROVAL', eligibility: 'ANY_REGISTERED' });
      const [a, b, c] = await insertVoters(t.db, t.url, 3);
      // Frozen, so the casts below take the shared path.
      expect((await cast(a.client, ballot.id, [{ optionId: ballot.options[0].id }])).errors).toBeUndefined();
      const casts = t.app.get(CastBallotRepository);
      const base = { ballotId: ballot.id, at: new Date(), municipalityId: county.id };
      const choose = (option: number) => [{ optionId: ballot.options[option].id, points: null, rank: null }];
      // Issued in one turn of the event loop: one batch.
      const results = await Promise.allSettled([
        casts.upsert({ ...base, voterId: b.id, receipt: 'BBBBBBBBB2', choices: choose(1) }),
        casts.upsert({ ...base, voterId: b.id, receipt: 'BBBBBBBBB3', choices: choose(2) }),
        casts.upsert({ ...base, voterId: c.id, receipt: 'BBBBBBBBB2', choices: choose(3) }),
        casts.upsert({ ...base, voterId: a.id, receipt: 'AAAAAAAAA2', choices: choose(4) }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      const stored: { voter_id: string; receipt: string; option_id: string }[] = await t.db.query(
        `SELECT cb.voter_id, cb.receipt, c.option_id FROM cast_ballots cb
         JOIN cast_ballot_choices c ON c.cast_ballot_id = cb.id AND c.revision = cb.revision
         WHERE cb.ballot_id = $1 ORDER BY cb.receipt`,
        [ballot.id],
      );
      // b's later cast counts and keeps the first receipt; c's taken receipt stored nothing; a changed its ballot.
      expect(stored.find((row) => row.voter_id === b.id)).toEqual({
        voter_id: b.id,
        receipt: 'BBBBBBBBB2',
        option_id: ballot.options[2].id,
      });
      expect(stored.some((row) => row.voter_id === c.id)).toBe(false);
      expect(stored.find((row) => row.voter_id === a.id)?.option_id).toBe(ballot.options[4].id);
      expect(stored).toHaveLength(2);
    });

    it('pushes configuration changes and coalesced cast counts to a real socket.io client', async () => {
      const consultationId = await insertConsultation(t.db, {
        municipalityId: county.id,
        organiserId: official.id,
        phases: VOTING_NOW,
      });
      const events: ConsultationEvent[] = [];
      const socket: ClientSocket = io(t.url, {
        path: SOCKET_PATH,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      socket.on('consultation.event', (event) => events.push(event));
      await new Promise((resolve, reject) => {
        socket.once('connect', () => resolve(undefined));
        socket.once('connect_error', reject);
      });
      await socket.timeout(5000).emitWithAck('room.join', { room: `consultation:${consultationId}` });
      try {
        const ballot = (
          await configure(official.client, {
            consultationId,
            method: 'APPROVAL',
            resultsVisibility: 'LIVE',
            eligibility: 'ANY_REGISTERED',
          })
        ).data!.configureBallot;
        const voters = await insertVoters(t.db, t.url, 5);
        await Promise.all(voters.map((v) => cast(v.client, ballot.id, [{ optionId: ballot.options[0].id }])));
        const deadline = Date.now() + 5000;
        while (!events.some((e) => e.kind === 'ballot.cast' && e.ballotsCast === 5) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(events[0]).toMatchObject({ kind: 'ballot.updated', ballotId: ballot.id });
        const casts = events.filter((e) => e.kind === 'ballot.cast');
        expect(casts.at(-1)).toMatchObject({ ballotId: ballot.id, ballotsCast: 5, paperBallots: 0 });
        // Five votes at once make far fewer than five events.
        expect(casts.length).toBeLessThan(5);
        expect(events.some((e) => e.kind === 'ballot.results')).toBe(true);
        const seqs = events.map((e) => e.seq);
        expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      } finally {
        socket.disconnect();
      }
    });

    it('reads a ballot with its options, proposals and results in a fixed number of statements', async () => {
      const withProposals = async (count: number): Promise<string> => {
        const consultationId = await insertConsultation(t.db, {
          municipalityId: county.id,
          organiserId: official.id,
          phases: VOTING_NOW,
        });
        for (let n = 1; n <= count; n++) {
          await t.db.query(
            `INSERT INTO proposals (consultation_id, number, title, body_source, body_html, service_area_code, status)
             VALUES ($1, $2, $3, 'Treść', '<p>Treść</p>', 'HEALTH', 'ACCEPTED')`,
            [consultationId, n, `Propozycja ${n}`],
          );
        }
        const ballot = (
          await configure(official.client, {
            consultationId,
            method: 'RANKED',
            optionSource: 'ACCEPTED_PROPOSALS',
            resultsVisibility: 'LIVE',
          })
        ).data!.configureBallot;
        await cast(resident.client, ballot.id, [{ optionId: ballot.options[0].id, rank: 1 }]);
        return consultationId;
      };
      const small = await withProposals(2);
      const large = await withProposals(6);
      // Let the casts' coalesced live event go out first, so only the read is counted.
      await new Promise((resolve) => setTimeout(resolve, BALLOT_CAST_COALESCE_MS + 200));
      const few = await countStatements(t.db, () => resident.client.data(READ, { c: small }));
      const many = await countStatements(t.db, () => resident.client.data(READ, { c: large }));
      expect(many.count).toBe(few.count);
      expect(few.count).toBeLessThanOrEqual(14);
      expect(many.statements.filter((s) => s.includes('FROM ballot_options'))).toHaveLength(1);
    });
  });
});
