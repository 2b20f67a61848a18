import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { WorksheetResult } from '@ratusz/shared';
import { one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { UnitCostWorksheet } from '../models/indicator.model.js';

export type WorksheetRow = Omit<UnitCostWorksheet, 'value'>;

const COLUMNS = `w.id, w.municipality_id AS "municipalityId", w.indicator_id AS "indicatorId", w.activity, w.posts,
  w.overheads_grosze::text AS "overheadsGrosze", w.overhead_share_bp AS "overheadShareBasisPoints", w.cases,
  w.staff_cost_grosze::text AS "staffCostGrosze", w.allocated_overheads_grosze::text AS "allocatedOverheadsGrosze",
  w.total_cost_grosze::text AS "totalCostGrosze", w.unit_cost_grosze::text AS "unitCostGrosze",
  w.created_at AS "createdAt"`;

@Injectable()
export class WorksheetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    worksheet: {
      municipalityId: string;
      indicatorId: string;
      activity: string;
      overheadsGrosze: number;
      overheadShareBasisPoints: number;
      cases: number;
      createdBy: string;
    },
    result: WorksheetResult,
    tx: Queryable,
  ): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO unit_cost_worksheets (municipality_id, indicator_id, activity, posts, overheads_grosze,
         overhead_share_bp, cases, staff_cost_grosze, allocated_overheads_grosze, total_cost_grosze, unit_cost_grosze,
         created_by)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        worksheet.municipalityId,
        worksheet.indicatorId,
        worksheet.activity,
        JSON.stringify(result.posts),
        worksheet.overheadsGrosze,
        worksheet.overheadShareBasisPoints,
        worksheet.cases,
        result.staffCostGrosze,
        result.allocatedOverheadsGrosze,
        result.totalCostGrosze,
        result.unitCostGrosze,
        worksheet.createdBy,
      ],
    );
    return inserted!.id;
  }

  byId(id: string, db: Queryable = this.db): Promise<WorksheetRow | null> {
    return one<WorksheetRow>(db, `SELECT ${COLUMNS} FROM unit_cost_worksheets w WHERE w.id = $1`, [id]);
  }

  /** A municipality's worksheets, newest first; bounded (a worksheet is made a few times a year). */
  ofMunicipality(municipalityId: string, limit: number): Promise<WorksheetRow[]> {
    return rows<WorksheetRow>(
      this.db,
      `SELECT ${COLUMNS} FROM unit_cost_worksheets w WHERE w.municipality_id = $1
       ORDER BY w.created_at DESC, w.id DESC LIMIT $2`,
      [municipalityId, limit],
    );
  }
}
