import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetAfter, rows } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { Network } from '../models/municipality.model.js';

const NETWORK_COLUMNS = 'id, name, kind, service_area_code AS "serviceAreaCode", note';

@Injectable()
export class NetworkRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** By name, `limit` of them after the cursor (the name and id of the last row shown). */
  page(args: { limit: number; after: CursorKey | null }): Promise<Network[]> {
    const params: unknown[] = [args.limit];
    const where = args.after
      ? `WHERE ${keysetAfter(
          [{ sql: 'name' }, { sql: 'id', cast: 'uuid' }],
          [String(args.after[0]), args.after[1]],
          params,
          'ASC',
        )}`
      : '';
    return rows<Network>(
      this.db,
      `SELECT ${NETWORK_COLUMNS} FROM networks ${where} ORDER BY name, id LIMIT $1`,
      params,
    );
  }
}
