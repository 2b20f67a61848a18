import { one, type Queryable } from '../common/database/sql.js';
import type { Viewer } from '../common/policy/viewer.js';
import { canModerateIn } from './moderation.policy.js';

/**
 * Whether a reply by this viewer in this thread waits for approval: the
 * thread's municipality pre-moderates, and the account is younger than its
 * days or has fewer visible posts than its minimum. Moderators and officials
 * of the municipality are never held. One statement.
 */
export async function holdsReply(
  tx: Queryable,
  viewer: Viewer & { userId: string },
  threadId: string,
): Promise<boolean> {
  const found = await one<{ municipalityId: string }>(
    tx,
    `SELECT c.municipality_id AS "municipalityId"
     FROM forum_threads t
     JOIN forum_categories c ON c.id = t.category_id
     JOIN moderation_settings s ON s.municipality_id = c.municipality_id AND s.premoderation
     JOIN users u ON u.id = $2
     WHERE t.id = $1 AND (
       u.created_at > now() - make_interval(days => s.premoderation_account_days)
       OR (SELECT count(*) FROM forum_posts p
           WHERE p.author_id = u.id AND p.held_at IS NULL AND p.hidden_at IS NULL AND p.deleted_at IS NULL)
          < s.premoderation_approved_posts)`,
    [threadId, viewer.userId],
  );
  return found !== null && !canModerateIn(viewer, found.municipalityId);
}
