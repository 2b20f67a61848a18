import { one, type Queryable } from '../common/database/sql.js';
import type { Viewer } from '../common/policy/viewer.js';
import { canModerateIn } from './moderation.policy.js';

/**
 * Joined to a category `c`: the pre-moderation in force there (`s.inherited`,
 * `s.active`, `s.days`, `s.posts`), its own setting when it has one, its
 * municipality's otherwise, off when neither has one.
 */
export const EFFECTIVE_PREMODERATION = `
  LEFT JOIN forum_category_moderation_settings cs ON cs.category_id = c.id
  LEFT JOIN moderation_settings ms ON ms.municipality_id = c.municipality_id
  CROSS JOIN LATERAL (
    SELECT cs.category_id IS NULL AS inherited,
      CASE WHEN cs.category_id IS NULL THEN coalesce(ms.premoderation, false) ELSE cs.premoderation END AS active,
      CASE WHEN cs.category_id IS NULL THEN coalesce(ms.premoderation_account_days, 0)
           ELSE cs.premoderation_account_days END AS days,
      CASE WHEN cs.category_id IS NULL THEN coalesce(ms.premoderation_approved_posts, 0)
           ELSE cs.premoderation_approved_posts END AS posts
  ) s`;

/** What {@link premoderationHold} selects: the category's municipality, when its pre-moderation applies. */
export interface PremoderationHold {
  municipalityId: string | null;
}

/**
 * SQL: whether the category's pre-moderation holds posts by the user (`categoryId`, `userId`: SQL expressions) — a
 * {@link PremoderationHold} when it does, NULL otherwise. The category's own setting when it has one, its
 * municipality's otherwise, holds posts of accounts younger than its days or with fewer visible posts than its
 * minimum. {@link holdsPost} runs it alone; a forum reply selects it beside the thread it reads anyway.
 */
export function premoderationHold(categoryId: string, userId: string): string {
  return `(SELECT json_build_object('municipalityId', c.municipality_id)
     FROM forum_categories c ${EFFECTIVE_PREMODERATION}
     JOIN users u ON u.id = ${userId}
     WHERE c.id = ${categoryId} AND s.active AND (
       u.created_at > now() - make_interval(days => s.days)
       OR (SELECT count(*) FROM forum_posts p
           WHERE p.author_id = u.id AND p.held_at IS NULL AND p.hidden_at IS NULL AND p.deleted_at IS NULL)
          < s.posts))`;
}

/**
 * Whether the viewer's post waits for approval, given what {@link premoderationHold} found: moderators and officials
 * of the municipality (administrators for a global category) are never held.
 */
export function holdsFor(viewer: Viewer, hold: PremoderationHold | null): boolean {
  return hold !== null && !canModerateIn(viewer, hold.municipalityId);
}

/** Whether a post by this viewer in this category waits for approval (see {@link premoderationHold}). One statement. */
export async function holdsPost(
  tx: Queryable,
  viewer: Viewer & { userId: string },
  categoryId: string,
): Promise<boolean> {
  const found = await one<{ hold: PremoderationHold | null }>(tx, `SELECT ${premoderationHold('$1', '$2')} AS hold`, [
    categoryId,
    viewer.userId,
  ]);
  return holdsFor(viewer, found?.hold ?? null);
}
