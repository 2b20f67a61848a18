import type DataLoader from 'dataloader';
import type { Viewer } from '../common/policy/viewer.js';
import { canModerateIn, canSanction } from './moderation.policy.js';

/**
 * `viewerCanSanction` of any moderatable item, so a menu offers warning and
 * blocking its author only when the server would accept them: the viewer
 * moderates the item's municipality and the author is not an administrator.
 * The author's role comes through the request's batched loader, so a page of
 * items costs one statement however many authors it shows.
 */
export async function viewerCanSanctionAuthor(
  viewer: Viewer,
  item: { authorId: string | null; municipalityId: string | null },
  isAdmin: DataLoader<string, boolean>,
): Promise<boolean> {
  const { authorId, municipalityId } = item;
  // Sanctions hold in a municipality; content outside any has no one to sanction from here.
  if (!authorId || !municipalityId || !canModerateIn(viewer, municipalityId)) return false;
  return canSanction(viewer, municipalityId, { isAdmin: await isAdmin.load(authorId) });
}
