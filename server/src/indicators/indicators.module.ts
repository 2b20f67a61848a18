import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { IndicatorsHttpController } from './indicators-http.controller.js';
import { IndicatorsResolver } from './indicators.resolver.js';
import { ComparisonRepository } from './repositories/comparison.repository.js';
import { IndicatorDefinitionRepository } from './repositories/indicator-definition.repository.js';
import { IndicatorValueRepository } from './repositories/indicator-value.repository.js';
import { MunicipalityLookupRepository } from './repositories/municipality-lookup.repository.js';
import { WorksheetRepository } from './repositories/worksheet.repository.js';
import { ComparisonService } from './services/comparison.service.js';
import { IndicatorDefinitionService } from './services/indicator-definition.service.js';
import { IndicatorImportService } from './services/indicator-import.service.js';
import { IndicatorValueService } from './services/indicator-value.service.js';
import { WorksheetService } from './services/worksheet.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const indicatorResolvers = [IndicatorsResolver];

/**
 * The comparative base: indicator definitions, values per municipality and
 * period (form, CSV/XLSX import, unit-cost worksheet), and comparisons
 * across a network's members with quartiles, outliers and trends.
 */
@Module({
  imports: [AccountsModule],
  controllers: [IndicatorsHttpController],
  providers: [
    IndicatorDefinitionRepository,
    IndicatorValueRepository,
    WorksheetRepository,
    ComparisonRepository,
    MunicipalityLookupRepository,
    IndicatorValueService,
    IndicatorDefinitionService,
    IndicatorImportService,
    WorksheetService,
    ComparisonService,
    ...indicatorResolvers,
  ],
  // Surveys publish their mean satisfaction as values; the seed loads demo values.
  exports: [IndicatorDefinitionRepository, IndicatorValueRepository],
})
export class IndicatorsModule {}
