import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows } from '../../common/database/sql.js';
import type { ServiceArea } from '../models/municipality.model.js';

const SERVICE_AREA_COLUMNS = 'code, name_pl AS "namePl", name_en AS "nameEn"';

@Injectable()
export class ServiceAreaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** All of them (a fixed handful), in their fixed order. */
  all(): Promise<ServiceArea[]> {
    return rows<ServiceArea>(this.db, `SELECT ${SERVICE_AREA_COLUMNS} FROM service_areas ORDER BY position`);
  }
}
