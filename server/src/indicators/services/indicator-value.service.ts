import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkPeriod, FieldErrorCode, parseIndicatorValue, type FieldError } from '@ratusz/shared';
import { isForeignKeyViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { IndicatorValuesArgs } from '../dtos/indicator-values.args.js';
import type { RecordIndicatorValueInput } from '../dtos/record-indicator-value.input.js';
import { canEnterIndicatorValues } from '../indicators.policy.js';
import type { IndicatorDefinition, IndicatorValue } from '../models/indicator.model.js';
import { IndicatorDefinitionRepository } from '../repositories/indicator-definition.repository.js';
import { IndicatorValueRepository } from '../repositories/indicator-value.repository.js';
import { duplicateValue, indicatorNotFound } from './indicator-errors.js';
import { currentWarsawYear } from './indicator-time.js';

/** The problem codes of shared/indicators.ts become field errors with the same code in `params.rule`. */
export function valueFieldError(field: string, rule: string, limit?: number): FieldError {
  return {
    field,
    code: FieldErrorCode.INVALID,
    params: limit === undefined ? { rule } : { rule, limit },
  };
}

@Injectable()
export class IndicatorValueService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly definitions: IndicatorDefinitionRepository,
    private readonly values: IndicatorValueRepository,
  ) {}

  async requireDefinition(id: string): Promise<IndicatorDefinition> {
    const found = await this.definitions.byId(id);
    if (!found) throw indicatorNotFound();
    return found;
  }

  /** One value from the form: the unit's rules, a past or current year, one value per period. */
  async record(viewer: Viewer, input: RecordIndicatorValueInput): Promise<IndicatorValue> {
    requireUser(viewer);
    requireAccess(canEnterIndicatorValues(viewer, input.municipalityId), 'Only the municipality’s officials do this.');
    const definition = await this.requireDefinition(input.indicatorId);
    const quarter = input.quarter ?? null;
    const errors: FieldError[] = [];
    const period = checkPeriod(input.year, quarter, currentWarsawYear());
    if (period) errors.push(valueFieldError(period === 'QUARTER_INVALID' ? 'quarter' : 'year', period));
    const parsed = parseIndicatorValue(definition.unit, input.value);
    if (!parsed.ok) errors.push(valueFieldError('value', parsed.problem, parsed.limit));
    if (errors.length > 0 || !parsed.ok) throw DomainError.badInput(errors);
    try {
      const inserted = await this.db.transaction((tx) =>
        this.values.insert(
          {
            indicatorId: definition.id,
            municipalityId: input.municipalityId,
            year: input.year,
            quarter,
            value: parsed.value,
            source: 'FORM',
            enteredBy: viewer.userId,
          },
          tx,
        ),
      );
      if (!inserted) throw duplicateValue();
      return inserted;
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
      }
      throw error;
    }
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    requireUser(viewer);
    return this.db.transaction(async (tx) => {
      const value = await this.values.byId(id, tx);
      if (!value) return false;
      requireAccess(
        canEnterIndicatorValues(viewer, value.municipalityId),
        'Only the municipality’s officials do this.',
      );
      return this.values.delete(id, tx);
    });
  }

  /** Values are public data, like the comparison of a public network. */
  async list(args: IndicatorValuesArgs): Promise<ConnectionShape<IndicatorValue>> {
    const cursor = decodeCursor(args.after);
    const after: [number, string] | null = cursor ? [Number(cursor[0]), cursor[1]] : null;
    const found = await this.values.page(
      { municipalityId: args.municipalityId, indicatorId: args.indicatorId ?? null },
      args.first,
      after,
    );
    return toConnection(found, args.first, (row) => [row.year * 10 + (row.quarter ?? 0), row.id]);
  }
}
