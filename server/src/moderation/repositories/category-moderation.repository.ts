import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mapByKeys, rows, type Queryable } from '../../common/database/sql.js';
import { EFFECTIVE_PREMODERATION } from '../premoderation.js';
import type { CategoryModerationSettings } from '../models/category-moderation-settings.model.js';

export interface PremoderationThresholds {
  premoderation: boolean;
  premoderationAccountDays: number;
  premoderationApprovedPosts: number;
}

@Injectable()
export class CategoryModerationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** What applies in each category (its own setting, else its municipality's, else off); null for unknown ids. */
  async effective(categoryIds: readonly string[]): Promise<(CategoryModerationSettings | null)[]> {
    const found = await rows<CategoryModerationSettings>(
      this.db,
      `SELECT c.id AS "categoryId", s.inherited, s.active AS premoderation, s.days AS "premoderationAccountDays",
         s.posts AS "premoderationApprovedPosts"
       FROM forum_categories c ${EFFECTIVE_PREMODERATION}
       WHERE c.id = ANY($1::uuid[])`,
      [categoryIds],
    );
    return mapByKeys(categoryIds, found, (settings) => settings.categoryId, null);
  }

  async set(categoryId: string, values: PremoderationThresholds, tx: Queryable = this.db): Promise<void> {
    await tx.query(
      `INSERT INTO forum_category_moderation_settings
         (category_id, premoderation, premoderation_account_days, premoderation_approved_posts)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (category_id) DO UPDATE SET premoderation = EXCLUDED.premoderation,
         premoderation_account_days = EXCLUDED.premoderation_account_days,
         premoderation_approved_posts = EXCLUDED.premoderation_approved_posts, updated_at = now()`,
      [categoryId, values.premoderation, values.premoderationAccountDays, values.premoderationApprovedPosts],
    );
  }

  async clear(categoryId: string, tx: Queryable = this.db): Promise<void> {
    await tx.query('DELETE FROM forum_category_moderation_settings WHERE category_id = $1', [categoryId]);
  }
}
