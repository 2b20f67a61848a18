import type { ServiceAreaCode } from './domain.js';
import type { TextLimits } from './rules/limits.js';

/**
 * The rules of residents' proposals, shared by server and client: the
 * statuses and the one table of moves between them, the text bounds, and the
 * cost estimate's exact PLN arithmetic (whole grosze, never floating point).
 */

export const ProposalStatus = {
  SUBMITTED: 'SUBMITTED',
  UNDER_REVIEW: 'UNDER_REVIEW',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
  IMPLEMENTED: 'IMPLEMENTED',
} as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];

/** How a list of proposals is ordered. RANDOM is stable for one seed, so early proposals are not favoured. */
export const ProposalSort = {
  SUPPORTS: 'SUPPORTS',
  NEWEST: 'NEWEST',
  RANDOM: 'RANDOM',
} as const;
export type ProposalSort = (typeof ProposalSort)[keyof typeof ProposalSort];

const S = ProposalStatus;

/**
 * The one table of status changes: from each status, where it may go.
 * Nothing returns to SUBMITTED, which is why the support threshold moves a
 * proposal to UNDER_REVIEW at most once.
 */
export const PROPOSAL_TRANSITIONS: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = Object.freeze({
  SUBMITTED: [S.UNDER_REVIEW, S.ACCEPTED, S.REJECTED, S.WITHDRAWN],
  UNDER_REVIEW: [S.ACCEPTED, S.REJECTED, S.WITHDRAWN],
  ACCEPTED: [S.IMPLEMENTED],
  REJECTED: [],
  WITHDRAWN: [],
  IMPLEMENTED: [],
});

/** The statuses an official sets by reviewing; WITHDRAWN is the author's alone. */
export const PROPOSAL_REVIEW_STATUSES = [S.UNDER_REVIEW, S.ACCEPTED, S.REJECTED, S.IMPLEMENTED] as const;
export type ProposalReviewStatus = (typeof PROPOSAL_REVIEW_STATUSES)[number];

export function canTransitionProposal(from: ProposalStatus, to: ProposalStatus): boolean {
  return PROPOSAL_TRANSITIONS[from].includes(to);
}

/** Whether an official may move a proposal from `from` to `to`. */
export function isReviewTransition(from: ProposalStatus, to: ProposalStatus): boolean {
  return (PROPOSAL_REVIEW_STATUSES as readonly ProposalStatus[]).includes(to) && canTransitionProposal(from, to);
}

/** The review moves still possible from a status, in the table's order. */
export function reviewTransitionsFrom(from: ProposalStatus): ProposalReviewStatus[] {
  return PROPOSAL_REVIEW_STATUSES.filter((to) => canTransitionProposal(from, to));
}

/**
 * Decisions that shape the ballot (review, accept, reject) are made in the
 * review phase; marking an accepted proposal IMPLEMENTED comes later, at any
 * time, and changes no ballot.
 */
export function reviewNeedsPhase(to: ProposalStatus): boolean {
  return to !== S.IMPLEMENTED;
}

/** A rejection says why, in public. */
export function reviewNeedsReason(to: ProposalStatus): boolean {
  return to === S.REJECTED;
}

/** The author edits only until someone started looking at it. */
export function isProposalEditable(status: ProposalStatus): boolean {
  return status === S.SUBMITTED;
}

export function isProposalWithdrawable(status: ProposalStatus): boolean {
  return canTransitionProposal(status, S.WITHDRAWN);
}

/** Supports (and withdrawing them) are for proposals still undecided; a decision freezes the count. */
export function isProposalSupportable(status: ProposalStatus): boolean {
  return status === S.SUBMITTED || status === S.UNDER_REVIEW;
}

/** A proposal's title. */
export const PROPOSAL_TITLE_LIMITS = { min: 3, max: 200 } as const satisfies TextLimits;
/** A proposal's description (Markdown). */
export const PROPOSAL_BODY_LIMITS = { min: 10, max: 20_000 } as const satisfies TextLimits;
/** The official answer (Markdown); required when rejecting. */
export const PROPOSAL_ANSWER_LIMITS = { min: 0, max: 20_000 } as const satisfies TextLimits;
/**
 * Files attached to one proposal; also how many a person may have uploaded
 * for proposals in one consultation and not yet attached.
 */
export const PROPOSAL_MAX_DOCUMENTS = 5;
/** A support threshold: null means none. */
export const PROPOSAL_THRESHOLD_LIMITS = { min: 1, max: 1_000_000 } as const;
/** The random order's seed, as the client keeps it. */
export const PROPOSAL_SEED_LIMITS = { min: 0, max: 64 } as const satisfies TextLimits;
/** What is typed into the proposal search. */
export const PROPOSAL_SEARCH_LIMITS = { min: 0, max: 200 } as const satisfies TextLimits;
/** A page of proposals. */
export const PROPOSAL_PAGE_MAX = 50;

/**
 * A cost estimate as people type it: whole złoty up to ten digits, optionally
 * with one or two decimals after a dot or a comma; spaces between thousands
 * are allowed ("1 500 000,50"). The largest is 9 999 999 999.99 PLN, so the
 * grosze fit a JavaScript number exactly.
 */
export const PLN_AMOUNT_PATTERN = /^\d{1,10}(?:[.,]\d{1,2})?$/;
export const PROPOSAL_COST_MAX_PLN = '9999999999.99';

/** Spaces people put between thousands (ordinary, no-break and thin). */
const GROUPING_SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Exact whole grosze of an amount in PLN ("1500000.5" → 150000050), or null
 * when it is not an amount. Done on the digits, never through floating point.
 */
export function parsePlnToGrosze(text: string): number | null {
  const compact = text.trim().replace(GROUPING_SPACES, '');
  if (!PLN_AMOUNT_PATTERN.test(compact)) return null;
  const [whole, fraction = ''] = compact.split(/[.,]/);
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Grosze as the API shows amounts: "1500000.00". Accepts what PostgreSQL returns for a bigint (a string). */
export function formatGroszeAsPln(grosze: number | string | bigint): string {
  const digits = String(grosze);
  if (!/^\d+$/.test(digits)) throw new Error(`Not a whole number of grosze: ${digits}`);
  const padded = digits.padStart(3, '0');
  const whole = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  return `${whole}.${padded.slice(-2)}`;
}

/** A proposal as pushed live; the scalar fields of the GraphQL `Proposal` the client caches. */
export interface LiveProposal {
  id: string;
  number: number;
  /** Null while a moderator hides it (the room is public): keep the title you have. */
  title: string | null;
  status: ProposalStatus;
  supportCount: number;
  serviceAreaCode: ServiceAreaCode;
  officialAnswerHtml: string | null;
  costEstimatePln: string | null;
  createdAt: string;
  editedAt: string | null;
}

/** The payload of each proposal event kind (the consultation's event map lists them). */
export interface ProposalEventPayloads {
  /** A resident submitted a proposal. */
  'proposal.submitted': { proposal: LiveProposal };
  /** Edited by its author, or its status or official answer changed. */
  'proposal.updated': { proposal: LiveProposal };
  /** Someone supported it or withdrew their support; the count is the new total. */
  'proposal.supportChanged': { proposalId: string; supportCount: number };
  /** A moderator hid it (or flags did): only why travels, never its text. */
  'proposal.hidden': { proposalId: string; hiddenReason: string };
  /** A moderator restored it: its text is public again. */
  'proposal.restored': { proposal: LiveProposal; bodyHtml: string };
  /** A moderator corrected its text with a public note; pushed only while it is not hidden. */
  'proposal.moderatorEdited': { proposal: LiveProposal; bodyHtml: string; note: string };
}
