import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { MarkdownService } from './markdown.service.js';

export interface RenderedPost {
  html: string;
  /** Users the post mentions, by id, for forum_post_mentions. */
  mentionedUserIds: string[];
}

/** Markdown to stored HTML, with `@handle` resolved against the users table. */
@Injectable()
export class PostRendererService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly markdown: MarkdownService,
  ) {}

  /** Runs before the writing transaction, so the thread stays locked only for the writes. */
  async render(source: string): Promise<RenderedPost> {
    const candidates = this.markdown.mentionCandidates(source);
    const users: { id: string; handle: string }[] = candidates.length
      ? await this.db.query('SELECT id, handle FROM users WHERE handle = ANY($1::text[])', [candidates])
      : [];
    return {
      html: this.markdown.render(source, new Set(users.map((u) => u.handle))),
      mentionedUserIds: users.map((u) => u.id),
    };
  }

  /** Replaces what a post mentions (after an edit the old mentions no longer hold). */
  async storeMentions(tx: EntityManager, postId: string, userIds: readonly string[]): Promise<void> {
    await tx.query('DELETE FROM forum_post_mentions WHERE post_id = $1 AND NOT (user_id = ANY($2::uuid[]))', [
      postId,
      userIds,
    ]);
    if (userIds.length) {
      await tx.query(
        `INSERT INTO forum_post_mentions (post_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [postId, userIds],
      );
    }
  }
}
