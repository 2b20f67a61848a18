import { Injectable } from '@nestjs/common';
import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { isForeignKeyViolation, isUniqueViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess } from '../../common/policy/viewer.js';
import { ViewerService } from '../../common/policy/viewer.service.js';
import type { AuthState } from '../../common/request-context.js';
import type { CreateCategoryInput } from '../dtos/create-category.input.js';
import type { UpdateCategoryInput } from '../dtos/update-category.input.js';
import { canManageCategories, onlyAdminsManage, type CategoryScope } from '../forum.policy.js';
import type { ForumCategory } from '../models/forum.model.js';
import { CATEGORY_NETWORK_FK, CategoryRepository, type ScopeIds } from '../repositories/category.repository.js';

/** Categories: listed per scope, managed by the scope's officials (see canManageCategories). */
@Injectable()
export class CategoryService {
  constructor(
    private readonly repository: CategoryRepository,
    private readonly viewers: ViewerService,
  ) {}

  async list(args: CategoryScope & { first: number; after?: string | null }): Promise<ConnectionShape<ForumCategory>> {
    const found = await this.repository.page(scopeOf(args), args.first + 1, decodeCursor(args.after));
    return toConnection(found, args.first, (c) => [c.position, c.id]);
  }

  bySlug(slug: string, scope: CategoryScope): Promise<ForumCategory | null> {
    return this.repository.bySlug(slug, scopeOf(scope));
  }

  byId(id: string): Promise<ForumCategory | null> {
    return this.repository.byId(id);
  }

  /** One entry per id, in order, null where unknown (DataLoader batch). */
  byIds(ids: readonly string[]): Promise<(ForumCategory | null)[]> {
    return this.repository.byIds(ids);
  }

  async create(auth: AuthState, input: CreateCategoryInput): Promise<ForumCategory> {
    const scope = scopeOf(input);
    await this.requireManage(auth, scope);
    const id = await writing(() =>
      this.repository.insert({
        slug: input.slug,
        name: input.name.trim(),
        description: input.description.trim(),
        position: input.position,
        ...scope,
      }),
    );
    return (await this.repository.byId(id))!;
  }

  async update(auth: AuthState, input: UpdateCategoryInput): Promise<ForumCategory> {
    const current = await this.managed(auth, input.id);
    const name = input.name?.trim();
    if (input.name !== undefined && !name)
      throw DomainError.badInput([{ field: 'name', code: FieldErrorCode.REQUIRED }]);
    await writing(() =>
      this.repository.update(current.id, {
        slug: input.slug ?? null,
        name: name ?? null,
        description: input.description?.trim() ?? null,
        position: input.position ?? null,
      }),
    );
    return (await this.repository.byId(current.id))!;
  }

  /** Only an empty category goes: threads are the residents' words and are never removed with a category. */
  async delete(auth: AuthState, id: string): Promise<ForumCategory> {
    const current = await this.managed(auth, id);
    if (!(await this.repository.deleteIfEmpty(current.id))) {
      throw new DomainError(
        ErrorCode.CATEGORY_NOT_EMPTY,
        'This category has threads; only an empty category can be removed.',
      );
    }
    return current;
  }

  private async managed(auth: AuthState, id: string): Promise<ForumCategory> {
    const current = await this.repository.byId(id);
    if (!current) throw DomainError.notFound('The category');
    await this.requireManage(auth, current);
    return current;
  }

  private async requireManage(auth: AuthState, scope: CategoryScope): Promise<void> {
    const viewer = await this.viewers.forAuth(auth);
    requireAccess(
      canManageCategories(viewer, scope),
      onlyAdminsManage(scope)
        ? 'Only administrators manage global categories.'
        : scope.networkId
          ? 'Only the network’s coordinators (or administrators) manage its categories.'
          : 'Only the municipality’s officials (or administrators) manage its categories.',
    );
  }
}

/** Turns the database's answers about slugs and scopes into field errors. */
async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError(ErrorCode.CONFLICT, 'A category with this address already exists here.', {
        fieldErrors: [{ field: 'slug', code: FieldErrorCode.SLUG_TAKEN }],
      });
    }
    if (isForeignKeyViolation(error)) {
      const field = isForeignKeyViolation(error, CATEGORY_NETWORK_FK) ? 'networkId' : 'municipalityId';
      throw DomainError.badInput([{ field, code: FieldErrorCode.NOT_FOUND }]);
    }
    throw error;
  }
}

function scopeOf(args: CategoryScope): ScopeIds {
  if (args.municipalityId && args.networkId) {
    throw DomainError.badInput(
      [{ field: 'networkId', code: FieldErrorCode.INVALID }],
      'A category belongs to a municipality or to a network, not both.',
    );
  }
  return { municipalityId: args.municipalityId ?? null, networkId: args.networkId ?? null };
}
