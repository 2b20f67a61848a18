import type { LivePost } from '@ratusz/shared';
import type { ForumPost, ForumThread } from '../models/forum.model.js';

export const POST_COLUMNS = `p.id, p.thread_id AS "threadId", p.parent_id AS "parentId", p.number, p.depth, p.path,
  p.body_html AS "bodyHtml", p.body_source AS "bodySource", p.deleted_at IS NOT NULL AS deleted, p.stance, p.score,
  p.reply_count AS "replyCount", p.created_at AS "createdAt", p.edited_at AS "editedAt",
  p.quoted_post_id AS "quotedPostId", p.author_id AS "authorId"`;

export const THREAD_COLUMNS = `t.id, t.category_id AS "categoryId", t.title, t.pinned, t.locked,
  t.subject_type AS "subjectType", t.subject_id AS "subjectId", t.post_count - 1 AS "replyCount",
  t.last_post_number AS "lastPostNumber", t.seq::int AS seq, t.created_at AS "createdAt",
  t.last_activity_at AS "lastActivityAt", t.last_activity_at::text AS "cursorAt", t.author_id AS "authorId"`;

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
    quotedPostId: post.quotedPostId,
    deleted: post.deleted,
    stance: post.stance,
    score: post.score,
    replyCount: post.replyCount,
    createdAt: new Date(post.createdAt).toISOString(),
    editedAt: post.editedAt ? new Date(post.editedAt).toISOString() : null,
  };
}

export type ThreadRow = ForumThread;
