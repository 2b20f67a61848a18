import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { BallotsModule } from '../ballots/ballots.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { ProblemTreesModule } from '../problem-trees/problem-trees.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { DemoBallotSeeder } from './demo-ballot.js';
import { DemoConsultationSeeder } from './demo-consultation.js';
import { DemoMeetingsSeeder } from './demo-meetings.js';
import { DemoProblemTreeSeeder } from './demo-problem-tree.js';
import { DemoProposalsSeeder } from './demo-proposals.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [
    AccountsModule,
    ForumModule,
    MunicipalitiesModule,
    ConsultationsModule,
    MeetingsModule,
    ProposalsModule,
    ProblemTreesModule,
    BallotsModule,
  ],
  providers: [
    DemoDataRepository,
    DemoConsultationSeeder,
    DemoMeetingsSeeder,
    DemoProposalsSeeder,
    DemoProblemTreeSeeder,
    DemoBallotSeeder,
    SeedService,
  ],
  exports: [SeedService],
})
export class SeedModule {}
