import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { one } from '../../common/database/sql.js';

/** What the demo moderation seeder looks up: the demo debate's post to flag, and whether it was flagged. */
@Injectable()
export class DemoModerationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The demo consultation debate's reply by this author starting with this text. */
  async postOf(authorId: string, startsWith: string): Promise<string | null> {
    const found = await one<{ id: string }>(
      this.db,
      `SELECT id FROM forum_posts WHERE author_id = $1 AND body_source LIKE $2 || '%' ORDER BY created_at LIMIT 1`,
      [authorId, startsWith],
    );
    return found?.id ?? null;
  }

  async flagged(postId: string): Promise<boolean> {
    return (
      (await one(this.db, `SELECT 1 FROM moderation_flags WHERE kind = 'POST' AND item_id = $1`, [postId])) !== null
    );
  }
}
