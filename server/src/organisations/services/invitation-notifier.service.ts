import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { NotificationSubjectKind, NotificationType } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { NotificationService } from '../../notifications/services/notification.service.js';
import type { Organisation, OrganisationInvitation } from '../models/organisation.model.js';

/** Where the invitee answers: the client's "my invitations" page. */
const INVITATIONS_PATH = '/organizacje/zaproszenia';

/**
 * Tells the invitee, in the inviting transaction (so a rolled-back invitation
 * notifies nobody). The notifications feature is looked up at run time rather
 * than imported, so organisations do not depend on its module's imports.
 */
@Injectable()
export class InvitationNotifier {
  private readonly logger = new Logger(InvitationNotifier.name);
  private service: NotificationService | null | undefined;

  constructor(private readonly modules: ModuleRef) {}

  async invited(
    invitation: OrganisationInvitation,
    organisation: Organisation,
    inviteeId: string,
    actorId: string,
    tx: Queryable,
  ): Promise<void> {
    const notifications = this.notifications();
    if (!notifications) return;
    await notifications.notify(
      {
        type: NotificationType.ORGANISATION_INVITATION,
        recipientIds: [inviteeId],
        actorId,
        subjectKind: NotificationSubjectKind.ORGANISATION,
        subjectId: organisation.id,
        title: organisation.name,
        path: INVITATIONS_PATH,
        dedupeKey: `organisation-invitation:${invitation.id}`,
      },
      tx,
    );
  }

  private notifications(): NotificationService | null {
    if (this.service === undefined) {
      try {
        this.service = this.modules.get(NotificationService, { strict: false });
      } catch {
        this.logger.warn('NotificationService is not available: organisation invitations notify nobody.');
        this.service = null;
      }
    }
    return this.service ?? null;
  }
}
