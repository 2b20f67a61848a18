import { Module, type OnModuleInit } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { JobQueueService } from '../jobs/job-queue.service.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { NotificationResolver, ThreadFollowResolver } from './notifications.resolver.js';
import { AppSecretRepository } from './repositories/app-secret.repository.js';
import { MeetingReminderRepository } from './repositories/meeting-reminder.repository.js';
import { NotificationMailRepository } from './repositories/notification-mail.repository.js';
import { NotificationSettingsRepository } from './repositories/notification-settings.repository.js';
import { NotificationRepository } from './repositories/notification.repository.js';
import { PostContextRepository } from './repositories/post-context.repository.js';
import { ThreadFollowRepository } from './repositories/thread-follow.repository.js';
import { AfterCommitService } from './services/after-commit.service.js';
import { ForumNotificationsService } from './services/forum-notifications.service.js';
import { MeetingReminderService } from './services/meeting-reminder.service.js';
import { NotificationMailService } from './services/notification-mail.service.js';
import { NotificationService } from './services/notification.service.js';
import { ThreadFollowService } from './services/thread-follow.service.js';
import { UnsubscribeService } from './services/unsubscribe.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const notificationResolvers = [NotificationResolver, ThreadFollowResolver];

/**
 * Notifications: other features raise them with
 * `NotificationService.notify(input, tx?)` (see notification-input.ts); this
 * module stores them (one INSERT per event), pushes unread counts live to
 * `user:<id>`, mails them at once or in a daily digest through the outbox,
 * and reminds meeting attendees a day ahead.
 */
@Module({
  imports: [AccountsModule, ForumModule, JobsModule, MailModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationRepository,
    NotificationSettingsRepository,
    ThreadFollowRepository,
    PostContextRepository,
    NotificationMailRepository,
    MeetingReminderRepository,
    AppSecretRepository,
    AfterCommitService,
    NotificationService,
    ForumNotificationsService,
    ThreadFollowService,
    UnsubscribeService,
    NotificationMailService,
    MeetingReminderService,
    ...notificationResolvers,
  ],
  exports: [NotificationService, UnsubscribeService],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly mail: NotificationMailService,
    private readonly reminders: MeetingReminderService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('notifications.mail-immediate', async () => {
      await this.mail.mailImmediate();
    });
    this.jobs.register('notifications.digest', async () => {
      await this.mail.sendDigests();
    });
    this.jobs.register('notifications.meeting-reminders', async () => {
      await this.reminders.scheduleDue();
    });
    this.jobs.register('notifications.meeting-reminder', async ({ meetingId, startsAt }) => {
      await this.reminders.remind(meetingId, startsAt);
    });
  }
}
