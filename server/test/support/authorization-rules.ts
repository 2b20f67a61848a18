import { ErrorCode } from '@ratusz/shared';
import { consultationInput } from './consultation-factories.js';
import { createConsultation, SAMPLES, upload } from './document-factories.js';
import { STRONG_PASSWORD, uniqueEmail } from './factories.js';
import { createThread, reply } from './forum-factories.js';
import { createMeeting, hoursFromNow, warsawDay } from './meeting-factories.js';
import {
  ballotInput,
  goodPracticeInput,
  proposalsNow,
  surveyInput,
  type RoleName,
  type SignedInRole,
  type World,
} from './authorization-world.js';

/*
 * Who may call each mutation, written down once per mutation of the schema
 * (authorization-matrix.int-spec.ts fails when a mutation has no entry here).
 * The rule names the people who may act on the world's entity in
 * municipality A; everybody else must be refused the way the product refuses.
 */

/** Who holds the right over the entity the arguments name (always one of municipality A, its network or organisation). */
export const RULE_HOLDERS = {
  /** Anyone, signed in or not. */
  PUBLIC: [
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
  ],
  /** Any signed-in user, acting on their own behalf (following, voting, suggesting, their own settings). */
  AUTHENTICATED: [
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
  ],
  /** Global administrators. */
  ADMIN: ['admin'],
  /** Officials of municipality A (administrators everywhere). */
  MUNICIPALITY_OFFICIAL: ['officialA', 'admin'],
  /** Officials and moderators of municipality A (administrators everywhere). */
  MUNICIPALITY_MODERATOR: ['officialA', 'moderatorA', 'admin'],
  /** Coordinators of the network A belongs to (administrators everywhere). */
  NETWORK_COORDINATOR: ['coordinatorIn', 'admin'],
  /** Officials of A or coordinators of the network the thing is filed under. */
  OFFICIAL_OR_NETWORK_COORDINATOR: ['officialA', 'coordinatorIn', 'admin'],
  /** The organisation's owner (administrators hold no power over an organisation's membership). */
  ORGANISATION_OWNER: ['orgOwner'],
  /** Members of the organisation, the owner included (who must hand the ownership over first: CONFLICT). */
  ORGANISATION_MEMBER: ['orgOwner', 'orgMember'],
  /** Whoever the invitation is addressed to (the resident). */
  INVITEE: ['resident'],
  /** The content's author alone (their post, proposal, session). */
  AUTHOR: ['author'],
  /** Anyone signed in but the content's author (flagging). */
  NOT_AUTHOR: [
    'resident',
    'officialA',
    'officialB',
    'moderatorA',
    'coordinatorIn',
    'coordinatorOut',
    'orgOwner',
    'orgMember',
    'admin',
  ],
  /** The author of a still-SUBMITTED proposal, or officials of A (attachments). */
  AUTHOR_OR_MUNICIPALITY_OFFICIAL: ['author', 'officialA', 'admin'],
  /** The author of a still-PROPOSED tree node, or officials and moderators of A. */
  AUTHOR_OR_MUNICIPALITY_MODERATOR: ['author', 'officialA', 'moderatorA', 'admin'],
} as const satisfies Record<string, readonly RoleName[]>;
type RuleName = keyof typeof RULE_HOLDERS;

export type Variables = Record<string, unknown>;

export interface MutationRule {
  /** Names a second case of the same mutation (another scope its arguments reach into). */
  case?: string;
  rule: RuleName;
  /** The arguments, as `role` would send them; may create a fresh entity when acting on it uses it up. */
  args(world: World, role: RoleName): Variables | Promise<Variables>;
  /**
   * How a signed-in caller without the right is refused: one of these codes
   * (FORBIDDEN unless said), or, where the product answers without an error,
   * exactly this data.
   */
  refusal?: readonly string[] | { data: unknown };
  /** The call ends or replaces the caller's session: the test logs the role in again afterwards. */
  endsSession?: boolean;
}

/** Drafts are invisible to those who may not manage them: refused as not found. */
const HIDDEN = [ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND];
const SURVEY_HIDDEN = [ErrorCode.FORBIDDEN, ErrorCode.SURVEY_NOT_FOUND];
/** Someone else's invitation is not found. */
const NOT_YOURS = [ErrorCode.FORBIDDEN, ErrorCode.INVITATION_NOT_FOUND];
/** Moderators and officials of another municipality are told it is outside their scope. */
const MODERATION = [ErrorCode.FORBIDDEN, ErrorCode.MODERATION_OUT_OF_SCOPE];
const TEXT = 'Treść do sprawdzenia uprawnień.';

let counter = 0;
const next = () => ++counter;
/** Years (up to the 2200 the schema allows) with no value of the world's: deleting uses one value each. */
let unusedYear = 2100;

/* ---------- fresh entities for mutations that use theirs up ---------- */

async function freshPost(w: World): Promise<string> {
  return (await reply(w.users.author.client, w.threadA, `Odpowiedź ${next()} do moderacji.`)).id;
}

async function freshThread(w: World): Promise<string> {
  return (await createThread(w.users.author.client, w.categoryA, { title: `Wątek ${next()}` })).id;
}

async function freshProposal(w: World): Promise<string> {
  const { submitProposal } = await w.users.author.client.data<{ submitProposal: { id: string } }>(
    `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
    { input: { consultationId: w.consultationA, title: `Wniosek ${next()}`, body: TEXT, serviceArea: 'TRANSPORT' } },
  );
  return submitProposal.id;
}

async function freshNode(w: World): Promise<string> {
  const { addProblemTreeNode } = await w.users.author.client.data<{ addProblemTreeNode: { id: string } }>(
    `mutation($input: AddProblemTreeNodeInput!) { addProblemTreeNode(input: $input) { id } }`,
    { input: { treeId: w.treeA, parentId: w.rootNodeA, kind: 'CAUSE', text: `Przyczyna ${next()}` } },
  );
  return addProblemTreeNode.id;
}

function freshConsultation(w: World, published = true): Promise<string> {
  return createConsultation(w.t.db, {
    municipalityId: w.municipalityA,
    organiserId: w.users.officialA.id,
    published,
    phases: proposalsNow(),
  });
}

async function freshOrganisation(w: World, member: SignedInRole | 'bystander'): Promise<string> {
  const owner = w.users.orgOwner.client;
  const { createOrganisation } = await owner.data<{ createOrganisation: { id: string } }>(
    `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`,
    { input: { name: `Fundacja ${next()}`, municipalityIds: [w.municipalityA] } },
  );
  const { inviteToOrganisation } = await owner.data<{ inviteToOrganisation: { id: string } }>(
    `mutation($input: InviteMemberInput!) { inviteToOrganisation(input: $input) { id } }`,
    { input: { organisationId: createOrganisation.id, handle: w.handles.get(w.users[member].id) } },
  );
  await w.users[member].client.data(`mutation($id: ID!) { acceptOrganisationInvitation(id: $id) { id } }`, {
    id: inviteToOrganisation.id,
  });
  return createOrganisation.id;
}

function indicatorDefinitionInput() {
  return {
    direction: 'LOWER_IS_BETTER',
    kind: 'UNIT_COST',
    unit: 'PLN',
    perThousand: false,
    serviceArea: 'EDUCATION',
    namePl: `Koszt posiłku ${next()}`,
    nameEn: `Meal cost ${counter}`,
    measurementPl: 'Koszt jednego posiłku w szkole.',
    measurementEn: 'The cost of one school meal.',
  };
}

/** An unused definition of the administrators' (archiving and deleting use theirs up). */
async function freshIndicatorDefinition(w: World): Promise<string> {
  const { createIndicatorDefinition } = await w.users.admin.client.data<{ createIndicatorDefinition: { id: string } }>(
    `mutation($input: CreateIndicatorDefinitionInput!) { createIndicatorDefinition(input: $input) { id } }`,
    { input: { ...indicatorDefinitionInput(), code: `MATRIX_${next()}` } },
  );
  return createIndicatorDefinition.id;
}

async function insertedId(w: World, sql: string, params: unknown[]): Promise<string> {
  const rows: { id: string }[] = await w.t.db.query(sql, params);
  return rows[0].id;
}

const sanction = (w: World) => ({
  input: { userId: w.bystander.id, municipalityId: w.municipalityA, reason: 'Naruszenie regulaminu', days: 1 },
});
const moderationItem = async (w: World) => ({ input: { kind: 'POST', itemId: await freshPost(w), reason: TEXT } });

/* ---------- the table ---------- */

/** Writing on an organisation's behalf is for its members. */
const ON_BEHALF = [ErrorCode.FORBIDDEN, ErrorCode.NOT_ORGANISATION_MEMBER];

export const MUTATION_RULES: Record<string, MutationRule | MutationRule[]> = {
  /* accounts and sessions */
  login: {
    rule: 'PUBLIC',
    args: (w) => ({ input: { email: w.users.resident.email, password: 'Zle-haslo-123' } }),
  },
  register: {
    rule: 'PUBLIC',
    args: () => ({ input: { email: uniqueEmail('matrix'), password: STRONG_PASSWORD, displayName: 'Nowa Osoba' } }),
  },
  requestPasswordReset: { rule: 'PUBLIC', args: () => ({ input: { email: uniqueEmail('nikt') } }) },
  resetPassword: {
    rule: 'PUBLIC',
    args: () => ({ input: { token: 'nieprawidlowy-token', password: STRONG_PASSWORD } }),
  },
  confirmRegistration: { rule: 'PUBLIC', args: () => ({ token: 'nieprawidlowy-token' }) },
  logout: { rule: 'AUTHENTICATED', args: () => ({}), endsSession: true },
  logoutEverywhere: { rule: 'AUTHENTICATED', args: () => ({}), endsSession: true },
  revokeSession: {
    rule: 'AUTHOR',
    // Another session of the author's: someone else's session is not theirs to end, and they learn nothing of it.
    args: async (w) => ({ id: await w.newSessionOf('author') }),
    refusal: { data: { revokeSession: false } },
  },
  updateProfile: { rule: 'AUTHENTICATED', args: (_w, role) => ({ input: { displayName: `Rola ${role}` } }) },
  deleteAccount: {
    rule: 'AUTHENTICATED',
    args: () => ({ input: { password: 'Zle-haslo-123', removeContent: false } }),
  },
  grantRole: {
    rule: 'ADMIN',
    args: (w) => ({ input: { userId: w.bystander.id, municipalityId: w.municipalityC, role: 'MODERATOR' } }),
  },
  revokeRole: { rule: 'ADMIN', args: (w) => ({ id: w.bystanderGrant }) },

  /* notifications and reading */
  setNotificationSetting: { rule: 'AUTHENTICATED', args: () => ({ input: { type: 'REPLY', delivery: 'IN_APP' } }) },
  markAllNotificationsRead: { rule: 'AUTHENTICATED', args: () => ({}) },
  markNotificationsRead: { rule: 'AUTHENTICATED', args: (w) => ({ ids: [w.notificationOfAuthor] }) },
  markThreadRead: { rule: 'AUTHENTICATED', args: (w) => ({ threadId: w.threadA, number: 1 }) },
  followThread: { rule: 'AUTHENTICATED', args: (w) => ({ threadId: w.threadA }) },
  unfollowThread: { rule: 'AUTHENTICATED', args: (w) => ({ threadId: w.threadA }) },

  /* consultations (following an unpublished one: only those who may see it) */
  followConsultation: { rule: 'MUNICIPALITY_OFFICIAL', args: (w) => ({ id: w.draftConsultationA }), refusal: HIDDEN },
  unfollowConsultation: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ id: w.draftConsultationA }),
    refusal: HIDDEN,
  },
  createConsultation: { rule: 'MUNICIPALITY_OFFICIAL', args: (w) => ({ input: consultationInput(w.municipalityA) }) },
  updateConsultation: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ input: { id: w.consultationA, summary: 'Nowe streszczenie.' } }),
  },
  publishConsultation: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({ id: await freshConsultation(w, false) }),
    refusal: HIDDEN,
  },
  advanceConsultationPhase: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({ id: await freshConsultation(w) }),
  },
  setConsultationPhases: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({
      input: {
        id: await freshConsultation(w),
        phases: proposalsNow().map(({ kind, startsOn, endsOn }) => ({ kind, startsOn, endsOn })),
      },
    }),
  },
  generateConsultationReport: { rule: 'MUNICIPALITY_OFFICIAL', args: (w) => ({ consultationId: w.consultationA }) },
  publishDraft: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({
      input: { consultationId: await freshConsultation(w), title: 'Strategia', source: '# Strategia\n\nAkapit.' },
    }),
  },
  commentOnParagraph: {
    rule: 'AUTHENTICATED',
    args: (w) => ({ input: { paragraphId: w.paragraphA, body: TEXT } }),
  },
  answerParagraphComment: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ input: { postId: w.paragraphCommentA, body: 'Odpowiedź urzędu.' } }),
  },
  renameDocument: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ input: { documentId: w.documentA, title: 'Uchwała nr 1' } }),
  },
  deleteDocument: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => {
      const uploaded = await upload(w.t.url, {
        cookie: w.users.officialA.client.cookie,
        fields: { consultationId: w.consultationA },
        fileName: `zalacznik-${next()}.pdf`,
        content: SAMPLES.pdf,
      });
      return { id: uploaded.body.id };
    },
  },

  /* proposals */
  submitProposal: [
    {
      rule: 'AUTHENTICATED',
      args: (w) => ({
        input: { consultationId: w.consultationA, title: `Wniosek ${next()}`, body: TEXT, serviceArea: 'TRANSPORT' },
      }),
    },
    {
      case: 'on behalf of the organisation',
      rule: 'ORGANISATION_MEMBER',
      args: (w) => ({
        input: {
          consultationId: w.consultationA,
          organisationId: w.organisation,
          title: `Wniosek ${next()}`,
          body: TEXT,
          serviceArea: 'TRANSPORT',
        },
      }),
      refusal: ON_BEHALF,
    },
  ],
  editProposal: {
    rule: 'AUTHOR',
    args: (w) => ({
      input: { id: w.proposalA, title: 'Ścieżka rowerowa do szkoły', body: TEXT, serviceArea: 'TRANSPORT' },
    }),
  },
  withdrawProposal: { rule: 'AUTHOR', args: async (w) => ({ id: await freshProposal(w) }) },
  attachProposalDocuments: {
    rule: 'AUTHOR_OR_MUNICIPALITY_OFFICIAL',
    args: (w) => ({ input: { proposalId: w.proposalA, documentIds: [w.documentA] } }),
  },
  removeProposalAttachment: {
    rule: 'AUTHOR_OR_MUNICIPALITY_OFFICIAL',
    args: (w) => ({ proposalId: w.proposalA, documentId: w.documentA }),
  },
  supportProposal: { rule: 'AUTHENTICATED', args: (w) => ({ id: w.proposalA }) },
  withdrawProposalSupport: { rule: 'AUTHENTICATED', args: (w) => ({ id: w.proposalA }) },
  replyToProposal: { rule: 'AUTHENTICATED', args: (w) => ({ input: { proposalId: w.proposalA, body: TEXT } }) },
  reviewProposal: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({ input: { id: await freshProposal(w), status: 'UNDER_REVIEW' } }),
  },
  setProposalSupportThreshold: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ consultationId: w.consultationA, threshold: 10 }),
  },

  /* ballots */
  configureBallot: { rule: 'MUNICIPALITY_OFFICIAL', args: (w) => ({ input: ballotInput(w.consultationA) }) },
  enterPaperBallots: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ input: { ballotId: w.ballotA, ballots: [[{ optionId: w.ballotOptionA }]] } }),
  },
  castBallot: {
    rule: 'AUTHENTICATED',
    args: (w) => ({ input: { ballotId: w.ballotA, choices: [{ optionId: w.ballotOptionA }] } }),
  },

  /* meetings */
  createMeeting: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({
      input: {
        consultationId: w.consultationA,
        kind: 'WORKSHOP',
        title: 'Warsztaty',
        description: TEXT,
        startsAt: hoursFromNow(72),
        endsAt: hoursFromNow(74),
        address: 'Urząd Gminy',
      },
    }),
  },
  updateMeeting: { rule: 'MUNICIPALITY_OFFICIAL', args: (w) => ({ input: { id: w.meetingA, title: 'Warsztaty II' } }) },
  cancelMeeting: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({
      id: (await createMeeting(w.users.officialA.client, { consultationId: w.consultationA })).id,
    }),
  },
  setMeetingMinutes: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ input: { meetingId: w.meetingA, minutes: 'Protokół.' } }),
  },
  registerForMeeting: { rule: 'AUTHENTICATED', args: (w) => ({ meetingId: w.meetingA }) },
  cancelMeetingRegistration: { rule: 'AUTHENTICATED', args: (w) => ({ meetingId: w.meetingA }) },

  /* forum */
  createForumCategory: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({
      input: {
        municipalityId: w.municipalityA,
        name: 'Nowa kategoria',
        slug: `kat-${next()}`,
        description: TEXT,
        position: 9,
      },
    }),
  },
  updateForumCategory: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ input: { id: w.categoryA, description: 'Opis kategorii.' } }),
  },
  deleteForumCategory: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({
      id: await insertedId(
        w,
        'INSERT INTO forum_categories (slug, name, municipality_id) VALUES ($1, $2, $3) RETURNING id',
        [`pusta-${next()}`, 'Pusta kategoria', w.municipalityA],
      ),
    }),
  },
  createThread: [
    { rule: 'AUTHENTICATED', args: (w) => ({ input: { categoryId: w.categoryA, title: 'Pytanie', body: TEXT } }) },
    {
      case: 'on behalf of the organisation',
      rule: 'ORGANISATION_MEMBER',
      args: (w) => ({
        input: { categoryId: w.categoryA, organisationId: w.organisation, title: 'Pytanie', body: TEXT },
      }),
      refusal: ON_BEHALF,
    },
  ],
  replyToPost: [
    { rule: 'AUTHENTICATED', args: (w) => ({ input: { threadId: w.threadA, body: TEXT } }) },
    {
      case: 'on behalf of the organisation',
      rule: 'ORGANISATION_MEMBER',
      args: (w) => ({ input: { threadId: w.threadA, organisationId: w.organisation, body: TEXT } }),
      refusal: ON_BEHALF,
    },
  ],
  editPost: { rule: 'AUTHOR', args: (w) => ({ input: { postId: w.postA, body: 'Poprawiona odpowiedź autora.' } }) },
  deletePost: { rule: 'AUTHOR', args: async (w) => ({ id: await freshPost(w) }) },
  togglePostReaction: { rule: 'AUTHENTICATED', args: (w) => ({ id: w.postA }) },
  setThreadFlags: { rule: 'MUNICIPALITY_MODERATOR', args: (w) => ({ input: { threadId: w.threadA, pinned: false } }) },

  /* moderation */
  flagContent: {
    rule: 'NOT_AUTHOR',
    args: async (w) => ({ input: { kind: 'POST', itemId: await freshPost(w), reason: 'SPAM' } }),
    refusal: [ErrorCode.FORBIDDEN, ErrorCode.FLAG_OWN_CONTENT],
  },
  approveContent: { rule: 'MUNICIPALITY_MODERATOR', args: moderationItem, refusal: MODERATION },
  dismissFlags: { rule: 'MUNICIPALITY_MODERATOR', args: moderationItem, refusal: MODERATION },
  restoreContent: { rule: 'MUNICIPALITY_MODERATOR', args: moderationItem, refusal: MODERATION },
  hideContent: { rule: 'MUNICIPALITY_MODERATOR', args: moderationItem, refusal: MODERATION },
  removeContent: { rule: 'MUNICIPALITY_MODERATOR', args: moderationItem, refusal: MODERATION },
  editContent: {
    rule: 'MUNICIPALITY_MODERATOR',
    args: async (w) => ({ input: { kind: 'POST', itemId: await freshPost(w), body: 'Poprawione', note: TEXT } }),
    refusal: MODERATION,
  },
  moveThread: [
    {
      rule: 'MUNICIPALITY_MODERATOR',
      args: async (w) => ({ input: { threadId: await freshThread(w), categoryId: w.secondCategoryA, reason: TEXT } }),
      refusal: MODERATION,
    },
    {
      // Moving needs the role where the thread is and where it goes: A's moderators cannot push it into B.
      case: 'into a category of municipality B',
      rule: 'ADMIN',
      args: async (w) => ({ input: { threadId: await freshThread(w), categoryId: w.categoryB, reason: TEXT } }),
      refusal: MODERATION,
    },
  ],
  warnUser: { rule: 'MUNICIPALITY_MODERATOR', args: sanction, refusal: MODERATION },
  blockUser: { rule: 'MUNICIPALITY_MODERATOR', args: sanction, refusal: MODERATION },
  unblockUser: { rule: 'MUNICIPALITY_MODERATOR', args: sanction, refusal: MODERATION },
  setModerationSettings: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({
      input: {
        municipalityId: w.municipalityA,
        flagThreshold: 3,
        premoderation: false,
        premoderationAccountDays: 0,
        premoderationApprovedPosts: 0,
      },
    }),
    refusal: MODERATION,
  },
  setCategoryModerationSettings: {
    rule: 'MUNICIPALITY_MODERATOR',
    // Back to following the municipality: a rule run leaves no pre-moderation behind for the rules after it.
    args: (w) => ({ input: { categoryId: w.categoryA, premoderation: null } }),
    refusal: MODERATION,
  },

  /* organisations */
  createOrganisation: {
    rule: 'AUTHENTICATED',
    args: (w) => ({ input: { name: `Koło ${next()}`, municipalityIds: [w.municipalityA] } }),
  },
  updateOrganisation: {
    rule: 'ORGANISATION_OWNER',
    args: (w) => ({
      input: { id: w.organisation, name: 'Stowarzyszenie Przyjaciół Alfy', municipalityIds: [w.municipalityA] },
    }),
  },
  inviteToOrganisation: {
    rule: 'ORGANISATION_OWNER',
    args: (w) => ({ input: { organisationId: w.organisation, email: uniqueEmail('zaproszony') } }),
  },
  cancelOrganisationInvitation: {
    rule: 'ORGANISATION_OWNER',
    args: async (w) => {
      const { inviteToOrganisation } = await w.users.orgOwner.client.data<{ inviteToOrganisation: { id: string } }>(
        `mutation($input: InviteMemberInput!) { inviteToOrganisation(input: $input) { id } }`,
        { input: { organisationId: w.organisation, email: uniqueEmail('odwolany') } },
      );
      return { id: inviteToOrganisation.id };
    },
  },
  acceptOrganisationInvitation: {
    rule: 'INVITEE',
    args: (w) => ({ id: w.invitations.accept }),
    refusal: NOT_YOURS,
  },
  declineOrganisationInvitation: {
    rule: 'INVITEE',
    args: (w) => ({ id: w.invitations.decline }),
    refusal: NOT_YOURS,
  },
  leaveOrganisation: {
    rule: 'ORGANISATION_MEMBER',
    args: async (w) => ({ id: await freshOrganisation(w, 'orgMember') }),
  },
  removeOrganisationMember: {
    rule: 'ORGANISATION_OWNER',
    args: (w) => ({ organisationId: w.organisation, userId: w.bystander.id }),
  },
  transferOrganisationOwnership: {
    rule: 'ORGANISATION_OWNER',
    args: async (w) => ({ organisationId: await freshOrganisation(w, 'bystander'), userId: w.bystander.id }),
  },
  setOrganisationVerified: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ id: w.organisation, verified: true }),
  },

  /* networks */
  createNetwork: { rule: 'ADMIN', args: () => ({ input: { name: `Sieć ${next()}`, kind: 'MONITORING_NETWORK' } }) },
  addNetworkCoordinator: { rule: 'ADMIN', args: (w) => ({ networkId: w.networkIn, userId: w.bystander.id }) },
  removeNetworkCoordinator: { rule: 'ADMIN', args: (w) => ({ networkId: w.networkIn, userId: w.bystander.id }) },
  addNetworkMember: {
    rule: 'NETWORK_COORDINATOR',
    args: (w) => ({ networkId: w.networkIn, municipalityId: w.municipalityC }),
  },
  removeNetworkMember: {
    rule: 'NETWORK_COORDINATOR',
    args: (w) => ({ networkId: w.networkIn, municipalityId: w.municipalityC }),
  },
  setNetworkIndicatorsPublic: {
    rule: 'NETWORK_COORDINATOR',
    args: (w) => ({ networkId: w.networkIn, indicatorsPublic: true }),
  },
  generateMeetingPlan: {
    rule: 'NETWORK_COORDINATOR',
    args: (w) => ({ input: { networkId: w.networkIn, count: 2, intervalWeeks: 4, startDate: warsawDay(60) } }),
  },
  updateNetworkMeeting: {
    rule: 'NETWORK_COORDINATOR',
    args: (w) => ({ input: { id: w.networkMeetingIn, agenda: 'Porządek obrad.' } }),
  },
  cancelNetworkMeeting: { rule: 'NETWORK_COORDINATOR', args: (w) => ({ id: w.lastNetworkMeetingIn }) },
  setNetworkMeetingAttendance: {
    rule: 'NETWORK_COORDINATOR',
    args: (w) => ({ input: { meetingId: w.networkMeetingIn, municipalityIds: [w.municipalityA] } }),
  },
  setNetworkMeetingMinutes: {
    rule: 'NETWORK_COORDINATOR',
    args: (w) => ({ input: { meetingId: w.networkMeetingIn, minutes: 'Protokół spotkania.' } }),
  },
  createGoodPractice: {
    rule: 'OFFICIAL_OR_NETWORK_COORDINATOR',
    args: (w) => ({ input: goodPracticeInput(w.municipalityA, w.networkIn) }),
  },
  reportGoodPracticeTried: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({
      // A practice of another municipality: nobody reports their own as tried.
      input: { practiceId: w.goodPracticeOfC, municipalityId: w.municipalityA, outcome: TEXT, triedOn: warsawDay(-3) },
    }),
  },

  /* problem trees (a workshop tree of A) */
  createProblemTree: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ input: { municipalityId: w.municipalityA, title: 'Drzewo', coreText: 'Problem' } }),
  },
  addProblemTreeNode: {
    rule: 'AUTHENTICATED',
    args: (w) => ({ input: { treeId: w.treeA, parentId: w.rootNodeA, kind: 'EFFECT', text: `Skutek ${next()}` } }),
  },
  acceptProblemTreeNode: { rule: 'MUNICIPALITY_MODERATOR', args: async (w) => ({ id: await freshNode(w) }) },
  rejectProblemTreeNode: {
    rule: 'MUNICIPALITY_MODERATOR',
    args: async (w) => ({ input: { id: await freshNode(w), reason: 'Poza tematem.' } }),
  },
  editProblemTreeNode: {
    rule: 'AUTHOR_OR_MUNICIPALITY_MODERATOR',
    args: async (w) => ({
      input: { id: w.nodeA, text: 'Choroby układu oddechowego', version: await w.versionOf(w.nodeA) },
    }),
  },
  moveProblemTreeNode: {
    rule: 'AUTHOR_OR_MUNICIPALITY_MODERATOR',
    args: (w) => ({ input: { id: w.nodeA, parentId: w.rootNodeA, position: 0 } }),
  },
  deleteProblemTreeNode: {
    rule: 'AUTHOR_OR_MUNICIPALITY_MODERATOR',
    args: async (w) => ({ input: { id: await freshNode(w), keepChildren: false } }),
  },
  addProblemTreeEvidence: {
    rule: 'AUTHOR_OR_MUNICIPALITY_MODERATOR',
    args: (w) => ({ input: { nodeId: w.nodeA, postId: w.postA } }),
  },
  removeProblemTreeEvidence: {
    rule: 'AUTHOR_OR_MUNICIPALITY_MODERATOR',
    args: async (w) => ({
      id: await insertedId(
        w,
        `INSERT INTO problem_tree_evidence (node_id, post_id, added_by) VALUES ($1, $2, $3) RETURNING id`,
        [w.nodeA, await freshPost(w), w.users.author.id],
      ),
    }),
  },
  supportProblemTreeNode: { rule: 'AUTHENTICATED', args: (w) => ({ id: w.nodeA }) },
  withdrawProblemTreeNodeSupport: { rule: 'AUTHENTICATED', args: (w) => ({ id: w.nodeA }) },
  replyToProblemTreeNode: { rule: 'AUTHENTICATED', args: (w) => ({ input: { nodeId: w.nodeA, body: TEXT } }) },
  generateObjectivesTree: { rule: 'MUNICIPALITY_OFFICIAL', args: (w) => ({ treeId: w.treeA }) },
  editObjectiveNode: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({
      input: {
        id: w.objectiveNodeA,
        text: 'Czyste powietrze zimą',
        priority: false,
        version: await w.versionOf(w.objectiveNodeA, 'objective_nodes'),
      },
    }),
  },

  /* surveys */
  createSurvey: { rule: 'MUNICIPALITY_OFFICIAL', args: (w) => ({ input: surveyInput(w.municipalityA) }) },
  updateSurvey: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => {
      const { municipalityId: _municipality, ...input } = surveyInput(w.municipalityA);
      return { input: { ...input, id: w.draftSurveyA } };
    },
    refusal: SURVEY_HIDDEN,
  },
  publishSurvey: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({ id: await w.newDraftSurvey() }),
    refusal: SURVEY_HIDDEN,
  },
  generateSurveyCodes: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ surveyId: w.draftSurveyA, count: 1 }),
    refusal: SURVEY_HIDDEN,
  },
  publishSurveyAsIndicator: { rule: 'MUNICIPALITY_OFFICIAL', args: (w) => ({ surveyId: w.surveyA, year: 2025 }) },
  hideSurveyAnswer: {
    rule: 'MUNICIPALITY_MODERATOR',
    args: (w) => ({ ...w.surveyAnswer, hidden: true }),
  },
  submitSurveyResponse: {
    // The mutation is public (code surveys need no account); this survey asks for one.
    rule: 'AUTHENTICATED',
    args: (w) => ({ input: { surveyId: w.surveyA, answers: [{ questionId: w.surveyAnswer.questionId, text: TEXT }] } }),
  },

  /* the comparative base */
  createIndicatorDefinition: {
    rule: 'ADMIN',
    args: () => ({ input: { ...indicatorDefinitionInput(), code: `MATRIX_${next()}` } }),
  },
  updateIndicatorDefinition: {
    rule: 'ADMIN',
    args: async (w) => ({ input: { ...indicatorDefinitionInput(), id: await freshIndicatorDefinition(w) } }),
  },
  archiveIndicatorDefinition: {
    rule: 'ADMIN',
    args: async (w) => ({ id: await freshIndicatorDefinition(w), archived: true }),
  },
  deleteIndicatorDefinition: { rule: 'ADMIN', args: async (w) => ({ id: await freshIndicatorDefinition(w) }) },
  recordIndicatorValue: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({ input: { indicatorId: w.indicatorId, municipalityId: w.municipalityA, year: 2023, value: '7' } }),
  },
  deleteIndicatorValue: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: async (w) => ({
      id: await insertedId(
        w,
        `INSERT INTO indicator_values (indicator_id, municipality_id, year, value, source)
         VALUES ($1, $2, $3, 1, 'FORM') RETURNING id`,
        [w.indicatorId, w.municipalityA, ++unusedYear],
      ),
    }),
  },
  saveUnitCostWorksheet: {
    rule: 'MUNICIPALITY_OFFICIAL',
    args: (w) => ({
      input: {
        indicatorId: w.unitCostIndicatorId,
        municipalityId: w.municipalityA,
        year: 2022,
        activity: 'Wydanie dowodu osobistego',
        cases: 100,
        overheadsGrosze: '100000',
        overheadShareBasisPoints: 1000,
        posts: [{ post: 'Referent', minutesPerCase: 30, hourlyCostGrosze: 5000 }],
      },
    }),
  },
};
