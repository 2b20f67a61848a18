import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ServiceAreaCode } from '@ratusz/shared';
import { groupByKeys, rows, type Queryable } from '../../common/database/sql.js';
import type { ServiceArea } from '../../municipalities/models/municipality.model.js';

type ConsultationServiceArea = ServiceArea & { consultationId: string };

/** The public-service areas a consultation is about. */
@Injectable()
export class ConsultationServiceAreaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byConsultationIds(ids: readonly string[]): Promise<ServiceArea[][]> {
    const found = await rows<ConsultationServiceArea>(
      this.db,
      `SELECT csa.consultation_id AS "consultationId", sa.code, sa.name_pl AS "namePl", sa.name_en AS "nameEn"
       FROM consultation_service_areas csa JOIN service_areas sa ON sa.code = csa.service_area_code
       WHERE csa.consultation_id = ANY($1) ORDER BY csa.consultation_id, sa.position, sa.code`,
      [ids],
    );
    return groupByKeys(
      ids,
      found,
      (row) => row.consultationId,
      ({ code, namePl, nameEn }) => ({ code, namePl, nameEn }),
    );
  }

  /** The codes among these that exist (the rest are refused as unknown). */
  async existing(codes: readonly string[], tx: Queryable = this.db): Promise<string[]> {
    const found = await rows<{ code: string }>(tx, `SELECT code FROM service_areas WHERE code = ANY($1)`, [codes]);
    return found.map((row) => row.code);
  }

  async replace(consultationId: string, codes: readonly ServiceAreaCode[], tx: Queryable): Promise<void> {
    await tx.query(
      `DELETE FROM consultation_service_areas WHERE consultation_id = $1 AND NOT (service_area_code = ANY($2))`,
      [consultationId, codes],
    );
    await tx.query(
      `INSERT INTO consultation_service_areas (consultation_id, service_area_code)
       SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
      [consultationId, codes],
    );
  }
}
