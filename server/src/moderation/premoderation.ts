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

/**
 * Whether a post by this viewer in this category waits for approval: the
 * category's own pre-moderation setting when it has one, its municipality's
 * otherwise, holds posts of accounts younger than its days or with fewer
 * visible posts than its minimum. Moderators and officials of the
 * municipality (administrators for a global category) are never held. One
 * statement.
 */
export async function holdsPost(
  tx: Queryable,
  viewer: Viewer & { userId: string },
  categoryId: string,
): Promise<boolean> {
  const found = await one<{ municipalityId: string | null }>(
    tx,
    `SELECT c.municipality_id AS "municipalityId"
     FROM forum_categories c ${EFFECTIVE_PREMODERATION}
     JOIN users u ON u.id = $2
     WHERE c.id = $1 AND s.active AND (
       u.created_at > now() - make_interval(days => s.days)
       OR (SELECT count(*) FROM forum_posts p
           WHERE p.author_id = u.id AND p.held_at IS NULL AND p.hidden_at IS NULL AND p.deleted_at IS NULL)
          < s.posts)`,
    [categoryId, viewer.userId],
  );
  return found !== null && !canModerateIn(viewer, found.municipalityId);
}
