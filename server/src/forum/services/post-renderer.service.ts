import { Injectable } from '@nestjs/common';
import { MentionRepository } from '../repositories/mention.repository.js';
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
    private readonly mentions: MentionRepository,
    private readonly markdown: MarkdownService,
  ) {}

  /** Runs before the writing transaction, so the thread stays locked only for the writes. */
  async render(source: string): Promise<RenderedPost> {
    const users = await this.mentions.usersByHandles(this.markdown.mentionCandidates(source));
    return {
      html: this.markdown.render(source, new Set(users.map((u) => u.handle))),
      mentionedUserIds: users.map((u) => u.id),
    };
  }
}
