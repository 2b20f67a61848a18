/**
 * What a user can be notified of and how, shared by server and client. The
 * notifications feature owns delivery; other features only raise events of
 * these types (see server/src/notifications/notification-input.ts).
 */

export const NotificationType = {
  /** A reply to one of my posts. */
  REPLY: 'REPLY',
  /** I was @mentioned in a post. */
  MENTION: 'MENTION',
  /** A new post in a thread I follow. */
  FOLLOWED_THREAD_POST: 'FOLLOWED_THREAD_POST',
  /** A new post in the debate of a consultation I follow. */
  FOLLOWED_CONSULTATION_POST: 'FOLLOWED_CONSULTATION_POST',
  /** A status change or an official answer on my proposal. */
  PROPOSAL_STATUS: 'PROPOSAL_STATUS',
  /** A followed consultation moved to another phase. */
  PHASE_CHANGE: 'PHASE_CHANGE',
  /** A meeting I registered for starts in 24 hours. */
  MEETING_REMINDER: 'MEETING_REMINDER',
  /** A moderator acted on my content or on me (hidden, restored, edited, warned, blocked). */
  MODERATION_ACTION: 'MODERATION_ACTION',
  /** I was invited to an organisation. */
  ORGANISATION_INVITATION: 'ORGANISATION_INVITATION',
  /** For moderators: new flags on content in their municipalities. */
  MODERATION_FLAG: 'MODERATION_FLAG',
  /** For moderators: a post held for approval in their municipalities. */
  MODERATION_HELD_POST: 'MODERATION_HELD_POST',
} as const;
export type NotificationType = (typeof NotificationType)[keyof typeof NotificationType];

/** Per user and type: where a notification goes. */
export const NotificationDelivery = {
  IN_APP: 'IN_APP',
  EMAIL_IMMEDIATELY: 'EMAIL_IMMEDIATELY',
  DAILY_DIGEST: 'DAILY_DIGEST',
  OFF: 'OFF',
} as const;
export type NotificationDelivery = (typeof NotificationDelivery)[keyof typeof NotificationDelivery];

/** What a notification is about, so the client can link and group it. */
export const NotificationSubjectKind = {
  POST: 'POST',
  THREAD: 'THREAD',
  PROPOSAL: 'PROPOSAL',
  TREE_NODE: 'TREE_NODE',
  CONSULTATION: 'CONSULTATION',
  MEETING: 'MEETING',
  ORGANISATION: 'ORGANISATION',
  MODERATION_ITEM: 'MODERATION_ITEM',
  USER: 'USER',
} as const;
export type NotificationSubjectKind = (typeof NotificationSubjectKind)[keyof typeof NotificationSubjectKind];

/**
 * Where a notification goes until the user chooses otherwise. Everything but OFF also shows in the app; personal
 * and time-bound events are mailed at once, busy streams go in the app only, phase changes in the daily digest.
 */
export const DEFAULT_NOTIFICATION_DELIVERY: Readonly<Record<NotificationType, NotificationDelivery>> = {
  REPLY: 'IN_APP',
  MENTION: 'IN_APP',
  FOLLOWED_THREAD_POST: 'IN_APP',
  FOLLOWED_CONSULTATION_POST: 'IN_APP',
  PROPOSAL_STATUS: 'EMAIL_IMMEDIATELY',
  PHASE_CHANGE: 'DAILY_DIGEST',
  MEETING_REMINDER: 'EMAIL_IMMEDIATELY',
  MODERATION_ACTION: 'EMAIL_IMMEDIATELY',
  ORGANISATION_INVITATION: 'EMAIL_IMMEDIATELY',
  MODERATION_FLAG: 'IN_APP',
  MODERATION_HELD_POST: 'IN_APP',
};

/** Live: the viewer's unread count changed (sent to the room `user:<id>`, which a logged-in socket is in). */
export interface NotificationsUnreadPayload {
  unreadCount: number;
}
