import { ConsultationTimelineService } from '../../src/consultations/services/consultation-timeline.service.js';
import { NotificationMailService } from '../../src/notifications/services/notification-mail.service.js';
import { ensureServiceAreas } from './consultation-factories.js';
import { createConsultation, SAMPLES, setPhases, upload, warsawDay, type TestPhase } from './document-factories.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './factories.js';
import { createCategory, createThread, reply } from './forum-factories.js';
import type { GraphQLClient } from './graphql-client.js';
import { createMeeting, hoursFromNow } from './meeting-factories.js';
import type { TestApp } from './test-app.js';
import type { WriteLog } from './write-log.js';

/*
 * One world for the authorization matrix: two municipalities (A, the scope
 * every scoped mutation targets, and B, whose people are outside it), a
 * network with A as a member and one without, an organisation working in A,
 * and in A a consultation with its draft, proposal, ballot, meeting, problem
 * tree, forum thread, survey, indicator value, document and good practice.
 */

/** Who calls: one signed-in browser per role, plus a fresh anonymous one per call. */
export const ROLES = [
  'anonymous',
  'resident',
  'author',
  'officialA',
  'officialB',
  'moderatorA',
  'coordinatorIn',
  'coordinatorOut',
  'orgOwner',
  'orgMember',
  'admin',
] as const;
export type RoleName = (typeof ROLES)[number];
export type SignedInRole = Exclude<RoleName, 'anonymous'>;

/** Phases of consultation A: proposals are open today, voting and the draft's comments come later. */
export function proposalsNow(): TestPhase[] {
  return [
    { kind: 'DIAGNOSIS', startsOn: warsawDay(-30), endsOn: warsawDay(-11) },
    { kind: 'PROPOSALS', startsOn: warsawDay(-10), endsOn: warsawDay(10) },
    { kind: 'VOTING', startsOn: warsawDay(11), endsOn: warsawDay(20) },
    { kind: 'DRAFT_CONSULTATION', startsOn: warsawDay(21), endsOn: warsawDay(30) },
  ];
}

const commentsNow = (): TestPhase[] => [
  { kind: 'PROPOSALS', startsOn: warsawDay(-30), endsOn: warsawDay(-1) },
  { kind: 'DRAFT_CONSULTATION', startsOn: warsawDay(0), endsOn: warsawDay(30) },
];

export interface World {
  t: TestApp;
  users: Record<SignedInRole | 'bystander', RegisteredUser>;
  /** Someone who only ever is acted upon: sanctioned, granted a role, named a coordinator or a member. */
  bystander: RegisteredUser;
  /** The bystander's MODERATOR grant in municipality C. */
  bystanderGrant: string;
  handles: Map<string, string>;
  municipalityA: string;
  municipalityB: string;
  /** Nobody's scope: networks add and remove it. */
  municipalityC: string;
  networkIn: string;
  networkOut: string;
  /** The first meeting of networkIn's plan (it has attendance, so the plan is in use and not replaced). */
  networkMeetingIn: string;
  lastNetworkMeetingIn: string;
  /** Owned by orgOwner, with orgMember and the bystander as members. */
  organisation: string;
  /** Pending invitations of `resident`, each to an organisation of its own. */
  invitations: { accept: string; decline: string };
  consultationA: string;
  /** An unpublished consultation of A. */
  draftConsultationA: string;
  consultationB: string;
  categoryA: string;
  categoryGlobal: string;
  secondCategoryA: string;
  categoryB: string;
  threadA: string;
  /** The author's reply in threadA. */
  postA: string;
  paragraphA: string;
  /** The author's comment on paragraphA. */
  paragraphCommentA: string;
  proposalA: string;
  ballotA: string;
  ballotOptionA: string;
  meetingA: string;
  treeA: string;
  rootNodeA: string;
  /** The author's PROPOSED suggestion in treeA. */
  nodeA: string;
  objectiveNodeA: string;
  /** A published survey of A with one open answer. */
  surveyA: string;
  surveyAnswer: { responseId: string; questionId: string };
  draftSurveyA: string;
  /** An unread notification of the author's. */
  notificationOfAuthor: string;
  indicatorId: string;
  unitCostIndicatorId: string;
  indicatorValueA: string;
  documentA: string;
  goodPractice: string;
  /** A good practice of municipality C (A's officials report trying it). */
  goodPracticeOfC: string;
  /** Logs `role` in once more (a phone next to the laptop) and returns that session's id. */
  newSessionOf(role: SignedInRole): Promise<string>;
  /** The current version of a problem-tree or objective node, for optimistic locking. */
  versionOf(nodeId: string, table?: 'problem_tree_nodes' | 'objective_nodes'): Promise<number>;
  newDraftSurvey(): Promise<string>;
  /**
   * Runs the background work now (phase announcements, immediate e-mails) and
   * waits until nothing more is written (after-commit work of the calls that
   * built the arguments), so none of it lands amid the refused calls.
   */
  settle(writes: WriteLog): Promise<void>;
  /** Logs `role` in again on its own client, after a call that ended its session. */
  logInAgain(role: SignedInRole): Promise<void>;
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;

async function id(db: TestApp['db'], sql: string, params: unknown[]): Promise<string> {
  const rows: { id: string }[] = await db.query(sql, params);
  if (!rows[0]) throw new Error(`No row for ${sql}`);
  return rows[0].id;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const db = t.db;
  await ensureServiceAreas(db);
  const municipalityA = (await createMunicipality(db, { name: 'Gmina Alfa' })).id;
  const municipalityB = (await createMunicipality(db, { name: 'Gmina Beta' })).id;

  const municipalityC = (await createMunicipality(db, { name: 'Gmina Gamma' })).id;

  const users = {} as World['users'];
  for (const role of [...ROLES, 'bystander'] as const) {
    if (role === 'anonymous') continue;
    users[role] = await registerUser(t.client(), {
      displayName: `Rola ${role}`,
      homeMunicipalityId: role === 'officialB' || role === 'coordinatorOut' ? municipalityB : municipalityA,
    });
  }
  await makeAdmin(db, users.admin.id);
  await grantRole(db, users.officialA.id, municipalityA, 'OFFICIAL');
  await grantRole(db, users.officialB.id, municipalityB, 'OFFICIAL');
  await grantRole(db, users.moderatorA.id, municipalityA, 'MODERATOR');
  await grantRole(db, users.bystander.id, municipalityC, 'MODERATOR');
  const bystanderGrant = await id(db, 'SELECT id FROM role_grants WHERE user_id = $1', [users.bystander.id]);
  const handleRows: { id: string; handle: string }[] = await db.query('SELECT id, handle FROM users');
  const handles = new Map(handleRows.map((row) => [row.id, row.handle]));
  const admin = users.admin.client;
  const officialA = users.officialA.client;
  const author = users.author.client;

  // Networks: A belongs to the first, B to the second; each has its coordinator.
  const network = async (name: string, member: string, coordinator: string): Promise<string> => {
    const { createNetwork } = await admin.data<{ createNetwork: { id: string } }>(
      `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
      { input: { name, kind: 'EXCHANGE_GROUP', serviceAreaCode: 'EDUCATION' } },
    );
    await admin.data(`mutation($n: ID!, $u: ID!) { addNetworkCoordinator(networkId: $n, userId: $u) { id } }`, {
      n: createNetwork.id,
      u: coordinator,
    });
    await admin.data(`mutation($n: ID!, $m: ID!) { addNetworkMember(networkId: $n, municipalityId: $m) { id } }`, {
      n: createNetwork.id,
      m: member,
    });
    return createNetwork.id;
  };
  const networkIn = await network('Grupa Wymiany: oświata Alfy', municipalityA, users.coordinatorIn.id);
  const networkOut = await network('Grupa Wymiany: oświata Bety', municipalityB, users.coordinatorOut.id);
  const { generateMeetingPlan } = await admin.data<{ generateMeetingPlan: { id: string }[] }>(
    `mutation($input: GenerateMeetingPlanInput!) { generateMeetingPlan(input: $input) { id } }`,
    { input: { networkId: networkIn, count: 2, intervalWeeks: 4, startDate: warsawDay(14) } },
  );
  await admin.data(
    `mutation($input: NetworkMeetingAttendanceInput!) { setNetworkMeetingAttendance(input: $input) { id } }`,
    { input: { meetingId: generateMeetingPlan[0].id, municipalityIds: [municipalityA] } },
  );

  // The organisation: owner and one member; the resident holds a pending invitation.
  const { createOrganisation } = await users.orgOwner.client.data<{ createOrganisation: { id: string } }>(
    `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`,
    { input: { name: 'Stowarzyszenie Przyjaciół Alfy', municipalityIds: [municipalityA] } },
  );
  const organisation = createOrganisation.id;
  const invite = async (userId: string, organisationId = organisation): Promise<string> =>
    (
      await users.orgOwner.client.data<{ inviteToOrganisation: { id: string } }>(
        `mutation($input: InviteMemberInput!) { inviteToOrganisation(input: $input) { id } }`,
        { input: { organisationId, handle: handles.get(userId) } },
      )
    ).inviteToOrganisation.id;
  for (const member of [users.orgMember, users.bystander]) {
    await member.client.data(`mutation($id: ID!) { acceptOrganisationInvitation(id: $id) { id } }`, {
      id: await invite(member.id),
    });
  }
  const otherOrganisation = async (name: string): Promise<string> =>
    (
      await users.orgOwner.client.data<{ createOrganisation: { id: string } }>(
        `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`,
        { input: { name, municipalityIds: [municipalityA] } },
      )
    ).createOrganisation.id;
  const invitations = {
    accept: await invite(users.resident.id, await otherOrganisation('Klub Seniora Alfy')),
    decline: await invite(users.resident.id, await otherOrganisation('Klub Sportowy Alfy')),
  };

  // Forum categories: two of A (comments and proposal discussions open threads there too), a global one.
  const categoryA = await createCategory(db, { municipalityId: municipalityA });
  const secondCategoryA = await createCategory(db, { municipalityId: municipalityA });
  const categoryGlobal = await createCategory(db);
  const categoryB = await createCategory(db, { municipalityId: municipalityB });

  // Consultations.
  const consultationA = await createConsultation(db, {
    municipalityId: municipalityA,
    organiserId: users.officialA.id,
    phases: commentsNow(),
  });
  const draftConsultationA = await createConsultation(db, {
    municipalityId: municipalityA,
    organiserId: users.officialA.id,
    published: false,
    phases: proposalsNow(),
  });
  const consultationB = await createConsultation(db, {
    municipalityId: municipalityB,
    organiserId: users.officialB.id,
    phases: proposalsNow(),
  });

  // The draft and a comment on its first paragraph (while comments are open).
  await officialA.data(`mutation($input: PublishDraftInput!) { publishDraft(input: $input) { id } }`, {
    input: { consultationId: consultationA, title: 'Strategia', source: '# Strategia\n\nCel: czyste powietrze.' },
  });
  const paragraphA = await id(
    db,
    `SELECT p.id FROM draft_paragraphs p JOIN drafts d ON d.id = p.draft_id
     WHERE d.consultation_id = $1 ORDER BY p.number LIMIT 1`,
    [consultationA],
  );
  const { commentOnParagraph } = await author.data<{ commentOnParagraph: { id: string } }>(
    `mutation($input: CommentOnParagraphInput!) { commentOnParagraph(input: $input) { id } }`,
    { input: { paragraphId: paragraphA, body: 'Proszę dopisać termin realizacji.' } },
  );
  await setPhases(db, consultationA, proposalsNow());

  // A proposal, a ballot and a meeting of consultation A.
  const { submitProposal } = await author.data<{ submitProposal: { id: string } }>(
    `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
    {
      input: {
        consultationId: consultationA,
        title: 'Ścieżka rowerowa do szkoły',
        body: 'Bezpieczna droga dla dzieci.',
        serviceArea: 'TRANSPORT',
      },
    },
  );
  const { configureBallot } = await officialA.data<{ configureBallot: { id: string } }>(
    `mutation($input: ConfigureBallotInput!) { configureBallot(input: $input) { id } }`,
    { input: ballotInput(consultationA) },
  );
  const meeting = await createMeeting(officialA, { consultationId: consultationA });
  const options: { id: string }[] = await db.query('SELECT id FROM ballot_options WHERE ballot_id = $1 LIMIT 1', [
    configureBallot.id,
  ]);

  // The forum: a thread and the author's reply in it.
  const thread = await createThread(author, categoryA);
  const post = await reply(author, thread.id, 'Odpowiedź autora w wątku gminy Alfa.');
  const notificationOfAuthor = await id(
    db,
    `INSERT INTO notifications (recipient_id, type, subject_kind, subject_id, title, path, dedupe_key, delivery)
     VALUES ($1, 'REPLY', 'POST', $2, 'Odpowiedź', '/', 'matrix', 'IN_APP') RETURNING id`,
    [users.author.id, post.id],
  );

  // A workshop problem tree of A with the author's suggestion and an objectives tree.
  const { createProblemTree } = await officialA.data<{ createProblemTree: { id: string } }>(
    `mutation($input: CreateProblemTreeInput!) { createProblemTree(input: $input) { id } }`,
    { input: { municipalityId: municipalityA, title: 'Smog w gminie', coreText: 'Złe powietrze zimą' } },
  );
  const treeA = createProblemTree.id;
  const rootNodeA = await id(db, 'SELECT id FROM problem_tree_nodes WHERE tree_id = $1 AND parent_id IS NULL', [treeA]);
  const addNode = `mutation($input: AddProblemTreeNodeInput!) { addProblemTreeNode(input: $input) { id } }`;
  await officialA.data(addNode, { input: { treeId: treeA, parentId: rootNodeA, kind: 'CAUSE', text: 'Stare piece' } });
  const { addProblemTreeNode } = await author.data<{ addProblemTreeNode: { id: string } }>(addNode, {
    input: { treeId: treeA, parentId: rootNodeA, kind: 'EFFECT', text: 'Choroby dróg oddechowych' },
  });
  await officialA.data(`mutation($id: ID!) { generateObjectivesTree(treeId: $id) { id } }`, { id: treeA });
  const objectiveNodeA = await id(db, 'SELECT id FROM objective_nodes WHERE tree_id = $1 LIMIT 1', [treeA]);

  // A published survey of A with one answered open question.
  const survey = await createSurvey(officialA, municipalityA);
  await officialA.data(`mutation($id: ID!) { publishSurvey(id: $id) { id } }`, { id: survey.id });
  await author.data(`mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) }`, {
    input: { surveyId: survey.id, answers: [{ questionId: survey.questions[0].id, text: 'Więcej autobusów' }] },
  });
  const responseId = await id(db, 'SELECT id FROM survey_responses WHERE survey_id = $1', [survey.id]);
  const draftSurvey = await createSurvey(officialA, municipalityA);

  // The comparative base, a document and a good practice.
  const indicatorId = await id(db, `SELECT id FROM indicator_definitions WHERE kind = 'RESULT' LIMIT 1`, []);
  const unitCostIndicatorId = await id(db, `SELECT id FROM indicator_definitions WHERE kind = 'UNIT_COST' LIMIT 1`, []);
  const { recordIndicatorValue } = await officialA.data<{ recordIndicatorValue: { id: string } }>(
    `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id } }`,
    { input: { indicatorId, municipalityId: municipalityA, year: 2022, value: '12' } },
  );
  const uploaded = await upload(t.url, {
    cookie: officialA.cookie,
    fields: { consultationId: consultationA },
    fileName: 'uchwala.pdf',
    content: SAMPLES.pdf,
  });
  if (!uploaded.body.id) throw new Error(`Upload failed: ${JSON.stringify(uploaded.body)}`);
  await createCategory(db, { slug: 'dobre-praktyki' });
  const { createGoodPractice } = await officialA.data<{ createGoodPractice: { id: string } }>(
    `mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { id } }`,
    { input: goodPracticeInput(municipalityA, networkIn) },
  );
  const { createGoodPractice: practiceOfC } = await admin.data<{ createGoodPractice: { id: string } }>(
    `mutation($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { id } }`,
    { input: goodPracticeInput(municipalityC, null) },
  );

  return {
    t,
    users,
    bystander: users.bystander,
    bystanderGrant,
    handles,
    municipalityA,
    municipalityB,
    municipalityC,
    networkIn,
    networkOut,
    networkMeetingIn: generateMeetingPlan[0].id,
    lastNetworkMeetingIn: generateMeetingPlan[1].id,
    organisation,
    invitations,
    consultationA,
    draftConsultationA,
    consultationB,
    categoryA,
    categoryGlobal,
    secondCategoryA,
    categoryB,
    threadA: thread.id,
    postA: post.id,
    paragraphA,
    paragraphCommentA: commentOnParagraph.id,
    proposalA: submitProposal.id,
    ballotA: configureBallot.id,
    // Options are drawn when voting opens; an unknown option still reaches the access rules.
    ballotOptionA: options[0]?.id ?? '00000000-0000-4000-8000-000000000000',
    meetingA: meeting.id,
    treeA,
    rootNodeA,
    nodeA: addProblemTreeNode.id,
    objectiveNodeA,
    surveyA: survey.id,
    surveyAnswer: { responseId, questionId: survey.questions[0].id },
    draftSurveyA: draftSurvey.id,
    notificationOfAuthor,
    indicatorId,
    unitCostIndicatorId,
    indicatorValueA: recordIndicatorValue.id,
    documentA: uploaded.body.id,
    goodPractice: createGoodPractice.id,
    goodPracticeOfC: practiceOfC.id,
    async newSessionOf(role) {
      const phone = t.client();
      await phone.data(LOGIN, { input: { email: users[role].email, password: users[role].password } });
      return id(db, 'SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1', [users[role].id]);
    },
    async versionOf(nodeId, table = 'problem_tree_nodes') {
      const [row]: { version: number }[] = await db.query(`SELECT version FROM ${table} WHERE id = $1`, [nodeId]);
      return row.version;
    },
    async newDraftSurvey() {
      return (await createSurvey(officialA, municipalityA)).id;
    },
    async settle(writes) {
      for (let round = 0; round < 50; round++) {
        const before = await writes.mark();
        await t.app.get(ConsultationTimelineService).emitDuePhaseChanges();
        await t.app.get(NotificationMailService).mailImmediate();
        await new Promise((resolve) => setTimeout(resolve, 30));
        if ((await writes.mark()) === before) return;
      }
      throw new Error('The background work never settled.');
    },
    async logInAgain(role) {
      const client = users[role].client;
      client.cookie = null;
      await client.data(LOGIN, { input: { email: users[role].email, password: users[role].password } });
    },
  };
}

export function ballotInput(consultationId: string) {
  return {
    consultationId,
    method: 'APPROVAL',
    maxChoices: 2,
    optionSource: 'SERVICE_AREAS',
    eligibility: 'ANY_REGISTERED',
    resultsVisibility: 'AFTER_CLOSE',
  };
}

export function goodPracticeInput(municipalityId: string, networkId: string | null) {
  return {
    municipalityId,
    networkId,
    title: 'Wspólny zakup pomocy dydaktycznych',
    problem: 'Drogie pomoce dydaktyczne.',
    solution: 'Zakup grupowy kilku gmin.',
    results: 'Oszczędność 20%.',
    contact: 'oswiata@alfa.example.pl',
    serviceAreaCode: 'EDUCATION',
  };
}

export function surveyInput(municipalityId: string) {
  return {
    municipalityId,
    title: 'Jak oceniasz transport?',
    description: 'Ankieta satysfakcji.',
    serviceArea: 'TRANSPORT',
    access: 'ACCOUNT',
    opensAt: hoursFromNow(-1),
    closesAt: hoursFromNow(48),
    questions: [{ kind: 'OPEN_TEXT', text: 'Co poprawić?', options: [], required: true }],
  };
}

async function createSurvey(
  client: GraphQLClient,
  municipalityId: string,
): Promise<{ id: string; questions: { id: string }[] }> {
  const { createSurvey } = await client.data<{ createSurvey: { id: string; questions: { id: string }[] } }>(
    `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id questions { id } } }`,
    { input: surveyInput(municipalityId) },
  );
  return createSurvey;
}
