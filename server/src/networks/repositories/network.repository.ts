import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MunicipalityKind, NetworkKind, ServiceAreaCode } from '@ratusz/shared';
import { keysetAfter, mapByKeys, one, rows, type Queryable } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { Network } from '../../municipalities/models/municipality.model.js';

const NETWORK_COLUMNS = `n.id, n.name, n.kind, n.service_area_code AS "serviceAreaCode",
  n.municipality_kind AS "municipalityKind", n.note, n.indicators_public AS "indicatorsPublic"`;

export interface NetworkFilter {
  kind: NetworkKind | null;
  serviceAreaCode: ServiceAreaCode | null;
  municipalityId: string | null;
}

/** The unique name of a network was taken. */
export const NETWORK_NAME_UQ = 'networks_name_key';
export const SERVICE_AREA_FK = 'networks_service_area_code_fkey';

@Injectable()
export class NetworkRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** By name, `limit` of them after the cursor (the name and id of the last row shown). */
  page(filter: NetworkFilter, args: { limit: number; after: CursorKey | null }): Promise<Network[]> {
    const params: unknown[] = [args.limit, filter.kind, filter.serviceAreaCode, filter.municipalityId];
    const where = [
      '($2::text IS NULL OR n.kind = $2)',
      '($3::text IS NULL OR n.service_area_code = $3)',
      '($4::uuid IS NULL OR EXISTS (SELECT 1 FROM network_members m WHERE m.network_id = n.id AND m.municipality_id = $4))',
    ];
    if (args.after) {
      where.push(
        keysetAfter(
          [{ sql: 'n.name' }, { sql: 'n.id', cast: 'uuid' }],
          [String(args.after[0]), args.after[1]],
          params,
          'ASC',
        ),
      );
    }
    return rows<Network>(
      this.db,
      `SELECT ${NETWORK_COLUMNS} FROM networks n WHERE ${where.join(' AND ')} ORDER BY n.name, n.id LIMIT $1`,
      params,
    );
  }

  byId(id: string, db: Queryable = this.db): Promise<Network | null> {
    return one<Network>(db, `SELECT ${NETWORK_COLUMNS} FROM networks n WHERE n.id = $1`, [id]);
  }

  /** Under the network's row lock, so member and plan changes of one network happen one at a time. */
  lockById(id: string, tx: Queryable): Promise<Network | null> {
    return one<Network>(tx, `SELECT ${NETWORK_COLUMNS} FROM networks n WHERE n.id = $1 FOR UPDATE`, [id]);
  }

  async byIds(ids: readonly string[]): Promise<(Network | null)[]> {
    const found = await rows<Network>(
      this.db,
      `SELECT ${NETWORK_COLUMNS} FROM networks n WHERE n.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (network) => network.id, null);
  }

  async insert(values: {
    name: string;
    kind: NetworkKind;
    serviceAreaCode: ServiceAreaCode | null;
    municipalityKind: MunicipalityKind | null;
    note: string | null;
  }): Promise<string> {
    const [created] = await rows<{ id: string }>(
      this.db,
      `INSERT INTO networks (name, kind, service_area_code, municipality_kind, note)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [values.name, values.kind, values.serviceAreaCode, values.municipalityKind, values.note],
    );
    return created.id;
  }

  async setIndicatorsPublic(id: string, indicatorsPublic: boolean, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE networks SET indicators_public = $2 WHERE id = $1`, [id, indicatorsPublic]);
  }

  /** For the seed: the fixture's networks name no kind of local government. */
  async setMunicipalityKind(id: string, kind: MunicipalityKind): Promise<void> {
    await this.db.query(`UPDATE networks SET municipality_kind = $2 WHERE id = $1`, [id, kind]);
  }

  /** For the seed: a network by its unique name. */
  byName(name: string): Promise<Network | null> {
    return one<Network>(this.db, `SELECT ${NETWORK_COLUMNS} FROM networks n WHERE n.name = $1`, [name]);
  }
}
