/** At most `limit` requests per `windowSeconds` (a fixed window that starts with the first request). */
export interface RateLimitWindow {
  limit: number;
  windowSeconds: number;
}

/**
 * Both limits apply: the account's (only when logged in) and the address's.
 * The IP limit is higher, since an office, a school or a mobile carrier puts
 * many people behind one address.
 */
export interface RateLimitRule {
  perUser: RateLimitWindow;
  perIp: RateLimitWindow;
}

const MINUTE = 60;
const HOUR = 3600;

const rule = (user: number, ip: number, windowSeconds: number = MINUTE): RateLimitRule => ({
  perUser: { limit: user, windowSeconds },
  perIp: { limit: ip, windowSeconds },
});

/**
 * Every rate-limited operation names one of these rules with `@RateLimit(…)`.
 * The defaults are what a busy but human user never reaches; the per-user
 * limits are overridden with `RATE_LIMITS` (see rate-limit.config.ts).
 */
export const RATE_LIMIT_RULES = {
  /** Every attempt; failed logins have their own, stricter counters (LoginThrottleService). */
  LOGIN: rule(30, 100, 15 * MINUTE),
  /** Every attempt; successful sign-ups are limited to 10 an hour per IP by LoginThrottleService. */
  REGISTER: rule(10, 30, HOUR),
  /** Using the e-mailed sign-up link: a person needs one or two; the token cannot be guessed anyway. */
  REGISTER_CONFIRM: rule(10, 30, HOUR),
  /** logout, logoutEverywhere, revokeSession. */
  SESSION_END: rule(30, 120),
  PROFILE_UPDATE: rule(10, 60),
  /** Administrators granting and revoking roles. */
  ROLE_GRANT: rule(60, 120),
  /** Forum categories: create, update, delete. */
  CATEGORY_WRITE: rule(20, 60),
  /** New threads, replies and comments on draft paragraphs: what spam is made of. */
  POST_CREATE: rule(30, 120),
  /** Editing and deleting one's posts. */
  POST_EDIT: rule(30, 120),
  REACTION: rule(60, 300),
  /** Pinning and locking threads. */
  THREAD_MODERATE: rule(60, 120),
  /** The reader's position moves as they scroll. */
  READ_MARK: rule(120, 600),
  /** Creating, editing, publishing and advancing consultations. */
  CONSULTATION_WRITE: rule(30, 120),
  FOLLOW: rule(30, 120),
  /** Marking notifications read and changing notification settings. */
  NOTIFICATION_WRITE: rule(120, 600),
  /** Asking for a password-reset e-mail (per address too, so nobody floods an inbox) and using the token. */
  PASSWORD_RESET: rule(5, 20, HOUR),
  /** Downloading one's data and deleting one's account. */
  ACCOUNT_DATA: rule(10, 30, HOUR),
  /** Creating, editing and cancelling meetings, their minutes. */
  MEETING_WRITE: rule(30, 120),
  /** Signing up for a meeting and cancelling it. */
  MEETING_REGISTRATION: rule(10, 60),
  DRAFT_PUBLISH: rule(10, 60),
  /** Renaming and deleting documents; attaching files to proposals and removing them. */
  DOCUMENT_WRITE: rule(30, 120),
  /** POST /api/uploads: each upload costs disk and a scan of the file. */
  DOCUMENT_UPLOAD: rule(30, 120, HOUR),
  /** Submitting, editing and withdrawing proposals. */
  PROPOSAL_WRITE: rule(20, 60),
  /** Supporting a proposal and withdrawing the support. */
  PROPOSAL_SUPPORT: rule(60, 300),
  /** Officials' decisions and answers on proposals. */
  PROPOSAL_REVIEW: rule(60, 120),
  /** Computing a consultation's report reads all of its data. */
  REPORT_GENERATE: rule(20, 60, HOUR),
  /** Setting up a consultation's ballot. */
  BALLOT_CONFIGURE: rule(30, 120),
  /**
   * Casting (and changing) one's ballot: room for a voter changing their mind
   * many times, bounded so a script cannot hammer it; the IP limit allows a
   * library's or an office's shared address to vote together.
   */
  BALLOT_CAST: rule(30, 600),
  /** Each call enters up to 500 paper ballots. */
  BALLOT_PAPER_ENTRY: rule(60, 120),
  /** Starting a problem tree. */
  TREE_CREATE: rule(10, 60, HOUR),
  /** Suggesting and adding nodes: a workshop room of phones shares one address. */
  TREE_SUGGEST: rule(60, 600),
  /** Editing, moving, reordering and deleting nodes, and linking evidence. */
  TREE_EDIT: rule(120, 600),
  /** Accepting and rejecting suggestions, one key each in workshop mode. */
  TREE_MODERATE: rule(240, 600),
  TREE_SUPPORT: rule(120, 600),
  /** Generating and editing the objectives tree. */
  TREE_OBJECTIVES: rule(60, 120),
  /** Looking a workshop up by its join code: low, so six characters cannot be guessed by trying. */
  TREE_JOIN: rule(20, 60, 5 * MINUTE),
  /** Administrators creating networks and naming coordinators. */
  NETWORK_ADMIN: rule(30, 120),
  /** Adding and removing a network's members. */
  NETWORK_MEMBERS: rule(60, 120),
  /** Generating and editing an exchange group's meeting plan, attendance and minutes. */
  MEETING_PLAN_WRITE: rule(60, 120),
  /** Good practices and "we tried it too" reports. */
  PRACTICE_WRITE: rule(20, 60),
  /** Founding and editing organisations. */
  ORGANISATION_WRITE: rule(10, 60, HOUR),
  /** An owner inviting members (each may notify and mail someone). */
  ORGANISATION_INVITE: rule(30, 120, HOUR),
  /** Answering invitations, removing members, leaving, handing the ownership over. */
  ORGANISATION_MEMBERSHIP: rule(30, 120),
  /** Administrators and officials verifying organisations. */
  ORGANISATION_VERIFY: rule(30, 120),
  /** Indicator values from the form, deleting them, unit-cost worksheets. */
  INDICATOR_WRITE: rule(120, 300),
  /** POST /api/indicators/import: each file is parsed and checked whole. */
  INDICATOR_IMPORT: rule(30, 120, HOUR),
  /** Building, publishing and moderating surveys, generating codes, publishing results as indicators. */
  SURVEY_WRITE: rule(60, 120),
  /** Answering a survey: a library's or an office's shared address collects paper answers in bulk. */
  SURVEY_RESPOND: rule(10, 600),
  /** Renders markdown on every pause in typing. */
  MARKDOWN_PREVIEW: rule(60, 300),
  /** Full-text search over every thread and post. */
  SEARCH: rule(30, 120),
  /** Asked on every keystroke after "@". */
  MENTION_SUGGEST: rule(120, 600),
  /** Flagging content: a handful per minute is plenty for a person, and stops flag floods. */
  MODERATION_FLAG: rule(20, 60),
  /** Moderators' decisions (hide, restore, dismiss, edit, remove, move, warn, block) and settings. */
  MODERATION_ACTION: rule(120, 600),
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitRuleName = keyof typeof RATE_LIMIT_RULES;

export const RATE_LIMIT_RULE_NAMES = Object.keys(RATE_LIMIT_RULES) as RateLimitRuleName[];

export function isRateLimitRuleName(name: string): name is RateLimitRuleName {
  return Object.hasOwn(RATE_LIMIT_RULES, name);
}
