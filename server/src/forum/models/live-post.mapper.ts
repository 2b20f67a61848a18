import type { LivePost } from '@ratusz/shared';
import type { ForumPost } from './forum.model.js';

/** A post as live events carry it: the socket's shape, with dates as ISO strings. */
export function toLivePost(post: ForumPost): LivePost {
  return {
    id: post.id,
    threadId: post.threadId,
    parentId: post.parentId,
    number: post.number,
    depth: post.depth,
    path: post.path,
    authorId: post.authorId,
    bodyHtml: post.bodyHtml,
    bodySource: post.bodySource,
    hiddenReason: post.hiddenReason,
    quotedPostId: post.quotedPostId,
    deleted: post.deleted,
    stance: post.stance,
    score: post.score,
    replyCount: post.replyCount,
    createdAt: new Date(post.createdAt).toISOString(),
    editedAt: post.editedAt ? new Date(post.editedAt).toISOString() : null,
    organisation: post.onBehalfOf ?? null,
  };
}
