import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import type { AuthState } from '../../common/request-context.js';
import type { CreateCategoryInput } from '../dtos/forum.inputs.js';
import type { ForumCategory } from '../models/forum.model.js';
import { ForumAccessService } from './forum-access.service.js';

const CATEGORY_COLUMNS = `c.id, c.slug, c.name, c.description, c.position, c.municipality_id AS "municipalityId",
  (SELECT count(*)::int FROM forum_threads t WHERE t.category_id = c.id) AS "threadCount"`;

@Injectable()
export class CategoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
  ) {}

  async list(args: {
    first: number;
    after?: string | null;
    municipalityId?: string | null;
  }): Promise<ConnectionShape<ForumCategory>> {
    const cursor = decodeCursor(args.after);
    const params: unknown[] = [args.first + 1, args.municipalityId ?? null];
    let where = 'c.network_id IS NULL AND c.municipality_id IS NOT DISTINCT FROM $2';
    if (cursor) {
      params.push(Number(cursor[0]), cursor[1]);
      where += ' AND (c.position, c.id) > ($3, $4::uuid)';
    }
    const rows: ForumCategory[] = await this.db.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c WHERE ${where} ORDER BY c.position, c.id LIMIT $1`,
      params,
    );
    return toConnection(rows, args.first, (c) => [c.position, c.id]);
  }

  async bySlug(slug: string, municipalityId?: string | null): Promise<ForumCategory | null> {
    const rows: ForumCategory[] = await this.db.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c
       WHERE c.slug = $1 AND c.network_id IS NULL AND c.municipality_id IS NOT DISTINCT FROM $2`,
      [slug, municipalityId ?? null],
    );
    return rows[0] ?? null;
  }

  async byIds(ids: readonly string[]): Promise<(ForumCategory | null)[]> {
    const rows: ForumCategory[] = await this.db.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Officials manage their municipality's categories; global ones are for administrators. */
  async create(auth: AuthState, input: CreateCategoryInput): Promise<ForumCategory> {
    if (!(await this.access.canManageMunicipality(auth, input.municipalityId ?? null))) {
      throw DomainError.forbidden('Only the municipality’s officials (or administrators) can add categories.');
    }
    try {
      const [{ id }]: { id: string }[] = await this.db.query(
        `INSERT INTO forum_categories (slug, name, description, position, municipality_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.slug, input.name.trim(), input.description.trim(), input.position, input.municipalityId ?? null],
      );
      const [category] = await this.byIds([id]);
      return category!;
    } catch (error) {
      const code = (error as { driverError?: { code?: string } }).driverError?.code;
      if (code === '23505') {
        throw new DomainError(ErrorCode.CONFLICT, 'A category with this address already exists here.', {
          fieldErrors: [{ field: 'slug', code: FieldErrorCode.INVALID }],
        });
      }
      if (code === '23503') throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
      throw error;
    }
  }
}
