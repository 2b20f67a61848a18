import type { ModeratableKind } from '@ratusz/shared';
import type { Queryable } from '../common/database/sql.js';

/** One item as moderation sees it, whatever its kind. */
export interface ModeratableItem {
  kind: ModeratableKind;
  id: string;
  authorId: string | null;
  /** The municipality whose moderators and officials decide; null (global or network content) leaves it to administrators. */
  municipalityId: string | null;
  /** A plain-text excerpt for the queue (the content as written, even while hidden). */
  excerpt: string;
  /** Markdown (or plain text) a moderator's edit starts from. */
  source: string;
  hiddenReason: string | null;
  /** Removed permanently (or deleted by its author): nothing left to moderate. */
  gone: boolean;
}

/**
 * The seam every kind of content implements to be moderated: flags, the
 * queue and the moderators' actions only ever talk to this. A new kind joins
 * by implementing it in its own feature folder and registering it with
 * {@link ModerationRegistry} from `onModuleInit`. Writes run inside the
 * moderation service's transaction (`tx`), so an action is applied whole or
 * not at all.
 */
export interface ModeratableContent {
  readonly kind: ModeratableKind;
  /** Only the ids that exist; any order. */
  load(ids: readonly string[], tx?: Queryable): Promise<ModeratableItem[]>;
  /** Shows "hidden by a moderator: reason" in place of the content; replies and children stay. */
  hide(id: string, reason: string, tx: Queryable): Promise<void>;
  restore(id: string, tx: Queryable): Promise<void>;
  /**
   * A moderator's correction with its public note; the kind keeps its own edit
   * history where it has one, and tells live viewers (note included) unless the
   * item is hidden.
   */
  edit(id: string, source: string, editorId: string, note: string, tx: Queryable): Promise<void>;
  /** Removes the text for good (personal data), keeping the row so what hangs under it stays in place. */
  remove(id: string, tx: Queryable): Promise<void>;
  /** Pre-moderation: a held item becomes visible to everyone (kinds that hold content implement it). */
  approve?(id: string, tx: Queryable): Promise<void>;
  /**
   * After `tx` committed: tell live viewers what it changed (optional). Never
   * called for a transaction that rolled back, so what a kind kept for it
   * should be found by `tx`, not by the item alone.
   */
  published?(id: string, tx: Queryable): Promise<void> | void;
}
