import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { BallotsModule } from '../ballots/ballots.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { ReportRepository } from './repositories/report.repository.js';
import { ReportResolver } from './report.resolver.js';
import { ReportsController } from './reports.controller.js';
import { ReportService } from './services/report.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const reportResolvers = [ReportResolver];

/** A consultation's final report: generated from the database, frozen, and offered as a page, PDF, CSV and JSON. */
@Module({
  imports: [AccountsModule, ConsultationsModule, BallotsModule],
  controllers: [ReportsController],
  providers: [ReportRepository, ReportService, ...reportResolvers],
})
export class ReportsModule {}
