import type { NotificationSubjectKind, NotificationType } from '@ratusz/shared';

/**
 * The one way another feature raises a notification:
 * `NotificationService.notify(input, tx?)` (exported by NotificationsModule).
 * Given `tx`, the notifications commit or roll back with the caller's write.
 */
export interface NotificationInput {
  type: NotificationType;
  /** Users to notify; the actor is left out, and a recipient already notified under `dedupeKey` is skipped. */
  recipientIds: readonly string[];
  actorId?: string | null;
  subjectKind: NotificationSubjectKind;
  subjectId: string;
  /** Groups the daily digest; null when it belongs to no consultation. */
  consultationId?: string | null;
  municipalityId?: string | null;
  /** Plain text (never HTML): what happened, e.g. the thread title. */
  title: string;
  /** The client path it links to, e.g. `/forum/t/<id>#post-<id>`. */
  path: string;
  /** One notification per recipient and key, so the same event is never delivered (or mailed) twice. */
  dedupeKey: string;
}
