import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import type { AuthState } from '../../common/request-context.js';
import type { CreateCategoryInput, UpdateCategoryInput } from '../dtos/forum.inputs.js';
import type { ForumCategory } from '../models/forum.model.js';
import { ForumAccessService, onlyAdminsManage } from './forum-access.service.js';

const CATEGORY_COLUMNS = `c.id, c.slug, c.name, c.description, c.position, c.municipality_id AS "municipalityId",
  c.network_id AS "networkId",
  (SELECT count(*)::int FROM forum_threads t WHERE t.category_id = c.id) AS "threadCount"`;

/** Where a category lives: one municipality, one network, or neither (global). */
export interface CategoryScope {
  municipalityId?: string | null;
  networkId?: string | null;
}

/** Categories: listed per scope, managed by the scope's officials (see ForumAccessService). */
@Injectable()
export class CategoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ForumAccessService,
  ) {}

  async list(args: CategoryScope & { first: number; after?: string | null }): Promise<ConnectionShape<ForumCategory>> {
    const scope = scopeOf(args);
    const cursor = decodeCursor(args.after);
    const params: unknown[] = [args.first + 1, scope.municipalityId, scope.networkId];
    let where = IN_SCOPE;
    if (cursor) {
      params.push(Number(cursor[0]), cursor[1]);
      where += ' AND (c.position, c.id) > ($4, $5::uuid)';
    }
    const rows: ForumCategory[] = await this.db.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c WHERE ${where} ORDER BY c.position, c.id LIMIT $1`,
      params,
    );
    return toConnection(rows, args.first, (c) => [c.position, c.id]);
  }

  async bySlug(slug: string, scopeArgs: CategoryScope): Promise<ForumCategory | null> {
    const scope = scopeOf(scopeArgs);
    const rows: ForumCategory[] = await this.db.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c WHERE c.slug = $1 AND ${IN_SCOPE}`,
      [slug, scope.municipalityId, scope.networkId],
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

  /** Whether the user may add, change and remove categories in this scope. */
  async canManage(auth: AuthState, scope: CategoryScope): Promise<boolean> {
    if (auth.isAdmin) return true;
    return !onlyAdminsManage(scope) && this.access.canManageMunicipality(auth, scope.municipalityId ?? null);
  }

  async create(auth: AuthState, input: CreateCategoryInput): Promise<ForumCategory> {
    const scope = scopeOf(input);
    await this.assertCanManage(auth, scope);
    const id = await this.writing(async () => {
      const [{ id }]: { id: string }[] = await this.db.query(
        `INSERT INTO forum_categories (slug, name, description, position, municipality_id, network_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          input.slug,
          input.name.trim(),
          input.description.trim(),
          input.position,
          scope.municipalityId,
          scope.networkId,
        ],
      );
      return id;
    });
    return (await this.byIds([id]))[0]!;
  }

  async update(auth: AuthState, input: UpdateCategoryInput): Promise<ForumCategory> {
    const current = await this.managed(auth, input.id);
    const name = input.name?.trim();
    if (input.name !== undefined && !name)
      throw DomainError.badInput([{ field: 'name', code: FieldErrorCode.REQUIRED }]);
    await this.writing(() =>
      this.db.query(
        `UPDATE forum_categories SET slug = coalesce($2, slug), name = coalesce($3, name),
           description = coalesce($4, description), position = coalesce($5, position)
         WHERE id = $1`,
        [current.id, input.slug ?? null, name ?? null, input.description?.trim() ?? null, input.position ?? null],
      ),
    );
    return (await this.byIds([current.id]))[0]!;
  }

  /** Only an empty category goes: threads are the residents' words and are never removed with a category. */
  async delete(auth: AuthState, id: string): Promise<ForumCategory> {
    const current = await this.managed(auth, id);
    const deleted: unknown[] = await this.db.query(
      // Wrapped in a SELECT because TypeORM answers a bare DELETE with [rows, count], not the rows.
      `WITH deleted AS (
         DELETE FROM forum_categories c WHERE c.id = $1
           AND NOT EXISTS (SELECT 1 FROM forum_threads t WHERE t.category_id = c.id) RETURNING c.id
       ) SELECT id FROM deleted`,
      [current.id],
    );
    if (deleted.length === 0) {
      throw new DomainError(
        ErrorCode.CATEGORY_NOT_EMPTY,
        'This category has threads; only an empty category can be removed.',
      );
    }
    return current;
  }

  private async managed(auth: AuthState, id: string): Promise<ForumCategory> {
    const [current] = await this.byIds([id]);
    if (!current) throw DomainError.notFound('The category');
    await this.assertCanManage(auth, current);
    return current;
  }

  private async assertCanManage(auth: AuthState, scope: CategoryScope): Promise<void> {
    if (!(await this.canManage(auth, scope))) {
      throw DomainError.forbidden(
        onlyAdminsManage(scope)
          ? 'Only administrators manage global and network categories.'
          : 'Only the municipality’s officials (or administrators) manage its categories.',
      );
    }
  }

  /** Turns the database's answers about slugs and scopes into field errors. */
  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const driverError = (error as { driverError?: { code?: string; detail?: string } }).driverError;
      if (driverError?.code === '23505') {
        throw new DomainError(ErrorCode.CONFLICT, 'A category with this address already exists here.', {
          fieldErrors: [{ field: 'slug', code: FieldErrorCode.SLUG_TAKEN }],
        });
      }
      if (driverError?.code === '23503') {
        const field = driverError.detail?.includes('network_id') ? 'networkId' : 'municipalityId';
        throw DomainError.badInput([{ field, code: FieldErrorCode.NOT_FOUND }]);
      }
      throw error;
    }
  }
}

const IN_SCOPE = 'c.municipality_id IS NOT DISTINCT FROM $2 AND c.network_id IS NOT DISTINCT FROM $3';

function scopeOf(args: CategoryScope): { municipalityId: string | null; networkId: string | null } {
  if (args.municipalityId && args.networkId) {
    throw DomainError.badInput(
      [{ field: 'networkId', code: FieldErrorCode.INVALID }],
      'A category belongs to a municipality or to a network, not both.',
    );
  }
  return { municipalityId: args.municipalityId ?? null, networkId: args.networkId ?? null };
}
