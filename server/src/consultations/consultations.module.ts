import { Module, type OnModuleInit } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { MarkdownService } from '../forum/services/markdown.service.js';
import { JobQueueService } from '../jobs/job-queue.service.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { Clock } from './clock.js';
import { ConsultationResolver } from './consultation.resolver.js';
import { ConsultationLoaders } from './consultations.loaders.js';
import { ConsultationDiscussionRepository } from './repositories/consultation-discussion.repository.js';
import { ConsultationEventRepository } from './repositories/consultation-event.repository.js';
import { ConsultationFollowRepository } from './repositories/consultation-follow.repository.js';
import { ConsultationPhaseRepository } from './repositories/consultation-phase.repository.js';
import { ConsultationServiceAreaRepository } from './repositories/consultation-service-area.repository.js';
import { ConsultationRepository } from './repositories/consultation.repository.js';
import { ConsultationDiscussionService } from './services/consultation-discussion.service.js';
import { ConsultationEventService } from './services/consultation-event.service.js';
import { ConsultationFollowService } from './services/consultation-follow.service.js';
import { ConsultationTimelineService } from './services/consultation-timeline.service.js';
import { ConsultationService } from './services/consultation.service.js';
import { PhaseRulesService } from './services/phase-rules.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const consultationResolvers = [ConsultationResolver];

/**
 * Consultations and their timeline. Features that live inside a consultation
 * (meetings, documents, problem trees, proposals, ballots) import this
 * module for: ConsultationService (get by id, lockManaged), PhaseRulesService
 * (what the current phase allows), ConsultationEventService (record/publish
 * live events in the consultation's room), ConsultationLoaders and the Clock;
 * the policy functions are plain imports from consultations.policy.ts.
 */
@Module({
  imports: [AccountsModule, MunicipalitiesModule, ForumModule, JobsModule, NotificationsModule],
  providers: [
    Clock,
    // The forum's renderer class (the one markdown renderer); stateless, so this module holds its own instance.
    MarkdownService,
    ConsultationRepository,
    ConsultationPhaseRepository,
    ConsultationServiceAreaRepository,
    ConsultationFollowRepository,
    ConsultationEventRepository,
    ConsultationDiscussionRepository,
    PhaseRulesService,
    ConsultationEventService,
    ConsultationDiscussionService,
    ConsultationService,
    ConsultationTimelineService,
    ConsultationFollowService,
    ConsultationLoaders,
    ...consultationResolvers,
  ],
  exports: [Clock, ConsultationService, PhaseRulesService, ConsultationEventService, ConsultationLoaders],
})
export class ConsultationsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly timeline: ConsultationTimelineService,
  ) {}

  onModuleInit(): void {
    // Every minute (job-types.ts), on one instance: phases that changed with the calendar are announced.
    this.jobs.register('consultation.phase-changes', async () => {
      await this.timeline.emitDuePhaseChanges();
    });
  }
}
