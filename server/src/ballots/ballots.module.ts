import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { BallotFieldsResolver, BallotOptionFieldsResolver } from './ballot-fields.resolver.js';
import { BallotResolver } from './ballot.resolver.js';
import { BallotsHttpController } from './ballots-http.controller.js';
import { BallotLoaders } from './ballots.loaders.js';
import { BallotTallyRepository } from './repositories/ballot-tally.repository.js';
import { BallotRepository } from './repositories/ballot.repository.js';
import { CastBallotRepository } from './repositories/cast-ballot.repository.js';
import { BallotLiveService } from './services/ballot-live.service.js';
import { BallotReportService } from './services/ballot-report.service.js';
import { BallotService } from './services/ballot.service.js';
import { BallotVotingService } from './services/ballot-voting.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const ballotResolvers = [BallotResolver, BallotFieldsResolver, BallotOptionFieldsResolver];

/**
 * Prioritisation ballots: one per consultation, configured by its
 * officials, cast in VOTING (online, changeable until the close; paper,
 * entered by officials), counted exactly from the stored ballots, results
 * hidden until the close unless live, CSV export and the report's section.
 */
@Module({
  imports: [AccountsModule, ConsultationsModule, ProposalsModule],
  controllers: [BallotsHttpController],
  providers: [
    BallotRepository,
    CastBallotRepository,
    BallotTallyRepository,
    BallotLiveService,
    BallotService,
    BallotVotingService,
    BallotReportService,
    BallotLoaders,
    ...ballotResolvers,
  ],
  // The seed casts its demo ballots through the repository; the report reads the results; proposals may refresh options.
  exports: [BallotService, BallotReportService, BallotRepository, CastBallotRepository],
})
export class BallotsModule {}
