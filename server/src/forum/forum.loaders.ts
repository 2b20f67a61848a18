import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthState, RequestContext } from '../common/request-context.js';
import type { ForumCategory, ForumThread } from './models/forum.model.js';
import { CategoryService } from './services/category.service.js';
import { ForumAccessService } from './services/forum-access.service.js';
import { ThreadService } from './services/thread.service.js';

const CATEGORY = Symbol('forum.category');
const THREAD = Symbol('forum.thread');
const READ_POSITION = Symbol('forum.readPosition');
const REACTED = Symbol('forum.reacted');
const MODERATES = Symbol('forum.moderates');
const MENTIONS = Symbol('forum.mentions');
const MANAGES = Symbol('forum.manages');

/** Per-request batching for forum relations and the viewer's own state (read positions, upvotes). */
@Injectable()
export class ForumLoaders {
  constructor(
    private readonly categories: CategoryService,
    private readonly threads: ThreadService,
    private readonly access: ForumAccessService,
  ) {}

  category(ctx: RequestContext): DataLoader<string, ForumCategory | null> {
    return ctx.loaders.get(CATEGORY, () => new DataLoader((ids: readonly string[]) => this.categories.byIds(ids)));
  }

  thread(ctx: RequestContext): DataLoader<string, ForumThread | null> {
    return ctx.loaders.get(THREAD, () => new DataLoader((ids: readonly string[]) => this.threads.byIds(ids)));
  }

  /** Only for logged-in requests: the caller checks ctx.auth first. */
  readPosition(ctx: RequestContext, userId: string): DataLoader<string, number> {
    return ctx.loaders.get(
      READ_POSITION,
      () => new DataLoader((ids: readonly string[]) => this.threads.readPositions(userId, ids)),
    );
  }

  reactedByMe(ctx: RequestContext, userId: string): DataLoader<string, boolean> {
    return ctx.loaders.get(
      REACTED,
      () => new DataLoader((ids: readonly string[]) => this.threads.reactedBy(userId, ids)),
    );
  }

  /** Keyed by post id: the ids of the users it mentions. */
  mentionedUserIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      MENTIONS,
      () => new DataLoader((ids: readonly string[]) => this.threads.mentionedUserIds(ids)),
    );
  }

  /** Keyed by category id: whether the viewer may pin and lock there. */
  moderates(ctx: RequestContext, auth: AuthState): DataLoader<string, boolean> {
    return ctx.loaders.get(
      MODERATES,
      () => new DataLoader((ids: readonly string[]) => this.access.moderatedCategories(auth, ids)),
    );
  }

  /** Keyed by municipality id: whether the viewer may manage its categories. */
  managesMunicipality(ctx: RequestContext, auth: AuthState): DataLoader<string, boolean> {
    return ctx.loaders.get(
      MANAGES,
      () => new DataLoader((ids: readonly string[]) => this.access.managedMunicipalities(auth, ids)),
    );
  }
}
