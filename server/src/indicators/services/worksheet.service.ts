import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  checkPeriod,
  computeUnitCost,
  FieldErrorCode,
  groszeToDecimal,
  IndicatorKind,
  IndicatorUnit,
  worksheetProblems,
  type FieldError,
  type WorksheetInput,
} from '@ratusz/shared';
import { isForeignKeyViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { SaveUnitCostWorksheetInput } from '../dtos/save-unit-cost-worksheet.input.js';
import { canEnterIndicatorValues } from '../indicators.policy.js';
import type { UnitCostWorksheet } from '../models/indicator.model.js';
import { IndicatorDefinitionRepository } from '../repositories/indicator-definition.repository.js';
import { IndicatorValueRepository } from '../repositories/indicator-value.repository.js';
import { WorksheetRepository, type WorksheetRow } from '../repositories/worksheet.repository.js';
import { duplicateValue, indicatorNotFound } from './indicator-errors.js';
import { currentWarsawYear } from './indicator-time.js';
import { valueFieldError } from './indicator-value.service.js';

const WORKSHEETS_SHOWN = 50;

/**
 * The unit-cost worksheet: computed by shared computeUnitCost (exact
 * grosze), stored with all its workings and saved as the indicator's value
 * for the period in the same transaction, so neither exists without the other.
 */
@Injectable()
export class WorksheetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly definitions: IndicatorDefinitionRepository,
    private readonly worksheets: WorksheetRepository,
    private readonly values: IndicatorValueRepository,
  ) {}

  async save(viewer: Viewer, input: SaveUnitCostWorksheetInput): Promise<UnitCostWorksheet> {
    requireUser(viewer);
    requireAccess(canEnterIndicatorValues(viewer, input.municipalityId), 'Only the municipality’s officials do this.');
    const definition = await this.definitions.byId(input.indicatorId);
    if (!definition) throw indicatorNotFound();
    const errors: FieldError[] = [];
    if (definition.kind !== IndicatorKind.UNIT_COST || definition.unit !== IndicatorUnit.PLN) {
      errors.push(valueFieldError('indicatorId', 'NOT_A_UNIT_COST'));
    }
    const quarter = input.quarter ?? null;
    const period = checkPeriod(input.year, quarter, currentWarsawYear());
    if (period) errors.push(valueFieldError(period === 'QUARTER_INVALID' ? 'quarter' : 'year', period));
    const overheads = /^\d{1,15}$/.test(input.overheadsGrosze) ? Number(input.overheadsGrosze) : -1;
    const sheet: WorksheetInput = {
      posts: input.posts,
      overheadsGrosze: overheads,
      overheadShareBasisPoints: input.overheadShareBasisPoints,
      cases: input.cases,
    };
    for (const { field, problem } of worksheetProblems(sheet)) errors.push(valueFieldError(field, problem));
    if (errors.length > 0) throw DomainError.badInput(errors);

    const result = computeUnitCost(sheet);
    try {
      const id = await this.db.transaction(async (tx) => {
        const worksheetId = await this.worksheets.insert(
          {
            municipalityId: input.municipalityId,
            indicatorId: definition.id,
            activity: input.activity,
            overheadsGrosze: overheads,
            overheadShareBasisPoints: input.overheadShareBasisPoints,
            cases: input.cases,
            createdBy: viewer.userId,
          },
          result,
          tx,
        );
        const value = await this.values.insert(
          {
            indicatorId: definition.id,
            municipalityId: input.municipalityId,
            year: input.year,
            quarter,
            value: groszeToDecimal(result.unitCostGrosze),
            source: 'WORKSHEET',
            worksheetId,
            enteredBy: viewer.userId,
          },
          tx,
        );
        // Thrown inside the transaction, so the worksheet is rolled back with it.
        if (!value) throw duplicateValue();
        return worksheetId;
      });
      return this.withValue((await this.worksheets.byId(id))!);
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
      }
      throw error;
    }
  }

  /** Worksheets are public: a unit cost is only worth comparing when its workings can be read. */
  async byId(id: string): Promise<UnitCostWorksheet | null> {
    const row = await this.worksheets.byId(id);
    return row ? this.withValue(row) : null;
  }

  async ofMunicipality(municipalityId: string): Promise<UnitCostWorksheet[]> {
    const found = await this.worksheets.ofMunicipality(municipalityId, WORKSHEETS_SHOWN);
    const values = await this.values.byWorksheets(found.map((w) => w.id));
    return found.map((w) => ({ ...w, value: values.find((v) => v.worksheetId === w.id) ?? null }));
  }

  private async withValue(row: WorksheetRow): Promise<UnitCostWorksheet> {
    const [value] = await this.values.byWorksheets([row.id]);
    return { ...row, value: value ?? null };
  }
}
