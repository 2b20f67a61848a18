import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { BallotsModule } from '../ballots/ballots.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { NetworksModule } from '../networks/networks.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProblemTreesModule } from '../problem-trees/problem-trees.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { DemoBallotSeeder } from './demo-ballot.js';
import { DemoConsultationSeeder } from './demo-consultation.js';
import { DemoMeetingsSeeder } from './demo-meetings.js';
import { DemoModerationSeeder } from './demo-moderation.js';
import { DemoNetworksSeeder } from './demo-networks.js';
import { DemoIndicatorsSeeder } from './demo-indicators.js';
import { DemoOrganisationsSeeder } from './demo-organisations.js';
import { DemoProblemTreeSeeder } from './demo-problem-tree.js';
import { DemoProposalsSeeder } from './demo-proposals.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';
import { DemoModerationRepository } from './repositories/demo-moderation.repository.js';
import { DemoOrganisationRepository } from './repositories/demo-organisation.repository.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [
    AccountsModule,
    ForumModule,
    MunicipalitiesModule,
    NetworksModule,
    ConsultationsModule,
    MeetingsModule,
    ProposalsModule,
    ProblemTreesModule,
    ModerationModule,
    BallotsModule,
    OrganisationsModule,
    SurveysModule,
  ],
  providers: [
    DemoDataRepository,
    DemoConsultationSeeder,
    DemoMeetingsSeeder,
    DemoProposalsSeeder,
    DemoProblemTreeSeeder,
    DemoBallotSeeder,
    DemoNetworksSeeder,
    DemoIndicatorsSeeder,
    DemoOrganisationsSeeder,
    DemoOrganisationRepository,
    DemoModerationSeeder,
    DemoModerationRepository,
    SeedService,
  ],
  exports: [SeedService],
})
export class SeedModule {}
