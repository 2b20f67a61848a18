import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CursorKey } from '../../common/pagination/cursor.js';
import { keysetAfter, mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { ForumCategory } from '../models/forum.model.js';

const CATEGORY_COLUMNS = `c.id, c.slug, c.name, c.description, c.position, c.municipality_id AS "municipalityId",
  c.network_id AS "networkId",
  (SELECT count(*)::int FROM forum_threads t WHERE t.category_id = c.id AND t.held_at IS NULL) AS "threadCount"`;

/** A resolved scope: exactly one of the two, or neither for a global category. */
export interface ScopeIds {
  municipalityId: string | null;
  networkId: string | null;
}

export interface NewCategory extends ScopeIds {
  slug: string;
  name: string;
  description: string;
  position: number;
}

/** Omitted (null) fields keep their value. */
export interface CategoryPatch {
  slug: string | null;
  name: string | null;
  description: string | null;
  position: number | null;
}

/** Raised by PostgreSQL when a new or changed category names a network that does not exist. */
export const CATEGORY_NETWORK_FK = 'forum_categories_network_id_fkey';

const IN_SCOPE = 'c.municipality_id IS NOT DISTINCT FROM $1 AND c.network_id IS NOT DISTINCT FROM $2';

@Injectable()
export class CategoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Ordered by position, then id; `first + 1` rows are asked for by the caller. */
  page(scope: ScopeIds, limit: number, after: CursorKey | null): Promise<ForumCategory[]> {
    const params: unknown[] = [scope.municipalityId, scope.networkId];
    const afterCursor = after
      ? ` AND ${keysetAfter(
          [
            { sql: 'c.position', cast: 'int' },
            { sql: 'c.id', cast: 'uuid' },
          ],
          [Number(after[0]), after[1]],
          params,
          'ASC',
        )}`
      : '';
    params.push(limit);
    return rows<ForumCategory>(
      this.db,
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c WHERE ${IN_SCOPE}${afterCursor}
       ORDER BY c.position, c.id LIMIT $${params.length}`,
      params,
    );
  }

  bySlug(slug: string, scope: ScopeIds): Promise<ForumCategory | null> {
    return one<ForumCategory>(
      this.db,
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c WHERE ${IN_SCOPE} AND c.slug = $3`,
      [scope.municipalityId, scope.networkId, slug],
    );
  }

  /** One entry per id, in order, null where unknown (DataLoader batch). */
  async byIds(ids: readonly string[], tx: Queryable = this.db): Promise<(ForumCategory | null)[]> {
    const found = await rows<ForumCategory>(
      tx,
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (c) => c.id, null);
  }

  byId(id: string, tx: Queryable = this.db): Promise<ForumCategory | null> {
    return one<ForumCategory>(tx, `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c WHERE c.id = $1`, [id]);
  }

  async exists(id: string, tx: Queryable = this.db): Promise<boolean> {
    return (await one(tx, 'SELECT 1 FROM forum_categories WHERE id = $1', [id])) !== null;
  }

  async insert(values: NewCategory, tx: Queryable = this.db): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO forum_categories (slug, name, description, position, municipality_id, network_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [values.slug, values.name, values.description, values.position, values.municipalityId, values.networkId],
    );
    return inserted!.id;
  }

  async update(id: string, patch: CategoryPatch, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `UPDATE forum_categories SET slug = coalesce($2, slug), name = coalesce($3, name),
         description = coalesce($4, description), position = coalesce($5, position)
       WHERE id = $1`,
      [id, patch.slug, patch.name, patch.description, patch.position],
    );
  }

  /** Removes the category only if no thread is in it; false when it has threads (or is gone). */
  async deleteIfEmpty(id: string, tx: Queryable = this.db): Promise<boolean> {
    const deleted = await returningOne<{ id: string }>(
      tx,
      `DELETE FROM forum_categories c WHERE c.id = $1
         AND NOT EXISTS (SELECT 1 FROM forum_threads t WHERE t.category_id = c.id) RETURNING c.id`,
      [id],
    );
    return deleted !== null;
  }
}
