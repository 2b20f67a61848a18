import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthState } from '../../common/request-context.js';

/** Global and network categories are managed by administrators alone. */
export function onlyAdminsManage(scope: { municipalityId?: string | null; networkId?: string | null }): boolean {
  return Boolean(scope.networkId) || !scope.municipalityId;
}

/**
 * Who may run the forum. Moderating a category (pin, lock) is for
 * administrators everywhere and for officials and moderators of the
 * category's municipality. Managing categories (add, rename, reorder,
 * remove) is for administrators and the municipality's officials; global
 * and network categories are the administrators' alone until networks get
 * members of their own.
 */
@Injectable()
export class ForumAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async canModerateCategory(auth: AuthState, categoryId: string): Promise<boolean> {
    const [allowed] = await this.moderatedCategories(auth, [categoryId]);
    return allowed;
  }

  /** For each category, whether the user may pin and lock its threads (one query for a whole page). */
  async moderatedCategories(auth: AuthState, categoryIds: readonly string[]): Promise<boolean[]> {
    if (auth.isAdmin) return categoryIds.map(() => true);
    const rows: { id: string }[] = await this.db.query(
      `SELECT DISTINCT c.id FROM forum_categories c
       JOIN role_grants g ON g.municipality_id = c.municipality_id
       WHERE c.id = ANY($1::uuid[]) AND g.user_id = $2 AND g.role IN ('OFFICIAL', 'MODERATOR')`,
      [categoryIds, auth.userId],
    );
    const allowed = new Set(rows.map((r) => r.id));
    return categoryIds.map((id) => allowed.has(id));
  }

  async canManageMunicipality(auth: AuthState, municipalityId: string | null): Promise<boolean> {
    const [allowed] = await this.managedMunicipalities(auth, [municipalityId]);
    return allowed;
  }

  /** For each municipality (null: global or network scope), whether the user may manage its categories. */
  async managedMunicipalities(auth: AuthState, municipalityIds: readonly (string | null)[]): Promise<boolean[]> {
    if (auth.isAdmin) return municipalityIds.map(() => true);
    const ids = municipalityIds.filter((id): id is string => id !== null);
    const rows: { municipality_id: string }[] = ids.length
      ? await this.db.query(
          `SELECT municipality_id FROM role_grants WHERE municipality_id = ANY($1::uuid[]) AND user_id = $2 AND role = 'OFFICIAL'`,
          [ids, auth.userId],
        )
      : [];
    const allowed = new Set(rows.map((r) => r.municipality_id));
    return municipalityIds.map((id) => id !== null && allowed.has(id));
  }
}
