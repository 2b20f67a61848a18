import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, rows, type Queryable } from '../../common/database/sql.js';

export interface MentionableUser {
  id: string;
  handle: string;
}

/** Whom posts mention: handles resolved to users, and the stored mentions of each post. */
@Injectable()
export class MentionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The users behind these handles; unknown handles are simply absent. */
  usersByHandles(handles: readonly string[]): Promise<MentionableUser[]> {
    if (handles.length === 0) return Promise.resolve([]);
    return rows<MentionableUser>(this.db, 'SELECT id, handle FROM users WHERE handle = ANY($1::text[])', [handles]);
  }

  /** Makes the post mention exactly these users (after an edit the old mentions no longer hold). */
  /** A new post's mentions: nothing to delete, and no statement at all when it mentions nobody. */
  async add(postId: string, userIds: readonly string[], tx: Queryable): Promise<void> {
    if (!userIds.length) return;
    await tx.query(
      'INSERT INTO forum_post_mentions (post_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
      [postId, userIds],
    );
  }

  async replace(postId: string, userIds: readonly string[], tx: Queryable): Promise<void> {
    await tx.query('DELETE FROM forum_post_mentions WHERE post_id = $1 AND NOT (user_id = ANY($2::uuid[]))', [
      postId,
      userIds,
    ]);
    await this.add(postId, userIds, tx);
  }

  /** Per post, the ids of the users it mentions (DataLoader batch). */
  async mentionedUserIds(postIds: readonly string[]): Promise<string[][]> {
    const found = await rows<{ postId: string; userId: string }>(
      this.db,
      'SELECT post_id AS "postId", user_id AS "userId" FROM forum_post_mentions WHERE post_id = ANY($1::uuid[])',
      [postIds],
    );
    return groupByKeys(
      postIds,
      found,
      (r) => r.postId,
      (r) => r.userId,
    );
  }
}
