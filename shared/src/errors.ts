/**
 * Codes carried in `extensions.code` of every GraphQL error the server returns.
 * The client translates these (never the English message), so adding a code
 * here means adding a translation in both locales.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  RATE_LIMITED: 'RATE_LIMITED',
  CONFLICT: 'CONFLICT',
  THREAD_LOCKED: 'THREAD_LOCKED',
  POST_DELETED: 'POST_DELETED',
  CATEGORY_NOT_EMPTY: 'CATEGORY_NOT_EMPTY',
  /** The consultation's current phase does not allow this; extensions say which phase does and when it opens. */
  PHASE_CLOSED: 'PHASE_CLOSED',
  /** A request over one of the per-request limits (aliases, depth, directives, tokens, cost); `extensions.queryLimit` says which. */
  QUERY_LIMIT_EXCEEDED: 'QUERY_LIMIT_EXCEEDED',
  /** An upload over DOCUMENT_LIMITS.maxBytes; `extensions.maxBytes` says the limit. */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** An upload whose content is not one of ALLOWED_DOCUMENT_TYPES; `extensions.detectedType` says what it is. */
  FILE_TYPE_NOT_ALLOWED: 'FILE_TYPE_NOT_ALLOWED',
  /** The upload ended before the whole file arrived, or the form had no file. */
  UPLOAD_INCOMPLETE: 'UPLOAD_INCOMPLETE',
  /** A state-changing HTTP request without the anti-CSRF header (UPLOAD_CSRF_HEADER). */
  CSRF_HEADER_MISSING: 'CSRF_HEADER_MISSING',
  /** The viewer already holds a seat or a place on the waiting list of this meeting. */
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  /** The viewer holds no registration for this meeting. */
  NOT_REGISTERED: 'NOT_REGISTERED',
  /** The meeting has already started (or ended): registrations are closed. */
  MEETING_PAST: 'MEETING_PAST',
  /** The meeting was cancelled by its organisers. */
  MEETING_CANCELLED: 'MEETING_CANCELLED',
  /** Ballots (shared/src/ballots.ts names the rule each one stands for). */
  BALLOT_NOT_FOUND: 'BALLOT_NOT_FOUND',
  /** A ballot was already cast: method, options and limits can no longer change. */
  BALLOT_FROZEN: 'BALLOT_FROZEN',
  /** The voter's home municipality is not the consultation's nor inside it. */
  BALLOT_NOT_ELIGIBLE: 'BALLOT_NOT_ELIGIBLE',
  BALLOT_TOO_MANY_CHOICES: 'BALLOT_TOO_MANY_CHOICES',
  BALLOT_TOO_MANY_POINTS: 'BALLOT_TOO_MANY_POINTS',
  BALLOT_POINTS_PER_OPTION_EXCEEDED: 'BALLOT_POINTS_PER_OPTION_EXCEEDED',
  BALLOT_DUPLICATE_RANK: 'BALLOT_DUPLICATE_RANK',
  BALLOT_DUPLICATE_OPTION: 'BALLOT_DUPLICATE_OPTION',
  BALLOT_UNKNOWN_OPTION: 'BALLOT_UNKNOWN_OPTION',
  BALLOT_EMPTY: 'BALLOT_EMPTY',
  /** Results (and receipts) are published when voting closes. */
  BALLOT_RESULTS_HIDDEN: 'BALLOT_RESULTS_HIDDEN',
  /** No such proposal, or it belongs to a consultation the viewer cannot see. */
  PROPOSAL_NOT_FOUND: 'PROPOSAL_NOT_FOUND',
  /** Only a SUBMITTED proposal can be edited (by its author). */
  PROPOSAL_NOT_EDITABLE: 'PROPOSAL_NOT_EDITABLE',
  PROPOSAL_ALREADY_SUPPORTED: 'PROPOSAL_ALREADY_SUPPORTED',
  /** Withdrawing a support the viewer never gave. */
  PROPOSAL_NOT_SUPPORTED: 'PROPOSAL_NOT_SUPPORTED',
  /** The status change is not in PROPOSAL_TRANSITIONS; `extensions.from`/`to` say which. */
  PROPOSAL_INVALID_TRANSITION: 'PROPOSAL_INVALID_TRANSITION',
  /** Rejecting a proposal needs a public reason (the answer). */
  PROPOSAL_REASON_REQUIRED: 'PROPOSAL_REASON_REQUIRED',
  /** Over PROPOSAL_MAX_DOCUMENTS attachments (or uploads waiting to be attached); `extensions.max` says the limit. */
  PROPOSAL_TOO_MANY_ATTACHMENTS: 'PROPOSAL_TOO_MANY_ATTACHMENTS',
  /** Problem trees (shared/src/problem-trees.ts). */
  PROBLEM_TREE_NOT_FOUND: 'PROBLEM_TREE_NOT_FOUND',
  PROBLEM_TREE_NODE_NOT_FOUND: 'PROBLEM_TREE_NODE_NOT_FOUND',
  /** Someone changed it first; `extensions.current` holds { text, description, version } as it is now. */
  STALE_VERSION: 'STALE_VERSION',
  /** The move would put a node under itself or one of its descendants. */
  TREE_CYCLE: 'TREE_CYCLE',
  /** A cause goes under the core or a cause, an effect over the core or an effect. */
  TREE_KIND_MISMATCH: 'TREE_KIND_MISMATCH',
  /** The core problem cannot be moved or deleted. */
  CORE_IMMUTABLE: 'CORE_IMMUTABLE',
  SECOND_CORE: 'SECOND_CORE',
  /** The parent named belongs to another tree. */
  NODE_OF_OTHER_TREE: 'NODE_OF_OTHER_TREE',
  /** The tree holds PROBLEM_TREE_LIMITS.maxNodes nodes already. */
  TREE_FULL: 'TREE_FULL',
  ALREADY_SUPPORTED: 'ALREADY_SUPPORTED',
  NOT_SUPPORTED: 'NOT_SUPPORTED',
  /** Moderation (shared/src/moderation.ts). */
  ALREADY_FLAGGED: 'ALREADY_FLAGGED',
  FLAG_OWN_CONTENT: 'FLAG_OWN_CONTENT',
  /** The moderator holds no OFFICIAL or MODERATOR role in the item's (or user's) municipality. */
  MODERATION_OUT_OF_SCOPE: 'MODERATION_OUT_OF_SCOPE',
  MODERATION_ITEM_NOT_FOUND: 'MODERATION_ITEM_NOT_FOUND',
  /** Administrators cannot be warned or blocked by moderators. */
  CANNOT_SANCTION_ADMIN: 'CANNOT_SANCTION_ADMIN',
  /** Permanent removal is only for items flagged PERSONAL_DATA. */
  REMOVAL_NOT_ALLOWED: 'REMOVAL_NOT_ALLOWED',
  /** The viewer is blocked in this municipality until `extensions.until`. */
  USER_BLOCKED: 'USER_BLOCKED',
  /** Organisations (shared/src/organisations.ts). */
  ORGANISATION_NOT_FOUND: 'ORGANISATION_NOT_FOUND',
  ORGANISATION_NAME_TAKEN: 'ORGANISATION_NAME_TAKEN',
  /** The person invited is a member already. */
  ALREADY_MEMBER: 'ALREADY_MEMBER',
  /** The person already has a pending invitation to this organisation. */
  ALREADY_INVITED: 'ALREADY_INVITED',
  INVITATION_NOT_FOUND: 'INVITATION_NOT_FOUND',
  /** Acting on behalf of an organisation one is not a member of. */
  NOT_ORGANISATION_MEMBER: 'NOT_ORGANISATION_MEMBER',
  /** A meeting plan needs the network to have members to host it. */
  NETWORK_HAS_NO_MEMBERS: 'NETWORK_HAS_NO_MEMBERS',
  /** The network already holds NETWORK_MAX_MEMBERS members. */
  NETWORK_FULL: 'NETWORK_FULL',
  /** Meetings of the plan already have attendance or minutes: regenerating would lose them. */
  MEETING_PLAN_IN_USE: 'MEETING_PLAN_IN_USE',
  /** This municipality already reported trying this good practice. */
  PRACTICE_ALREADY_REPORTED: 'PRACTICE_ALREADY_REPORTED',
  /** Indicators (shared/src/indicators.ts). */
  INDICATOR_NOT_FOUND: 'INDICATOR_NOT_FOUND',
  /** A value for this municipality, indicator and period is already recorded. */
  INDICATOR_VALUE_DUPLICATE: 'INDICATOR_VALUE_DUPLICATE',
  /** An import with bad rows: nothing was stored; `extensions.rowErrors` names row, column and rule of each. */
  INDICATOR_IMPORT_INVALID: 'INDICATOR_IMPORT_INVALID',
  /** The network keeps its indicator data internal until published: members and coordinators only. */
  COMPARISON_INTERNAL: 'COMPARISON_INTERNAL',
  /** The indicator has values (or worksheets): archive it instead of deleting it, and keep its unit and kind. */
  INDICATOR_HAS_VALUES: 'INDICATOR_HAS_VALUES',
  SURVEY_NOT_FOUND: 'SURVEY_NOT_FOUND',
  /** The survey is not open now (before its opening, after its close, or unpublished). */
  SURVEY_CLOSED: 'SURVEY_CLOSED',
  /** This account (or this code) has already answered the survey. */
  SURVEY_ALREADY_ANSWERED: 'SURVEY_ALREADY_ANSWERED',
  /** No such code for this survey. */
  SURVEY_CODE_UNKNOWN: 'SURVEY_CODE_UNKNOWN',
  /** The code was already used for a response. */
  SURVEY_CODE_USED: 'SURVEY_CODE_USED',
  /** A published survey's questions cannot change. */
  SURVEY_PUBLISHED: 'SURVEY_PUBLISHED',
  /** The password-reset link is unknown, used already or older than an hour. */
  RESET_TOKEN_INVALID: 'RESET_TOKEN_INVALID',
  /** The sign-up confirmation link is unknown, used already, replaced by a newer sign-up or older than a day. */
  REGISTRATION_TOKEN_INVALID: 'REGISTRATION_TOKEN_INVALID',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Field-level validation problems. `code` is a stable key the client
 * translates; `params` fills placeholders such as a minimum length.
 */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  params?: Record<string, number | string>;
}

export const FieldErrorCode = {
  REQUIRED: 'REQUIRED',
  EMAIL_INVALID: 'EMAIL_INVALID',
  TOO_SHORT: 'TOO_SHORT',
  TOO_LONG: 'TOO_LONG',
  PASSWORD_WEAK: 'PASSWORD_WEAK',
  INVALID: 'INVALID',
  NOT_FOUND: 'NOT_FOUND',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  HANDLE_TAKEN: 'HANDLE_TAKEN',
  SLUG_TAKEN: 'SLUG_TAKEN',
  /** A consultation phase listed twice. */
  DUPLICATE: 'DUPLICATE',
  /** A phase ending before it starts. */
  BEFORE_START: 'BEFORE_START',
  /** A phase starting before the previous one ends. */
  OVERLAPS: 'OVERLAPS',
  /** A phase of a published consultation that already ended cannot change. */
  PHASE_ENDED: 'PHASE_ENDED',
  /** Not an absolute http or https address. */
  URL_INVALID: 'URL_INVALID',
  /** A date before today. */
  IN_PAST: 'IN_PAST',
  /** A weekend day or a Polish public holiday, when offices are closed. */
  NOT_WORKING_DAY: 'NOT_WORKING_DAY',
  /** A municipality that is not a member of the network. */
  NOT_A_MEMBER: 'NOT_A_MEMBER',
} as const;
export type FieldErrorCode = (typeof FieldErrorCode)[keyof typeof FieldErrorCode];
