import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ModeratableKind, type ThreadEvent } from '@ratusz/shared';
import { PerTransaction } from '../../common/database/per-transaction.js';
import { rows, type Queryable } from '../../common/database/sql.js';
import type { ModeratableContent, ModeratableItem } from '../../moderation/moderatable-content.js';
import { ModerationRegistry } from '../../moderation/moderation-registry.js';
import { ThreadRepository } from '../repositories/thread.repository.js';
import { ForumEventService } from './forum-event.service.js';
import { PostModeratable } from './post.moderatable.js';

/** What a permanently removed thread's title becomes (the title column cannot be empty). */
const REMOVED_TITLE = '—';

/**
 * Forum threads as moderation sees them: the title is what is judged (the
 * first post is moderated as a POST). Hiding a thread marks it; its posts stay.
 * Hiding, restoring and editing record a `thread.updated` event in the
 * moderation transaction and publish it after commit, with a `category.thread`
 * nudge, so open thread pages and category lists swap the title for the
 * hidden notice (or back) without a reload. What a transaction recorded is
 * kept against that transaction, so a rolled-back action's event never goes
 * out with a later one.
 */
@Injectable()
export class ThreadModeratable implements ModeratableContent, OnModuleInit {
  readonly kind = ModeratableKind.THREAD;
  private readonly pending = new PerTransaction<{ event: ThreadEvent; categoryId: string }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ModerationRegistry,
    private readonly posts: PostModeratable,
    private readonly threads: ThreadRepository,
    private readonly events: ForumEventService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  load(ids: readonly string[], tx: Queryable = this.db): Promise<ModeratableItem[]> {
    return rows<ModeratableItem>(
      tx,
      `SELECT 'THREAD' AS kind, t.id, t.author_id AS "authorId", c.municipality_id AS "municipalityId",
         t.title AS excerpt, t.title AS source, t.hidden_reason AS "hiddenReason", t.title = '${REMOVED_TITLE}' AS gone
       FROM forum_threads t JOIN forum_categories c ON c.id = t.category_id
       WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async hide(id: string, reason: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_threads SET hidden_reason = $2, hidden_at = now() WHERE id = $1', [id, reason]);
    await this.recordChange(id, tx);
  }

  async restore(id: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_threads SET hidden_reason = NULL, hidden_at = NULL WHERE id = $1', [id]);
    await this.recordChange(id, tx);
  }

  async edit(id: string, source: string, _editorId: string, _note: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_threads SET title = $2 WHERE id = $1', [id, source.trim().slice(0, 200)]);
    await this.recordChange(id, tx);
  }

  /** The title goes, and so does the first post's text (it usually repeats what the title said). */
  async remove(id: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_threads SET title = $2 WHERE id = $1', [id, REMOVED_TITLE]);
    const [first] = await rows<{ id: string }>(
      tx,
      'SELECT id FROM forum_posts WHERE thread_id = $1 AND number = 1 AND deleted_at IS NULL',
      [id],
    );
    if (first) await this.posts.remove(first.id, tx);
  }

  published(id: string, tx: Queryable): void {
    // A removal's first post first: its event was recorded before the thread's.
    this.posts.publishRecorded(tx);
    for (const entry of this.pending.take(tx)) {
      // The category nudge carries no title: lists re-read the thread, and a reader who may not see it gets the notice.
      this.events.publish([entry.event], { categoryId: entry.categoryId, threadId: id, kind: 'thread.updated' });
    }
  }

  private async recordChange(id: string, tx: Queryable): Promise<void> {
    if (!(await this.threads.lockForWrite(id, tx))) return;
    const thread = (await this.threads.byId(id, tx))!;
    const event = await this.events.record(tx, {
      kind: 'thread.updated',
      threadId: id,
      // Thread rooms are public: a hidden (or still held) thread's title travels in no event.
      title: thread.hiddenReason || thread.awaitingModeration ? null : thread.title,
      pinned: thread.pinned,
      locked: thread.locked,
    });
    this.pending.add(tx, { event, categoryId: thread.categoryId });
  }
}
