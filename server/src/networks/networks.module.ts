import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { DocumentsModule } from '../documents/documents.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { MarkdownService } from '../forum/services/markdown.service.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { GoodPracticeReportFieldsResolver, GoodPracticeResolver } from './good-practice.resolver.js';
import { MeetingPlanResolver } from './meeting-plan.resolver.js';
import { NetworkDocumentsResolver } from './network-documents.resolver.js';
import { NetworkLoaders } from './networks.loaders.js';
import {
  NetworkCoordinatorFieldsResolver,
  NetworkMemberFieldsResolver,
  NetworksResolver,
} from './networks.resolver.js';
import { GoodPracticeRepository } from './repositories/good-practice.repository.js';
import { NetworkMeetingRepository } from './repositories/network-meeting.repository.js';
import { NetworkMemberRepository } from './repositories/network-member.repository.js';
import { NetworkRepository } from './repositories/network.repository.js';
import { GoodPracticeService } from './services/good-practice.service.js';
import { MeetingPlanService } from './services/meeting-plan.service.js';
import { NetworkDocumentService } from './services/network-document.service.js';
import { NetworkService } from './services/network.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const networkResolvers = [
  NetworksResolver,
  NetworkMemberFieldsResolver,
  NetworkCoordinatorFieldsResolver,
  MeetingPlanResolver,
  GoodPracticeResolver,
  GoodPracticeReportFieldsResolver,
  NetworkDocumentsResolver,
];

/**
 * Networks of municipalities (monitoring networks, exchange groups): members
 * in hosting order, coordinators, the exchange group's meeting plan and the
 * good-practice library, and the network's documents (stored by the documents
 * feature under this feature's rules). The network's forum categories are the forum's,
 * managed by the coordinators through forum.policy.ts.
 */
@Module({
  imports: [AccountsModule, MunicipalitiesModule, ConsultationsModule, ForumModule, DocumentsModule],
  providers: [
    // The forum's renderer class (the one markdown renderer); stateless, so this module holds its own instance.
    MarkdownService,
    NetworkRepository,
    NetworkMemberRepository,
    NetworkMeetingRepository,
    GoodPracticeRepository,
    NetworkService,
    MeetingPlanService,
    GoodPracticeService,
    NetworkDocumentService,
    NetworkLoaders,
    ...networkResolvers,
  ],
  // The seed builds the demo networks through the same services as everyone else.
  exports: [NetworkService, MeetingPlanService, GoodPracticeService, NetworkRepository],
})
export class NetworksModule {}
