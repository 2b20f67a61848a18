import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { DemoConsultationSeeder } from './demo-consultation.js';
import { DemoMeetingsSeeder } from './demo-meetings.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [AccountsModule, ForumModule, MunicipalitiesModule, ConsultationsModule, MeetingsModule],
  providers: [DemoDataRepository, DemoConsultationSeeder, DemoMeetingsSeeder, SeedService],
  exports: [SeedService],
})
export class SeedModule {}
