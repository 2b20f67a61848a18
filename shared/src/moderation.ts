import type { TextLimits } from './rules/limits.js';

/**
 * The rules of moderation in the open, shared by server and client: what can
 * be moderated, why it can be flagged, what moderators do, and the bounds of
 * the texts they write (public reasons, notes).
 */

/** Every kind of content that joins moderation by registering an adapter on the server. */
export const ModeratableKind = {
  POST: 'POST',
  THREAD: 'THREAD',
  PROPOSAL: 'PROPOSAL',
  TREE_NODE: 'TREE_NODE',
} as const;
export type ModeratableKind = (typeof ModeratableKind)[keyof typeof ModeratableKind];

export const FlagReason = {
  SPAM: 'SPAM',
  OFFENSIVE: 'OFFENSIVE',
  OFF_TOPIC: 'OFF_TOPIC',
  PERSONAL_DATA: 'PERSONAL_DATA',
  OTHER: 'OTHER',
} as const;
export type FlagReason = (typeof FlagReason)[keyof typeof FlagReason];

/** Where an item stands in the queue. */
export const ModerationItemState = {
  /** Flagged, still visible, waiting for a moderator. */
  OPEN: 'OPEN',
  /** Reached the flag threshold: hidden until a moderator decides. */
  AUTO_HIDDEN: 'AUTO_HIDDEN',
  /** Pre-moderation: written by a new account, waiting for approval; only its author sees it. */
  HELD: 'HELD',
  HIDDEN: 'HIDDEN',
  DISMISSED: 'DISMISSED',
  RESTORED: 'RESTORED',
  APPROVED: 'APPROVED',
  REMOVED: 'REMOVED',
} as const;
export type ModerationItemState = (typeof ModerationItemState)[keyof typeof ModerationItemState];

/** States the queue shows: someone still has to decide. */
export const OPEN_MODERATION_STATES: readonly ModerationItemState[] = [
  ModerationItemState.OPEN,
  ModerationItemState.AUTO_HIDDEN,
  ModerationItemState.HELD,
];

/** Every entry of the public moderation log. */
export const ModerationAction = {
  AUTO_HIDE: 'AUTO_HIDE',
  APPROVE: 'APPROVE',
  DISMISS: 'DISMISS',
  HIDE: 'HIDE',
  RESTORE: 'RESTORE',
  EDIT: 'EDIT',
  REMOVE: 'REMOVE',
  MOVE_THREAD: 'MOVE_THREAD',
  WARN: 'WARN',
  BLOCK: 'BLOCK',
  UNBLOCK: 'UNBLOCK',
  /** A municipality's flag threshold or pre-moderation changed (the entry holds the values before and after). */
  CHANGE_SETTINGS: 'CHANGE_SETTINGS',
  /** A forum category's own pre-moderation changed (the entry holds the values before and after). */
  CHANGE_CATEGORY_SETTINGS: 'CHANGE_CATEGORY_SETTINGS',
} as const;
export type ModerationAction = (typeof ModerationAction)[keyof typeof ModerationAction];

/** Who acted, as the public log names them: a role, never a person. SYSTEM is the flag threshold. */
export const ModeratorRole = {
  ADMIN: 'ADMIN',
  OFFICIAL: 'OFFICIAL',
  MODERATOR: 'MODERATOR',
  SYSTEM: 'SYSTEM',
} as const;
export type ModeratorRole = (typeof ModeratorRole)[keyof typeof ModeratorRole];

export const MODERATION_LIMITS = {
  /** A flag's own words (required for OTHER). */
  flagNote: { min: 1, max: 500 } satisfies TextLimits,
  /** The public reason shown in place of hidden content and in the log. */
  reason: { min: 3, max: 500 } satisfies TextLimits,
  /** Flags on one item before it hides itself, when the municipality sets nothing. */
  defaultFlagThreshold: 3,
  maxFlagThreshold: 100,
  maxPremoderationAccountDays: 365,
  maxPremoderationApprovedPosts: 1000,
  /** A block lasts 1 to 3650 days. */
  maxBlockDays: 3650,
  /** Queue and log pages. */
  maxPageSize: 50,
} as const;

/** OTHER says nothing by itself, so it needs the flagger's words. */
export function flagNeedsNote(reason: FlagReason): boolean {
  return reason === FlagReason.OTHER;
}

/**
 * The public reason the flag threshold stores when it hides an item; the
 * client shows its own words for it ("hidden pending review").
 */
export const AUTO_HIDDEN_REASON = 'PENDING_REVIEW';

/** Pushed to the room `moderation:<municipalityId>` (moderators and officials only) when its queue changes. */
export interface ModerationQueueChangedPayload {
  municipalityId: string;
  kind: ModeratableKind;
  itemId: string;
  state: ModerationItemState;
  openFlagCount: number;
}

/**
 * What files and messages written on the server in Polish (tree exports, the
 * consultation report, notifications) say in place of a hidden item's title or
 * text, for readers who may not see it.
 */
export function hiddenByModeratorPl(reason: string | null): string {
  return reason ? `[Ukryte przez moderatora: ${reason}]` : '[Ukryte przez moderatora]';
}
