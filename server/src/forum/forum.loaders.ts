import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { ForumCategory, ForumThread } from './models/forum.model.js';
import { CategoryRepository } from './repositories/category.repository.js';
import { MentionRepository } from './repositories/mention.repository.js';
import { ReactionRepository } from './repositories/reaction.repository.js';
import { ReadPositionRepository } from './repositories/read-position.repository.js';
import { ThreadRepository } from './repositories/thread.repository.js';

const CATEGORY = Symbol('forum.category');
const THREAD = Symbol('forum.thread');
const READ_POSITION = Symbol('forum.readPosition');
const REACTED = Symbol('forum.reacted');
const MENTIONS = Symbol('forum.mentions');

/** Per-request batching for forum relations and the viewer's own state (read positions, upvotes). */
@Injectable()
export class ForumLoaders {
  constructor(
    private readonly categories: CategoryRepository,
    private readonly readPositions: ReadPositionRepository,
    private readonly reactions: ReactionRepository,
    private readonly mentions: MentionRepository,
    private readonly threads: ThreadRepository,
  ) {}

  category(ctx: RequestContext): DataLoader<string, ForumCategory | null> {
    return ctx.loaders.get(CATEGORY, () => new DataLoader((ids: readonly string[]) => this.categories.byIds(ids)));
  }

  thread(ctx: RequestContext): DataLoader<string, ForumThread | null> {
    return ctx.loaders.get(THREAD, () => new DataLoader((ids: readonly string[]) => this.threads.byIds(ids)));
  }

  /** Keyed by thread id: the last post number the user has read (0 if none). Only for logged-in requests. */
  readPosition(ctx: RequestContext, userId: string): DataLoader<string, number> {
    return ctx.loaders.get(
      READ_POSITION,
      () => new DataLoader((ids: readonly string[]) => this.readPositions.positions(userId, ids)),
    );
  }

  /** Keyed by post id: whether the user upvoted it. Only for logged-in requests. */
  reactedByMe(ctx: RequestContext, userId: string): DataLoader<string, boolean> {
    return ctx.loaders.get(
      REACTED,
      () => new DataLoader((ids: readonly string[]) => this.reactions.reactedBy(userId, ids)),
    );
  }

  /** Keyed by post id: the ids of the users it mentions. */
  mentionedUserIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      MENTIONS,
      () => new DataLoader((ids: readonly string[]) => this.mentions.mentionedUserIds(ids)),
    );
  }
}
