import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection, type CursorKey } from '../../common/pagination/cursor.js';
import { requireAccess, type Viewer } from '../../common/policy/viewer.js';
import { canSeeHiddenContent, isWithheldFrom } from '../../moderation/moderation.policy.js';
import { ViewerService } from '../../common/policy/viewer.service.js';
import type { AuthState } from '../../common/request-context.js';
import type { ThreadFlagsInput } from '../dtos/thread-flags.input.js';
import { canModerateCategory } from '../forum.policy.js';
import type { ForumThread, ThreadEventRecord } from '../models/forum.model.js';
import { withoutWithheldThreadText } from '../models/live-post.mapper.js';
import { CategoryRepository } from '../repositories/category.repository.js';
import { ReadPositionRepository } from '../repositories/read-position.repository.js';
import { ThreadRepository, type ThreadListKey } from '../repositories/thread.repository.js';
import { ForumEventService } from './forum-event.service.js';

/** Threads: lists, read positions, and the moderators' pin and lock. Creating one is PostService.createThread. */
@Injectable()
export class ThreadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly threads: ThreadRepository,
    private readonly categories: CategoryRepository,
    private readonly readPositions: ReadPositionRepository,
    private readonly events: ForumEventService,
    private readonly viewers: ViewerService,
  ) {}

  /**
   * Live events after a sequence number for catching up, as this reader may
   * get them: a hidden thread's title and hidden or held posts' text only for
   * who still reads them (see `withoutWithheldThreadText`).
   */
  async eventsFor(viewer: Viewer, threadId: string, afterSeq: number): Promise<ThreadEventRecord[]> {
    const records = await this.events.since(threadId, afterSeq);
    const thread = records.length > 0 ? await this.threads.byId(threadId) : null;
    if (!thread) return records;
    const [category, withheldPosts] = await Promise.all([
      this.categories.byId(thread.categoryId),
      this.threads.withheldPosts(threadId),
    ]);
    const municipalityId = category?.municipalityId ?? null;
    const titleWithheld = isWithheldFrom(viewer, { ...thread, municipalityId });
    const postIds = new Set(
      withheldPosts.filter((post) => !canSeeHiddenContent(viewer, { ...post, municipalityId })).map((post) => post.id),
    );
    if (!titleWithheld && postIds.size === 0) return records;
    return records.map((record) => withoutWithheldThreadText(record, titleWithheld, postIds));
  }

  /** Pinned first, then by last activity; the cursor carries all three sort keys. */
  async list(
    categoryId: string,
    first: number,
    after: string | null | undefined,
    viewerId: string | null,
  ): Promise<ConnectionShape<ForumThread>> {
    const found = await this.threads.page(categoryId, first + 1, listKeyOf(decodeCursor(after)), viewerId);
    return toConnection(found, first, (t) => [`${t.pinned ? 1 : 0}|${t.cursorAt}`, t.id]);
  }

  /** One entry per id, in order, null where unknown. */
  byIds(ids: readonly string[]): Promise<(ForumThread | null)[]> {
    return this.threads.byIds(ids);
  }

  async get(id: string): Promise<ForumThread> {
    const thread = await this.threads.byId(id);
    if (!thread) throw DomainError.notFound('The thread');
    return thread;
  }

  /** As `get`, but a thread held for pre-moderation exists for its author only. */
  async getFor(id: string, viewerId: string | null): Promise<ForumThread> {
    const thread = await this.get(id);
    if (thread.awaitingModeration && thread.authorId !== viewerId) throw DomainError.notFound('The thread');
    return thread;
  }

  async setFlags(auth: AuthState, input: ThreadFlagsInput): Promise<ForumThread> {
    if (input.pinned === undefined && input.locked === undefined) {
      throw DomainError.badInput(
        [{ field: 'pinned', code: FieldErrorCode.REQUIRED }],
        'Say what to change: pinned, locked or both.',
      );
    }
    const thread = await this.get(input.threadId);
    const [viewer, category] = await Promise.all([this.viewers.forAuth(auth), this.categories.byId(thread.categoryId)]);
    requireAccess(
      category !== null && canModerateCategory(viewer, category),
      'Only the municipality’s officials and moderators can pin or lock threads.',
    );
    const { updated, event } = await this.db.transaction(async (tx) => {
      await this.threads.lockForWrite(thread.id, tx);
      await this.threads.setFlags(thread.id, { pinned: input.pinned ?? null, locked: input.locked ?? null }, tx);
      const updated = (await this.threads.byId(thread.id, tx))!;
      const event = await this.events.record(tx, {
        kind: 'thread.updated',
        threadId: thread.id,
        // Thread rooms are public: a hidden thread's title travels in no event.
        title: updated.hiddenReason ? null : updated.title,
        pinned: updated.pinned,
        locked: updated.locked,
      });
      return { updated: { ...updated, seq: event.seq }, event };
    });
    this.events.publish([event], { categoryId: updated.categoryId, threadId: updated.id, kind: 'thread.updated' });
    return updated;
  }

  /** Read positions only move forward, so an old tab cannot mark newer posts unread again. */
  async markRead(auth: AuthState, threadId: string, number: number): Promise<number> {
    const stored = await this.readPositions.advance(auth.userId, threadId, number);
    if (stored === null) throw DomainError.notFound('The thread');
    return stored;
  }
}

/** The thread list's cursor packs "pinned|last activity" into its sort key. */
function listKeyOf(cursor: CursorKey | null): ThreadListKey | null {
  if (!cursor) return null;
  const [pinned, at] = String(cursor[0]).split('|');
  if (at === undefined) {
    throw DomainError.badInput([{ field: 'after', code: FieldErrorCode.INVALID }], 'The page cursor is not valid.');
  }
  return { pinned: pinned === '1', lastActivityAt: at, id: cursor[1] };
}
