import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { IndicatorsModule } from '../indicators/indicators.module.js';
import { SurveyResultsRepository } from './repositories/survey-results.repository.js';
import { SurveyRepository } from './repositories/survey.repository.js';
import { SurveyResponseService } from './services/survey-response.service.js';
import { SurveyResultsService } from './services/survey-results.service.js';
import { SurveyService } from './services/survey.service.js';
import { SurveysHttpController } from './surveys-http.controller.js';
import { SurveysResolver } from './surveys.resolver.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const surveyResolvers = [SurveysResolver];

/**
 * Residents' satisfaction surveys: the builder, distribution by link (one
 * response per account) or by single-use paper codes, results with CSV, and
 * the yearly mean satisfaction per service area published as an indicator.
 */
@Module({
  imports: [AccountsModule, IndicatorsModule],
  controllers: [SurveysHttpController],
  providers: [
    SurveyRepository,
    SurveyResultsRepository,
    SurveyService,
    SurveyResponseService,
    SurveyResultsService,
    ...surveyResolvers,
  ],
  // The seed builds its demo survey and answers through the same services.
  exports: [SurveyService, SurveyResponseService, SurveyResultsService],
})
export class SurveysModule {}
