import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { isUniqueViolation, type Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { CreateIndicatorDefinitionInput } from '../dtos/create-indicator-definition.input.js';
import type { IndicatorDefinitionInput } from '../dtos/indicator-definition.input.js';
import type { UpdateIndicatorDefinitionInput } from '../dtos/update-indicator-definition.input.js';
import { canManageIndicatorDefinitions } from '../indicators.policy.js';
import type { IndicatorDefinition } from '../models/indicator.model.js';
import {
  INDICATOR_CODE_UQ,
  INDICATOR_NAME_EN_UQ,
  INDICATOR_NAME_PL_UQ,
  IndicatorDefinitionRepository,
  type IndicatorDefinitionValues,
} from '../repositories/indicator-definition.repository.js';
import { indicatorNotFound } from './indicator-errors.js';

const DENIED = 'Only administrators manage indicator definitions.';

function values(input: IndicatorDefinitionInput): IndicatorDefinitionValues {
  return {
    namePl: input.namePl,
    nameEn: input.nameEn,
    serviceArea: input.serviceArea,
    kind: input.kind,
    unit: input.unit,
    direction: input.direction,
    perThousand: input.perThousand,
    measurementPl: input.measurementPl ?? '',
    measurementEn: input.measurementEn ?? '',
  };
}

/** The unique indexes that were hit become the fields' DUPLICATE codes. */
function duplicateOf(error: unknown): DomainError | null {
  const fields: [string, string][] = [
    [INDICATOR_CODE_UQ, 'code'],
    [INDICATOR_NAME_PL_UQ, 'namePl'],
    [INDICATOR_NAME_EN_UQ, 'nameEn'],
  ];
  const hit = fields.find(([constraint]) => isUniqueViolation(error, constraint));
  return hit
    ? new DomainError(ErrorCode.CONFLICT, 'An indicator with this code or name exists in the service area.', {
        fieldErrors: [{ field: hit[1], code: FieldErrorCode.DUPLICATE }],
      })
    : null;
}

/** Indicator definitions: the starter set ships with the product, administrators add and change the rest. */
@Injectable()
export class IndicatorDefinitionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly definitions: IndicatorDefinitionRepository,
  ) {}

  list(includeArchived: boolean): Promise<IndicatorDefinition[]> {
    return this.definitions.all(undefined, { active: !includeArchived });
  }

  async create(viewer: Viewer, input: CreateIndicatorDefinitionInput): Promise<IndicatorDefinition> {
    requireUser(viewer);
    requireAccess(canManageIndicatorDefinitions(viewer), DENIED);
    try {
      return await this.db.transaction(async (tx) => {
        const id = await this.definitions.insert(input.code, values(input), tx);
        return (await this.definitions.byId(id, tx))!;
      });
    } catch (error) {
      throw duplicateOf(error) ?? error;
    }
  }

  /** Unit and kind stay as they are once values use them: the stored values were checked against them. */
  async update(viewer: Viewer, input: UpdateIndicatorDefinitionInput): Promise<IndicatorDefinition> {
    requireUser(viewer);
    requireAccess(canManageIndicatorDefinitions(viewer), DENIED);
    try {
      return await this.db.transaction(async (tx) => {
        const current = await this.lock(input.id, tx);
        if (current.hasValues && (current.unit !== input.unit || current.kind !== input.kind)) {
          throw new DomainError(
            ErrorCode.INDICATOR_HAS_VALUES,
            'Values use this indicator: its unit and kind cannot change.',
            { fieldErrors: [{ field: current.unit !== input.unit ? 'unit' : 'kind', code: FieldErrorCode.INVALID }] },
          );
        }
        await this.definitions.update(current.id, values(input), tx);
        return (await this.definitions.byId(current.id, tx))!;
      });
    } catch (error) {
      throw duplicateOf(error) ?? error;
    }
  }

  async setArchived(viewer: Viewer, id: string, archived: boolean): Promise<IndicatorDefinition> {
    requireUser(viewer);
    requireAccess(canManageIndicatorDefinitions(viewer), DENIED);
    return this.db.transaction(async (tx) => {
      const current = await this.lock(id, tx);
      await this.definitions.setArchived(current.id, archived, tx);
      return (await this.definitions.byId(current.id, tx))!;
    });
  }

  /** Only a definition nothing uses; one with values is archived instead. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    requireUser(viewer);
    requireAccess(canManageIndicatorDefinitions(viewer), DENIED);
    return this.db.transaction(async (tx) => {
      const current = await this.lock(id, tx);
      if (current.hasValues) {
        throw new DomainError(
          ErrorCode.INDICATOR_HAS_VALUES,
          'Values use this indicator: archive it instead of deleting it.',
        );
      }
      return this.definitions.delete(current.id, tx);
    });
  }

  private async lock(id: string, tx: Queryable): Promise<IndicatorDefinition> {
    if (!(await this.definitions.lock(id, tx))) throw indicatorNotFound();
    return (await this.definitions.byId(id, tx))!;
  }
}
