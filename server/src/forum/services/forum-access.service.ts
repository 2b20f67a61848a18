import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthState } from '../../common/request-context.js';

/**
 * Who may run a category: administrators everywhere; officials and
 * moderators of the category's municipality there. Global categories are
 * the administrators' alone.
 */
@Injectable()
export class ForumAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async canModerateCategory(auth: AuthState, categoryId: string): Promise<boolean> {
    if (auth.isAdmin) return true;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM forum_categories c
       JOIN role_grants g ON g.municipality_id = c.municipality_id
       WHERE c.id = $1 AND g.user_id = $2 AND g.role IN ('OFFICIAL', 'MODERATOR')`,
      [categoryId, auth.userId],
    );
    return rows.length > 0;
  }

  async canManageMunicipality(auth: AuthState, municipalityId: string | null): Promise<boolean> {
    if (auth.isAdmin) return true;
    if (!municipalityId) return false;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM role_grants WHERE municipality_id = $1 AND user_id = $2 AND role = 'OFFICIAL'`,
      [municipalityId, auth.userId],
    );
    return rows.length > 0;
  }
}
