import { Injectable } from '@nestjs/common';
import { FieldErrorCode, type ModeratableKind } from '@ratusz/shared';
import { DomainError } from '../common/errors/domain-error.js';
import type { Queryable } from '../common/database/sql.js';
import type { ModeratableContent, ModeratableItem } from './moderatable-content.js';

/** What moderation does when content is held for pre-moderation; returns what to run after commit. */
export type HoldHandler = (tx: Queryable, item: ModeratableItem) => Promise<() => void>;

/**
 * Where each kind of content registers its {@link ModeratableContent}
 * adapter (from its own module's `onModuleInit`), so moderation knows no
 * content table by name.
 */
@Injectable()
export class ModerationRegistry {
  private readonly adapters = new Map<ModeratableKind, ModeratableContent>();
  private holdHandler: HoldHandler | null = null;

  register(adapter: ModeratableContent): void {
    if (this.adapters.has(adapter.kind))
      throw new Error(`A moderation adapter for ${adapter.kind} is already registered`);
    this.adapters.set(adapter.kind, adapter);
  }

  /** The adapter of a kind; a kind nobody registered is a bad input rather than a crash. */
  get(kind: ModeratableKind): ModeratableContent {
    const adapter = this.adapters.get(kind);
    if (!adapter)
      throw DomainError.badInput(
        [{ field: 'kind', code: FieldErrorCode.INVALID }],
        `Nothing of kind ${kind} can be moderated.`,
      );
    return adapter;
  }

  /** Set once by ModerationModule, which owns the queue (the content features cannot depend on it). */
  onHold(handler: HoldHandler): void {
    this.holdHandler = handler;
  }

  /**
   * Called by a content feature inside its writing transaction after storing
   * an item held for pre-moderation: puts it in the queue and tells the
   * moderators. Run the returned function after commit.
   */
  async hold(tx: Queryable, kind: ModeratableKind, id: string): Promise<() => void> {
    const [item] = await this.get(kind).load([id], tx);
    if (!item || !this.holdHandler) return () => undefined;
    return this.holdHandler(tx, item);
  }
}
