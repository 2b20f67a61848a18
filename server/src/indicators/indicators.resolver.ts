import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AdminOnly, Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { ArchiveIndicatorDefinitionArgs } from './dtos/archive-indicator-definition.args.js';
import { ComparisonArgs, TrendArgs } from './dtos/comparison.args.js';
import { CreateIndicatorDefinitionInput } from './dtos/create-indicator-definition.input.js';
import { IndicatorDefinitionsArgs } from './dtos/indicator-definitions.args.js';
import { IndicatorValuesArgs } from './dtos/indicator-values.args.js';
import { MunicipalityWorksheetsArgs } from './dtos/municipality-worksheets.args.js';
import { RecordIndicatorValueInput } from './dtos/record-indicator-value.input.js';
import { SaveUnitCostWorksheetInput } from './dtos/save-unit-cost-worksheet.input.js';
import { UpdateIndicatorDefinitionInput } from './dtos/update-indicator-definition.input.js';
import {
  IndicatorComparison,
  IndicatorDefinition,
  IndicatorTrend,
  IndicatorValue,
  IndicatorValueConnection,
  UnitCostWorksheet,
} from './models/indicator.model.js';
import { ComparisonService } from './services/comparison.service.js';
import { IndicatorDefinitionService } from './services/indicator-definition.service.js';
import { IndicatorValueService } from './services/indicator-value.service.js';
import { WorksheetService } from './services/worksheet.service.js';

@Resolver()
export class IndicatorsResolver {
  constructor(
    private readonly values: IndicatorValueService,
    private readonly worksheets: WorksheetService,
    private readonly comparisons: ComparisonService,
    private readonly definitions: IndicatorDefinitionService,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => [IndicatorDefinition], {
    description: 'The indicator definitions by service area; archived ones only when asked.',
  })
  indicatorDefinitions(@Args() args: IndicatorDefinitionsArgs): Promise<IndicatorDefinition[]> {
    return this.definitions.list(args.includeArchived);
  }

  @AdminOnly()
  @RateLimit('INDICATOR_WRITE')
  @Mutation(() => IndicatorDefinition, { description: 'Administrators; code unique, names unique per service area.' })
  async createIndicatorDefinition(
    @Args('input') input: CreateIndicatorDefinitionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorDefinition> {
    return this.definitions.create(await this.viewers.forRequest(ctx), input);
  }

  @AdminOnly()
  @RateLimit('INDICATOR_WRITE')
  @Mutation(() => IndicatorDefinition, {
    description: 'Administrators; the code never changes, unit and kind only while no value uses it.',
  })
  async updateIndicatorDefinition(
    @Args('input') input: UpdateIndicatorDefinitionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorDefinition> {
    return this.definitions.update(await this.viewers.forRequest(ctx), input);
  }

  @AdminOnly()
  @RateLimit('INDICATOR_WRITE')
  @Mutation(() => IndicatorDefinition, { description: 'Archives (or brings back) a definition; administrators.' })
  async archiveIndicatorDefinition(
    @Args() args: ArchiveIndicatorDefinitionArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorDefinition> {
    return this.definitions.setArchived(await this.viewers.forRequest(ctx), args.id, args.archived);
  }

  @AdminOnly()
  @RateLimit('INDICATOR_WRITE')
  @Mutation(() => Boolean, { description: 'Only a definition no value uses (INDICATOR_HAS_VALUES otherwise).' })
  async deleteIndicatorDefinition(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.definitions.delete(await this.viewers.forRequest(ctx), id);
  }

  @Public()
  @Query(() => IndicatorValueConnection, { description: 'A municipality’s values, newest period first.' })
  indicatorValues(@Args() args: IndicatorValuesArgs): Promise<ConnectionShape<IndicatorValue>> {
    return this.values.list(args);
  }

  @Public()
  @Query(() => IndicatorComparison, {
    description: 'One indicator and year across every member of a network, with median, quartiles and outliers.',
  })
  async indicatorComparison(@Args() args: ComparisonArgs, @Ctx() ctx: RequestContext): Promise<IndicatorComparison> {
    return this.comparisons.comparison(await this.viewers.forRequest(ctx), args);
  }

  @Public()
  @Query(() => IndicatorTrend, { description: 'One indicator over the years for every member of a network.' })
  async indicatorTrend(@Args() args: TrendArgs, @Ctx() ctx: RequestContext): Promise<IndicatorTrend> {
    return this.comparisons.trend(await this.viewers.forRequest(ctx), args);
  }

  @Public()
  @Query(() => UnitCostWorksheet, { nullable: true })
  unitCostWorksheet(@Args() { id }: IdArgs): Promise<UnitCostWorksheet | null> {
    return this.worksheets.byId(id);
  }

  @Public()
  @Query(() => [UnitCostWorksheet], { description: 'A municipality’s latest 50 worksheets, newest first.' })
  unitCostWorksheets(@Args() { municipalityId }: MunicipalityWorksheetsArgs): Promise<UnitCostWorksheet[]> {
    return this.worksheets.ofMunicipality(municipalityId);
  }

  @Authenticated()
  @RateLimit('INDICATOR_WRITE')
  @Mutation(() => IndicatorValue, { description: 'One value from the form; officials of the municipality.' })
  async recordIndicatorValue(
    @Args('input') input: RecordIndicatorValueInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorValue> {
    return this.values.record(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('INDICATOR_WRITE')
  @Mutation(() => Boolean, { description: 'False when there was no such value.' })
  async deleteIndicatorValue(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.values.delete(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('INDICATOR_WRITE')
  @Mutation(() => UnitCostWorksheet, { description: 'Computes the unit cost and saves it as the period’s value.' })
  async saveUnitCostWorksheet(
    @Args('input') input: SaveUnitCostWorksheetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UnitCostWorksheet> {
    return this.worksheets.save(await this.viewers.forRequest(ctx), input);
  }
}
