import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { one, rows, type Queryable } from '../../common/database/sql.js';
import type { IndicatorDefinition } from '../models/indicator.model.js';

const COLUMNS = `d.id, d.code, d.name_pl AS "namePl", d.name_en AS "nameEn", d.service_area_code AS "serviceArea",
  d.kind, d.unit, d.direction, d.per_thousand AS "perThousand", d.measurement_pl AS "measurementPl",
  d.measurement_en AS "measurementEn"`;

/** The definitions are few (a starter set and what administrators add), so they are read whole. */
@Injectable()
export class IndicatorDefinitionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  all(db: Queryable = this.db): Promise<IndicatorDefinition[]> {
    return rows<IndicatorDefinition>(
      db,
      `SELECT ${COLUMNS} FROM indicator_definitions d ORDER BY d.service_area_code, d.position, d.code`,
    );
  }

  byId(id: string, db: Queryable = this.db): Promise<IndicatorDefinition | null> {
    return one<IndicatorDefinition>(db, `SELECT ${COLUMNS} FROM indicator_definitions d WHERE d.id = $1`, [id]);
  }

  byCode(code: string, db: Queryable = this.db): Promise<IndicatorDefinition | null> {
    return one<IndicatorDefinition>(db, `SELECT ${COLUMNS} FROM indicator_definitions d WHERE d.code = $1`, [code]);
  }
}
