import { Module, type OnModuleInit } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { CategoryModerationResolver } from './category-moderation.resolver.js';
import { ModerationCoreModule } from './moderation-core.module.js';
import { canModerateIn } from './moderation.policy.js';
import { ModerationResolver, MunicipalityModerationResolver } from './moderation.resolver.js';
import { FlagRepository } from './repositories/flag.repository.js';
import { CategoryModerationRepository } from './repositories/category-moderation.repository.js';
import { ModerationItemRepository } from './repositories/moderation-item.repository.js';
import { ModerationLogRepository } from './repositories/moderation-log.repository.js';
import { ModeratorRepository } from './repositories/moderator.repository.js';
import { SanctionRepository } from './repositories/sanction.repository.js';
import { CategoryModerationService } from './services/category-moderation.service.js';
import { ModerationLiveService } from './services/moderation-live.service.js';
import { ModerationNotifier } from './services/moderation-notifier.js';
import { ModerationQueryService } from './services/moderation-query.service.js';
import { ModerationService } from './services/moderation.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const moderationResolvers = [ModerationResolver, MunicipalityModerationResolver, CategoryModerationResolver];

/**
 * Moderation in the open: flags, the queue, moderators' actions on any
 * registered kind of content (moderatable-content.ts), warnings and blocks,
 * and the public log. The content features register their adapters through
 * ModerationCoreModule.
 */
@Module({
  imports: [AccountsModule, ModerationCoreModule, NotificationsModule],
  providers: [
    ModerationItemRepository,
    FlagRepository,
    ModerationLogRepository,
    SanctionRepository,
    ModeratorRepository,
    CategoryModerationRepository,
    CategoryModerationService,
    ModerationLiveService,
    ModerationNotifier,
    ModerationService,
    ModerationQueryService,
    ...moderationResolvers,
  ],
  exports: [ModerationService],
})
export class ModerationModule implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly viewers: ViewerService,
    private readonly people: ModeratorRepository,
  ) {}

  onModuleInit(): void {
    // The queue's live room is for the municipality's moderators and officials (and administrators).
    this.realtime.guardRooms('moderation', async (municipalityId, userId) => {
      const user = userId ? await this.people.user(userId) : null;
      if (!user) return false;
      const viewer = await this.viewers.forAuth({ userId: user.id, sessionId: '', isAdmin: user.isAdmin });
      return canModerateIn(viewer, municipalityId);
    });
  }
}
