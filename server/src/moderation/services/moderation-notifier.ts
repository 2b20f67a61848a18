import { Injectable, Optional } from '@nestjs/common';
import { NotificationSubjectKind, NotificationType, type ModeratableKind, type ModerationAction } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { NotificationService } from '../../notifications/services/notification.service.js';
import type { ModeratableItem } from '../moderatable-content.js';
import { ModeratorRepository } from '../repositories/moderator.repository.js';

const subjectPath = (kind: ModeratableKind, id: string) => `/moderation/items/${kind}/${id}`;

/**
 * Moderation's notifications, raised inside the moderation transaction so
 * they commit with the action. The notifications feature is optional here:
 * without it (e.g. in the command-line tools) nothing is sent.
 */
@Injectable()
export class ModerationNotifier {
  constructor(
    private readonly moderators: ModeratorRepository,
    @Optional() private readonly notifications?: NotificationService,
  ) {}

  /** To the municipality's moderators and officials: a new flag. */
  async flagged(item: ModeratableItem, flagId: string, actorId: string, tx: Queryable): Promise<void> {
    if (!this.notifications || !item.municipalityId) return;
    await this.notifications.notify(
      {
        type: NotificationType.MODERATION_FLAG,
        recipientIds: await this.moderators.moderatorsOf(item.municipalityId, tx),
        actorId,
        subjectKind: NotificationSubjectKind.MODERATION_ITEM,
        subjectId: item.id,
        municipalityId: item.municipalityId,
        title: item.excerpt.slice(0, 120),
        path: '/moderation',
        dedupeKey: `moderation-flag:${flagId}`,
      },
      tx,
    );
  }

  /** To the municipality's moderators and officials: a reply waits for approval. */
  async held(item: ModeratableItem, tx: Queryable): Promise<void> {
    if (!this.notifications || !item.municipalityId) return;
    await this.notifications.notify(
      {
        type: NotificationType.MODERATION_HELD_POST,
        recipientIds: await this.moderators.moderatorsOf(item.municipalityId, tx),
        actorId: item.authorId,
        subjectKind: NotificationSubjectKind.MODERATION_ITEM,
        subjectId: item.id,
        municipalityId: item.municipalityId,
        title: item.excerpt.slice(0, 120),
        path: '/moderation',
        dedupeKey: `moderation-held:${item.kind}:${item.id}`,
      },
      tx,
    );
  }

  /** To the author: a moderator acted on their content (or the threshold hid it). */
  async acted(item: ModeratableItem, action: ModerationAction, logKey: string, tx: Queryable): Promise<void> {
    if (!this.notifications || !item.authorId) return;
    await this.notifications.notify(
      {
        type: NotificationType.MODERATION_ACTION,
        recipientIds: [item.authorId],
        actorId: null,
        subjectKind: NotificationSubjectKind.MODERATION_ITEM,
        subjectId: item.id,
        municipalityId: item.municipalityId,
        title: `${action}: ${item.excerpt.slice(0, 100)}`,
        path: subjectPath(item.kind, item.id),
        dedupeKey: `moderation-action:${logKey}`,
      },
      tx,
    );
  }
}
