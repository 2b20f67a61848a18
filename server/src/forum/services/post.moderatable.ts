import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ModeratableKind, type CategoryThreadPayload, type ThreadEvent } from '@ratusz/shared';
import { PerTransaction } from '../../common/database/per-transaction.js';
import { rows, type Queryable } from '../../common/database/sql.js';
import type { ModeratableContent, ModeratableItem } from '../../moderation/moderatable-content.js';
import { ModerationRegistry } from '../../moderation/moderation-registry.js';
import { toLivePost } from '../models/live-post.mapper.js';
import { MentionRepository } from '../repositories/mention.repository.js';
import { PostRepository } from '../repositories/post.repository.js';
import { ThreadRepository } from '../repositories/thread.repository.js';
import { ForumEventService } from './forum-event.service.js';
import { PostRendererService } from './post-renderer.service.js';
import { PostService } from './post.service.js';

const EXCERPT = 300;

/**
 * Forum posts (paragraph comments on drafts are forum posts too) as
 * moderation sees them. Every change records a `post.edited` thread event in
 * the moderation transaction and publishes it after commit, so open threads
 * show the hidden notice (or the restored text) live. What a transaction
 * recorded is kept against that transaction, so a rolled-back action's event
 * never goes out with a later one.
 */
@Injectable()
export class PostModeratable implements ModeratableContent, OnModuleInit {
  readonly kind = ModeratableKind.POST;
  private readonly pending = new PerTransaction<{ event: ThreadEvent; category?: CategoryThreadPayload }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ModerationRegistry,
    private readonly posts: PostRepository,
    private readonly threads: ThreadRepository,
    private readonly mentions: MentionRepository,
    private readonly renderer: PostRendererService,
    private readonly events: ForumEventService,
    private readonly writer: PostService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  load(ids: readonly string[], tx: Queryable = this.db): Promise<ModeratableItem[]> {
    return rows<ModeratableItem>(
      tx,
      `SELECT 'POST' AS kind, p.id, p.author_id AS "authorId", c.municipality_id AS "municipalityId",
         left(coalesce(p.body_source, ''), ${EXCERPT}) AS excerpt, coalesce(p.body_source, '') AS source,
         p.hidden_reason AS "hiddenReason", p.deleted_at IS NOT NULL AS gone
       FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id JOIN forum_categories c ON c.id = t.category_id
       WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async hide(id: string, reason: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_posts SET hidden_reason = $2, hidden_at = now() WHERE id = $1', [id, reason]);
    await this.recordChange(id, tx);
  }

  async restore(id: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE forum_posts SET hidden_reason = NULL, hidden_at = NULL WHERE id = $1', [id]);
    await this.recordChange(id, tx);
  }

  async edit(id: string, source: string, editorId: string, _note: string, tx: Queryable): Promise<void> {
    const rendered = await this.renderer.render(source);
    const [current] = await rows<{ source: string; html: string }>(
      tx,
      'SELECT body_source AS source, body_html AS html FROM forum_posts WHERE id = $1 AND deleted_at IS NULL',
      [id],
    );
    if (!current) return;
    await this.posts.insertRevision(
      { postId: id, editorId, previousSource: current.source, previousHtml: current.html },
      tx,
    );
    await this.posts.updateBody(id, source, rendered.html, tx);
    await this.mentions.replace(id, rendered.mentionedUserIds, tx);
    await this.recordChange(id, tx);
  }

  async remove(id: string, tx: Queryable): Promise<void> {
    await this.posts.tombstone(id, tx);
    await this.posts.deleteRevisions(id, tx);
    await this.mentions.replace(id, [], tx);
    await this.recordChange(id, tx);
  }

  /**
   * Pre-moderation approval: the reply appears for everyone now, as if just
   * written — its event, the thread lists' update, and the notifications and
   * follow a reply that was not held gets (which the hold withheld).
   */
  async approve(id: string, tx: Queryable): Promise<void> {
    const before = await this.posts.summary(id, tx);
    if (!before) return;
    const thread = await this.threads.lockForWrite(before.threadId, tx);
    await tx.query('UPDATE forum_posts SET held_at = NULL WHERE id = $1', [id]);
    const post = (await this.posts.byId(id, tx))!;
    // A new thread held with its first post appears in its category now, as a thread just started does.
    const started = post.number === 1 && (await this.threads.release(post.threadId, tx));
    const event = await this.events.record(tx, {
      kind: 'post.created',
      threadId: post.threadId,
      post: toLivePost(post),
    });
    await this.writer.published(tx, post);
    this.pending.add(tx, {
      event,
      category: thread
        ? { categoryId: thread.categoryId, threadId: thread.id, kind: started ? 'thread.created' : 'thread.updated' }
        : undefined,
    });
  }

  published(_id: string, tx: Queryable): void {
    this.publishRecorded(tx);
  }

  /** After `tx` committed: every post event it recorded (a thread's removal records its first post's too). */
  publishRecorded(tx: Queryable): void {
    for (const entry of this.pending.take(tx)) this.events.publish([entry.event], entry.category);
  }

  private async recordChange(id: string, tx: Queryable): Promise<void> {
    const before = await this.posts.summary(id, tx);
    if (!before) return;
    await this.threads.lockForWrite(before.threadId, tx);
    const post = (await this.posts.byId(id, tx))!;
    this.pending.add(tx, {
      event: await this.events.record(tx, { kind: 'post.edited', threadId: post.threadId, post: toLivePost(post) }),
    });
  }
}
