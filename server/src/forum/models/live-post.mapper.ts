import type { LivePost } from '@ratusz/shared';
import type { ForumPost, ThreadEventRecord } from './forum.model.js';

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

/**
 * A replayed thread event as a reader may get it: events recorded before a
 * moderator hid the thread or a post (or while a post was held) still carry
 * the title or the text, which a reader who may not see them goes without.
 */
export function withoutWithheldThreadText(
  record: ThreadEventRecord,
  titleWithheld: boolean,
  withheldPostIds: ReadonlySet<string>,
): ThreadEventRecord {
  const event = JSON.parse(record.payload) as { kind: string; title?: string | null; post?: LivePost };
  if (event.kind === 'thread.updated' && titleWithheld && event.title !== null) {
    return { ...record, payload: JSON.stringify({ ...event, title: null }) };
  }
  if (event.post && withheldPostIds.has(event.post.id)) {
    return {
      ...record,
      payload: JSON.stringify({ ...event, post: { ...event.post, bodyHtml: null, bodySource: null } }),
    };
  }
  return record;
}
