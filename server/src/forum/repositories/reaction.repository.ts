import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { presenceByKeys, returning, rows, type Queryable } from '../../common/database/sql.js';

/** Upvotes: one row per user and post. */
@Injectable()
export class ReactionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether there was an upvote to remove. */
  async remove(postId: string, userId: string, tx: Queryable): Promise<boolean> {
    const removed = await returning(tx, 'DELETE FROM forum_reactions WHERE post_id = $1 AND user_id = $2 RETURNING 1', [
      postId,
      userId,
    ]);
    return removed.length > 0;
  }

  async add(postId: string, userId: string, tx: Queryable): Promise<void> {
    await tx.query('INSERT INTO forum_reactions (post_id, user_id) VALUES ($1, $2)', [postId, userId]);
  }

  /** Which of these posts the user has upvoted (DataLoader batch). */
  async reactedBy(userId: string, postIds: readonly string[]): Promise<boolean[]> {
    const found = await rows<{ postId: string }>(
      this.db,
      'SELECT post_id AS "postId" FROM forum_reactions WHERE user_id = $1 AND post_id = ANY($2::uuid[])',
      [userId, postIds],
    );
    return presenceByKeys(postIds, found, (r) => r.postId);
  }
}
