import { NotificationsModule } from '../notifications/notifications.module.js';
import { Module, type OnModuleInit } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { JobQueueService } from '../jobs/job-queue.service.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MarkdownService } from '../forum/services/markdown.service.js';
import { OrganisationMembershipModule } from '../organisations/organisation-membership.module.js';
import { ModerationCoreModule } from '../moderation/moderation-core.module.js';
import {
  ConsultationProposalFieldsResolver,
  ProposalFieldsResolver,
  ProposalStatusChangeFieldsResolver,
} from './proposal-fields.resolver.js';
import { ProposalResolver } from './proposal.resolver.js';
import { ProposalLoaders } from './proposals.loaders.js';
import { ProposalDocumentRepository } from './repositories/proposal-document.repository.js';
import { ProposalHistoryRepository } from './repositories/proposal-history.repository.js';
import { ProposalSupportRepository } from './repositories/proposal-support.repository.js';
import { ProposalRepository } from './repositories/proposal.repository.js';
import { ProposalAttachmentService } from './services/proposal-attachment.service.js';
import { ProposalDiscussionService } from './services/proposal-discussion.service.js';
import { ProposalQueryService } from './services/proposal-query.service.js';
import { ProposalSupportService } from './services/proposal-support.service.js';
import { ProposalWriter } from './services/proposal-writer.service.js';
import { ProposalModeratable } from './services/proposal.moderatable.js';
import { ProposalService } from './services/proposal.service.js';
import { UnattachedUploadCleanupService } from './services/unattached-upload-cleanup.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const proposalResolvers = [
  ProposalResolver,
  ProposalFieldsResolver,
  ProposalStatusChangeFieldsResolver,
  ConsultationProposalFieldsResolver,
];

/**
 * Residents' proposals in a consultation: submission and edits in the
 * proposals phase, supports with an optional threshold, officials' public
 * answers and status timeline, and a forum discussion per proposal. Ballots
 * take ACCEPTED proposals as options (the `proposals` table).
 */
@Module({
  imports: [
    AccountsModule,
    ConsultationsModule,
    DocumentsModule,
    ForumModule,
    JobsModule,
    OrganisationMembershipModule,
    ModerationCoreModule,
    NotificationsModule,
  ],
  providers: [
    // The forum's renderer class (the one markdown renderer); stateless, so this module holds its own instance.
    MarkdownService,
    ProposalRepository,
    ProposalSupportRepository,
    ProposalHistoryRepository,
    ProposalDocumentRepository,
    ProposalWriter,
    ProposalQueryService,
    ProposalService,
    ProposalSupportService,
    ProposalDiscussionService,
    ProposalAttachmentService,
    UnattachedUploadCleanupService,
    ProposalLoaders,
    ProposalModeratable,
    ...proposalResolvers,
  ],
  // The seed submits, supports and answers its demo proposals through the same services as everyone else.
  exports: [ProposalService, ProposalSupportService, ProposalRepository],
})
export class ProposalsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly unattachedUploads: UnattachedUploadCleanupService,
  ) {}

  onModuleInit(): void {
    // Hourly (job-types.ts), on one instance.
    this.jobs.register('proposals.unattached-uploads', async () => {
      await this.unattachedUploads.run();
    });
  }
}
