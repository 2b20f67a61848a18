import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MunicipalityKind } from '@ratusz/shared';
import { groupByKeys, keysetAfter, mapByKeys, one, rows } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { Municipality } from '../models/municipality.model.js';

const MUNICIPALITY_COLUMNS = `m.id, m.slug, m.name, m.kind, m.parent_id AS "parentId",
  (SELECT count(*)::int FROM municipalities c WHERE c.parent_id = m.id) AS "childCount"`;

// Polish alphabetical order (Ł after L, not after Z); the collation ships with ICU builds of PostgreSQL.
const POLISH_COLLATION = '"pl-x-icu"';
const POLISH_ORDER = `m.name COLLATE ${POLISH_COLLATION}, m.id`;

export interface MunicipalityFilter {
  topLevel?: boolean;
  kind?: MunicipalityKind;
  /** Part of the name, case and diacritics ignored. */
  search?: string;
}

@Injectable()
export class MunicipalityRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** In Polish alphabetical order, `limit` of them after the cursor (the name and id of the last row shown). */
  page(filter: MunicipalityFilter, args: { limit: number; after: CursorKey | null }): Promise<Municipality[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.topLevel) where.push('m.parent_id IS NULL');
    if (filter.kind) where.push(`m.kind = ${param(filter.kind)}`);
    if (filter.search) where.push(`unaccent_pl(m.name) ILIKE '%' || unaccent_pl(${param(filter.search)}) || '%'`);
    if (args.after) {
      // The column's explicit collation decides the comparison of the pair.
      where.push(
        keysetAfter(
          [{ sql: `m.name COLLATE ${POLISH_COLLATION}` }, { sql: 'm.id', cast: 'uuid' }],
          [String(args.after[0]), args.after[1]],
          params,
          'ASC',
        ),
      );
    }
    return rows<Municipality>(
      this.db,
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipalities m ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${POLISH_ORDER} LIMIT ${param(args.limit)}`,
      params,
    );
  }

  findBySlug(slug: string): Promise<Municipality | null> {
    return one<Municipality>(this.db, `SELECT ${MUNICIPALITY_COLUMNS} FROM municipalities m WHERE m.slug = $1`, [slug]);
  }

  /** One statement for a DataLoader batch; null where no municipality has the id. */
  async byIds(ids: readonly string[]): Promise<(Municipality | null)[]> {
    const found = await rows<Municipality>(
      this.db,
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipalities m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (municipality) => municipality.id, null);
  }

  /** Children of many parents in one statement (DataLoader batch), each parent's in Polish alphabetical order. */
  async childrenOf(parentIds: readonly string[]): Promise<Municipality[][]> {
    const found = await rows<Municipality>(
      this.db,
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipalities m WHERE m.parent_id = ANY($1::uuid[]) ORDER BY ${POLISH_ORDER}`,
      [parentIds],
    );
    return groupByKeys(parentIds, found, (municipality) => municipality.parentId as string);
  }

  async exists(id: string): Promise<boolean> {
    return (await one(this.db, 'SELECT 1 FROM municipalities WHERE id = $1', [id])) !== null;
  }
}
