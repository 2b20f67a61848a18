import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mapByKeys, one, rows, type Queryable } from '../../common/database/sql.js';
import { EFFECTIVE_PREMODERATION } from '../premoderation.js';
import type { CategoryModerationSettings } from '../models/category-moderation-settings.model.js';

export interface PremoderationThresholds {
  premoderation: boolean;
  premoderationAccountDays: number;
  premoderationApprovedPosts: number;
}

/** A category's own setting: all null when it has none and follows its municipality. */
export type OwnPremoderation = { [K in keyof PremoderationThresholds]: PremoderationThresholds[K] | null };

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

  /**
   * The category's municipality and its own setting, the category's row locked
   * until `tx` ends, so concurrent changes each see the one before them; null
   * when there is no such category.
   */
  async lockOwn(
    categoryId: string,
    tx: Queryable,
  ): Promise<{ municipalityId: string | null; own: OwnPremoderation } | null> {
    const found = await one<OwnPremoderation & { municipalityId: string | null }>(
      tx,
      `SELECT c.municipality_id AS "municipalityId", cs.premoderation,
         cs.premoderation_account_days AS "premoderationAccountDays",
         cs.premoderation_approved_posts AS "premoderationApprovedPosts"
       FROM forum_categories c LEFT JOIN forum_category_moderation_settings cs ON cs.category_id = c.id
       WHERE c.id = $1 FOR NO KEY UPDATE OF c`,
      [categoryId],
    );
    if (!found) return null;
    const { municipalityId, ...own } = found;
    return { municipalityId, own };
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
