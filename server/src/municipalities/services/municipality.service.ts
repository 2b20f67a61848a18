import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MunicipalityKind } from '@ratusz/shared';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import type { Municipality, Network, ServiceArea } from '../models/municipality.model.js';

interface MunicipalityRow {
  id: string;
  slug: string;
  name: string;
  kind: MunicipalityKind;
  parent_id: string | null;
  child_count: number;
}

const SELECT_MUNICIPALITY = `
  SELECT m.id, m.slug, m.name, m.kind, m.parent_id,
         (SELECT count(*)::int FROM municipalities c WHERE c.parent_id = m.id) AS child_count
  FROM municipalities m`;

// Polish alphabetical order (Ł after L, not after Z); the collation ships with ICU builds of PostgreSQL.
export const POLISH_COLLATION = '"pl-x-icu"';

function toModel(row: MunicipalityRow): Municipality {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    parentId: row.parent_id,
    childCount: row.child_count,
  };
}

@Injectable()
export class MunicipalityService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(args: {
    first: number;
    after?: string | null;
    topLevel?: boolean;
    kind?: MunicipalityKind;
    search?: string;
  }): Promise<ConnectionShape<Municipality>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (args.topLevel) where.push('m.parent_id IS NULL');
    if (args.kind) where.push(`m.kind = ${param(args.kind)}`);
    if (args.search) where.push(`unaccent_pl(m.name) ILIKE '%' || unaccent_pl(${param(args.search)}) || '%'`);
    const cursor = decodeCursor(args.after);
    if (cursor) {
      where.push(
        `(m.name COLLATE ${POLISH_COLLATION}, m.id) > (${param(String(cursor[0]))} COLLATE ${POLISH_COLLATION}, ${param(cursor[1])}::uuid)`,
      );
    }
    const rows: MunicipalityRow[] = await this.db.query(
      `${SELECT_MUNICIPALITY} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY m.name COLLATE ${POLISH_COLLATION}, m.id LIMIT ${param(args.first + 1)}`,
      params,
    );
    return toConnection(rows.map(toModel), args.first, (m) => [m.name, m.id]);
  }

  async findBySlug(slug: string): Promise<Municipality | null> {
    const rows: MunicipalityRow[] = await this.db.query(`${SELECT_MUNICIPALITY} WHERE m.slug = $1`, [slug]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  async findByIds(ids: readonly string[]): Promise<(Municipality | null)[]> {
    const rows: MunicipalityRow[] = await this.db.query(`${SELECT_MUNICIPALITY} WHERE m.id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((row) => [row.id, toModel(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Children of many parents in one statement, for the DataLoader. */
  async childrenOf(parentIds: readonly string[]): Promise<Municipality[][]> {
    const rows: MunicipalityRow[] = await this.db.query(
      `${SELECT_MUNICIPALITY} WHERE m.parent_id = ANY($1::uuid[]) ORDER BY m.name COLLATE ${POLISH_COLLATION}, m.id`,
      [parentIds],
    );
    const byParent = new Map<string, Municipality[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get(row.parent_id as string)?.push(toModel(row));
    return parentIds.map((id) => byParent.get(id) ?? []);
  }

  async exists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM municipalities WHERE id = $1', [id]);
    return rows.length > 0;
  }

  async serviceAreas(): Promise<ServiceArea[]> {
    return this.db.query('SELECT code, name_pl AS "namePl", name_en AS "nameEn" FROM service_areas ORDER BY position');
  }

  async networks(args: { first: number; after?: string | null }): Promise<ConnectionShape<Network>> {
    const cursor = decodeCursor(args.after);
    const rows: Network[] = await this.db.query(
      `SELECT id, name, kind, service_area_code AS "serviceAreaCode", note FROM networks
       ${cursor ? 'WHERE (name, id) > ($2, $3::uuid)' : ''}
       ORDER BY name, id LIMIT $1`,
      cursor ? [args.first + 1, String(cursor[0]), cursor[1]] : [args.first + 1],
    );
    return toConnection(rows, args.first, (n) => [n.name, n.id]);
  }
}
