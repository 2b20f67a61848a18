import { Injectable } from '@nestjs/common';
import { one, type Queryable } from '../../common/database/sql.js';

export interface PostContext {
  threadTitle: string;
  threadHidden: boolean;
  threadHiddenReason: string | null;
  isFirstPost: boolean;
  parentAuthorId: string | null;
  mentionedUserIds: string[];
  municipalityId: string | null;
  /** Set when the thread is a consultation's debate (or a proposal's discussion within one). */
  consultationId: string | null;
  /** The consultation whose followers hear of the post: only for the consultation's own debate. */
  debateOfConsultationId: string | null;
  /** Whether the post's author follows the thread already (as after any earlier post of theirs in it). */
  authorFollows: boolean;
}

/** What a new post's notifications need, read in the writing transaction in one statement. */
@Injectable()
export class PostContextRepository {
  of(postId: string, tx: Queryable): Promise<PostContext | null> {
    return one<PostContext>(
      tx,
      `SELECT t.title AS "threadTitle", t.hidden_at IS NOT NULL AS "threadHidden", t.hidden_reason AS "threadHiddenReason", p.parent_id IS NULL AS "isFirstPost", parent.author_id AS "parentAuthorId",
         coalesce((SELECT array_agg(m.user_id) FROM forum_post_mentions m WHERE m.post_id = p.id), '{}')
           AS "mentionedUserIds",
         c.municipality_id AS "municipalityId",
         CASE t.subject_type
           WHEN 'CONSULTATION' THEN t.subject_id
           WHEN 'PROPOSAL' THEN (SELECT pr.consultation_id FROM proposals pr WHERE pr.id = t.subject_id)
         END AS "consultationId",
         CASE WHEN t.subject_type = 'CONSULTATION' THEN t.subject_id END AS "debateOfConsultationId",
         EXISTS (SELECT 1 FROM thread_follows f WHERE f.thread_id = p.thread_id AND f.user_id = p.author_id)
           AS "authorFollows"
       FROM forum_posts p
       JOIN forum_threads t ON t.id = p.thread_id
       JOIN forum_categories c ON c.id = t.category_id
       LEFT JOIN forum_posts parent ON parent.id = p.parent_id
       WHERE p.id = $1`,
      [postId],
    );
  }
}
