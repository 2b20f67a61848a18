import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IndicatorDirection, IndicatorKind, IndicatorUnit, ServiceAreaCode } from '@ratusz/shared';
import { one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { IndicatorDefinition } from '../models/indicator.model.js';

const COLUMNS = `d.id, d.code, d.name_pl AS "namePl", d.name_en AS "nameEn", d.service_area_code AS "serviceArea",
  d.kind, d.unit, d.direction, d.per_thousand AS "perThousand", d.measurement_pl AS "measurementPl",
  d.measurement_en AS "measurementEn", d.archived_at AS "archivedAt",
  (EXISTS (SELECT 1 FROM indicator_values v WHERE v.indicator_id = d.id)
   OR EXISTS (SELECT 1 FROM unit_cost_worksheets w WHERE w.indicator_id = d.id)) AS "hasValues"`;

export const INDICATOR_CODE_UQ = 'indicator_definitions_code_key';
export const INDICATOR_NAME_PL_UQ = 'indicator_definitions_name_pl_uq';
export const INDICATOR_NAME_EN_UQ = 'indicator_definitions_name_en_uq';

export interface IndicatorDefinitionValues {
  namePl: string;
  nameEn: string;
  serviceArea: ServiceAreaCode;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  perThousand: boolean;
  measurementPl: string;
  measurementEn: string;
}

/** The definitions are few (a starter set and what administrators add), so they are read whole. */
@Injectable()
export class IndicatorDefinitionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every definition (archived ones too unless `active`), by service area and position. */
  all(db: Queryable = this.db, options: { active?: boolean } = {}): Promise<IndicatorDefinition[]> {
    return rows<IndicatorDefinition>(
      db,
      `SELECT ${COLUMNS} FROM indicator_definitions d ${options.active ? 'WHERE d.archived_at IS NULL' : ''}
       ORDER BY d.service_area_code, d.position, d.code`,
    );
  }

  byId(id: string, db: Queryable = this.db): Promise<IndicatorDefinition | null> {
    return one<IndicatorDefinition>(db, `SELECT ${COLUMNS} FROM indicator_definitions d WHERE d.id = $1`, [id]);
  }

  /**
   * Takes the row lock; a value being inserted meanwhile holds a key-share
   * lock on the row (its foreign key), so it commits first or waits. Read the
   * definition after this, in a new statement, to see such a value.
   */
  async lock(id: string, tx: Queryable): Promise<boolean> {
    return (await one(tx, `SELECT 1 FROM indicator_definitions WHERE id = $1 FOR UPDATE`, [id])) !== null;
  }

  byCode(code: string, db: Queryable = this.db): Promise<IndicatorDefinition | null> {
    return one<IndicatorDefinition>(db, `SELECT ${COLUMNS} FROM indicator_definitions d WHERE d.code = $1`, [code]);
  }

  /** Placed after the service area's last definition. */
  async insert(code: string, values: IndicatorDefinitionValues, tx: Queryable): Promise<string> {
    const [created] = await rows<{ id: string }>(
      tx,
      `INSERT INTO indicator_definitions (code, name_pl, name_en, service_area_code, kind, unit, direction, per_thousand,
         measurement_pl, measurement_en, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
         (SELECT coalesce(max(position) + 1, 0) FROM indicator_definitions WHERE service_area_code = $4))
       RETURNING id`,
      [
        code,
        values.namePl,
        values.nameEn,
        values.serviceArea,
        values.kind,
        values.unit,
        values.direction,
        values.perThousand,
        values.measurementPl,
        values.measurementEn,
      ],
    );
    return created.id;
  }

  async update(id: string, values: IndicatorDefinitionValues, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE indicator_definitions SET name_pl = $2, name_en = $3, service_area_code = $4, kind = $5, unit = $6,
         direction = $7, per_thousand = $8, measurement_pl = $9, measurement_en = $10
       WHERE id = $1`,
      [
        id,
        values.namePl,
        values.nameEn,
        values.serviceArea,
        values.kind,
        values.unit,
        values.direction,
        values.perThousand,
        values.measurementPl,
        values.measurementEn,
      ],
    );
  }

  async setArchived(id: string, archived: boolean, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE indicator_definitions SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) END WHERE id = $1`,
      [id, archived],
    );
  }

  async delete(id: string, tx: Queryable): Promise<boolean> {
    return (
      (await returningOne<{ id: string }>(tx, `DELETE FROM indicator_definitions WHERE id = $1 RETURNING id`, [id])) !==
      null
    );
  }
}
