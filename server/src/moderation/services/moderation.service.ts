import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AUTO_HIDDEN_REASON,
  ErrorCode,
  FieldErrorCode,
  flagNeedsNote,
  ModeratableKind,
  ModerationAction,
  ModerationItemState,
  ModeratorRole,
  OPEN_MODERATION_STATES,
  type ModerationQueueChangedPayload,
} from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireUser, type Viewer } from '../../common/policy/viewer.js';
import { requireNotBlocked } from '../blocks.js';
import type { EditContentInput } from '../dtos/edit-content.input.js';
import type { FlagContentInput } from '../dtos/flag-content.input.js';
import type { HideContentInput } from '../dtos/hide-content.input.js';
import type { ModerationItemInput } from '../dtos/moderation-item.input.js';
import type { MoveThreadInput } from '../dtos/move-thread.input.js';
import type { SanctionUserInput } from '../dtos/sanction-user.input.js';
import type { ModeratableContent, ModeratableItem } from '../moderatable-content.js';
import { ModerationRegistry } from '../moderation-registry.js';
import type { ModerationOutcome, UserSanction } from '../models/moderation.model.js';
import { actorRoleOf, canFlag, canModerateIn, canSanction } from '../moderation.policy.js';
import { FlagRepository } from '../repositories/flag.repository.js';
import { ModerationItemRepository, type ModerationItemRow } from '../repositories/moderation-item.repository.js';
import { ModerationLogRepository } from '../repositories/moderation-log.repository.js';
import { ModeratorRepository } from '../repositories/moderator.repository.js';
import { SanctionRepository } from '../repositories/sanction.repository.js';
import { ModerationLiveService } from './moderation-live.service.js';
import { ModerationNotifier } from './moderation-notifier.js';

const itemNotFound = () => new DomainError(ErrorCode.MODERATION_ITEM_NOT_FOUND, 'There is no such item to moderate.');

/** Moderating somewhere else is a different refusal from not moderating at all. */
export function requireModeratorIn(viewer: Viewer, municipalityId: string | null): void {
  if (canModerateIn(viewer, municipalityId)) return;
  if (viewer.municipalRoles.size > 0) {
    throw new DomainError(ErrorCode.MODERATION_OUT_OF_SCOPE, 'You moderate other municipalities, not this one.');
  }
  throw DomainError.forbidden('Only moderators and officials of the municipality can do this.');
}

/** What an action decided, for the log, the author's notification and the live queue. */
interface Decision {
  action: ModerationAction;
  state: ModerationItemState;
  reason: string | null;
  hiddenReason: string | null;
}

interface ActionContext {
  tx: Queryable;
  item: ModeratableItem;
  row: ModerationItemRow;
  adapter: ModeratableContent;
}

/**
 * Flags and moderators' actions. Each runs in one transaction under the
 * item's queue row lock: the content change (through the kind's adapter),
 * the queue state, the public log entry and the notifications commit
 * together or not at all; live events go out after commit.
 */
@Injectable()
export class ModerationService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ModerationRegistry,
    private readonly items: ModerationItemRepository,
    private readonly flags: FlagRepository,
    private readonly log: ModerationLogRepository,
    private readonly sanctions: SanctionRepository,
    private readonly people: ModeratorRepository,
    private readonly notifier: ModerationNotifier,
    private readonly live: ModerationLiveService,
  ) {}

  onModuleInit(): void {
    this.registry.onHold((tx, item) => this.held(tx, item));
  }

  /** A content feature held an item for pre-moderation: into the queue, and the moderators hear of it. */
  private async held(tx: Queryable, item: ModeratableItem): Promise<() => void> {
    await this.items.hold(
      { kind: item.kind, itemId: item.id, municipalityId: item.municipalityId, authorId: item.authorId },
      tx,
    );
    await this.notifier.held(item, tx);
    const payload = queuePayload(item, ModerationItemState.HELD, 0);
    return () => this.live.queueChanged(payload);
  }

  /** Pre-moderation: the held item appears for everyone (and its live event goes out now). */
  approve(viewer: Viewer, input: ModerationItemInput): Promise<ModerationOutcome> {
    return this.act(viewer, input.kind, input.itemId, async ({ tx, item, row, adapter }) => {
      if (row.state !== ModerationItemState.HELD || !adapter.approve) {
        throw new DomainError(ErrorCode.CONFLICT, 'This item is not waiting for approval.');
      }
      await adapter.approve(item.id, tx);
      return {
        action: ModerationAction.APPROVE,
        state: ModerationItemState.APPROVED,
        reason: input.reason ?? null,
        hiddenReason: item.hiddenReason,
      };
    });
  }

  /**
   * One flag per user and item. The item's queue row is locked first, so
   * concurrent flags count one after another and the threshold hides the
   * item exactly once.
   */
  async flag(viewer: Viewer, input: FlagContentInput): Promise<ModerationOutcome> {
    requireUser(viewer);
    const note = input.note?.trim() || null;
    if (flagNeedsNote(input.reason) && !note) {
      throw DomainError.badInput([{ field: 'note', code: FieldErrorCode.REQUIRED }], 'Say what is wrong.');
    }
    const adapter = this.registry.get(input.kind);
    const { outcome, autoHidden, live, tx } = await this.db.transaction(async (tx) => {
      const item = await this.loadItem(adapter, input.itemId, tx);
      if (!canFlag(viewer, item)) {
        throw new DomainError(ErrorCode.FLAG_OWN_CONTENT, 'You cannot flag your own content.');
      }
      await requireNotBlocked(tx, viewer.userId, { municipalityId: item.municipalityId });
      const row = await this.items.countFlag(
        { kind: item.kind, itemId: item.id, municipalityId: item.municipalityId, authorId: item.authorId },
        tx,
      );
      const flagId = await this.flags.insert(
        { kind: item.kind, itemId: item.id, flaggerId: viewer.userId, reason: input.reason, note },
        tx,
      );
      if (!flagId) throw new DomainError(ErrorCode.ALREADY_FLAGGED, 'You have already flagged this.');
      await this.notifier.flagged(item, flagId, viewer.userId, tx);

      const threshold = await this.items.flagThreshold(item.municipalityId, tx);
      const reached = row.state === ModerationItemState.OPEN && row.openFlagCount >= threshold && !item.hiddenReason;
      let state = row.state;
      let hiddenReason = item.hiddenReason;
      if (reached) {
        await adapter.hide(item.id, AUTO_HIDDEN_REASON, tx);
        await this.items.setState(item.kind, item.id, ModerationItemState.AUTO_HIDDEN, { resolveFlags: false }, tx);
        const logId = await this.log.insert(
          {
            municipalityId: item.municipalityId,
            action: ModerationAction.AUTO_HIDE,
            actorRole: ModeratorRole.SYSTEM,
            actorId: null,
            itemKind: item.kind,
            itemId: item.id,
            reason: AUTO_HIDDEN_REASON,
          },
          tx,
        );
        await this.notifier.acted(item, ModerationAction.AUTO_HIDE, logId, tx);
        state = ModerationItemState.AUTO_HIDDEN;
        hiddenReason = AUTO_HIDDEN_REASON;
      }
      return {
        outcome: { kind: item.kind, itemId: item.id, state, hiddenReason },
        autoHidden: reached,
        live: queuePayload(item, state, row.openFlagCount),
        tx,
      };
    });
    if (autoHidden) await adapter.published?.(outcome.itemId, tx);
    this.live.queueChanged(live);
    return outcome;
  }

  /** The flags were wrong: the item stays (or, hidden by the threshold, comes back). */
  dismiss(viewer: Viewer, input: ModerationItemInput): Promise<ModerationOutcome> {
    return this.act(viewer, input.kind, input.itemId, async ({ tx, item, row, adapter }) => {
      if (!OPEN_MODERATION_STATES.includes(row.state) || row.state === ModerationItemState.HELD) {
        throw new DomainError(ErrorCode.CONFLICT, 'This item has no flags waiting for a decision.');
      }
      let hiddenReason = item.hiddenReason;
      if (row.state === ModerationItemState.AUTO_HIDDEN) {
        await adapter.restore(item.id, tx);
        hiddenReason = null;
      }
      return {
        action: ModerationAction.DISMISS,
        state: ModerationItemState.DISMISSED,
        reason: input.reason ?? null,
        hiddenReason,
      };
    });
  }

  hide(viewer: Viewer, input: HideContentInput): Promise<ModerationOutcome> {
    return this.act(viewer, input.kind, input.itemId, async ({ tx, item, adapter }) => {
      await adapter.hide(item.id, input.reason, tx);
      return {
        action: ModerationAction.HIDE,
        state: ModerationItemState.HIDDEN,
        reason: input.reason,
        hiddenReason: input.reason,
      };
    });
  }

  restore(viewer: Viewer, input: ModerationItemInput): Promise<ModerationOutcome> {
    return this.act(viewer, input.kind, input.itemId, async ({ tx, item, adapter }) => {
      if (!item.hiddenReason) throw new DomainError(ErrorCode.CONFLICT, 'This item is not hidden.');
      await adapter.restore(item.id, tx);
      return {
        action: ModerationAction.RESTORE,
        state: ModerationItemState.RESTORED,
        reason: input.reason ?? null,
        hiddenReason: null,
      };
    });
  }

  /** A correction with a public note; an item hidden only by the threshold comes back corrected. */
  edit(viewer: Viewer, input: EditContentInput): Promise<ModerationOutcome> {
    return this.act(viewer, input.kind, input.itemId, async ({ tx, item, row, adapter }) => {
      await adapter.edit(item.id, input.body, viewer.userId!, input.note, tx);
      let hiddenReason = item.hiddenReason;
      let state: ModerationItemState = ModerationItemState.RESTORED;
      if (row.state === ModerationItemState.AUTO_HIDDEN) {
        await adapter.restore(item.id, tx);
        hiddenReason = null;
      } else if (row.state === ModerationItemState.HIDDEN) {
        state = ModerationItemState.HIDDEN;
      }
      return { action: ModerationAction.EDIT, state, reason: input.note, hiddenReason };
    });
  }

  /** Permanent removal, only for personal data someone flagged. */
  remove(viewer: Viewer, input: HideContentInput): Promise<ModerationOutcome> {
    return this.act(viewer, input.kind, input.itemId, async ({ tx, item, adapter }) => {
      if (!(await this.flags.hasOpenPersonalDataFlag(item.kind, item.id, tx))) {
        throw new DomainError(
          ErrorCode.REMOVAL_NOT_ALLOWED,
          'Only content flagged for personal data can be removed permanently; hide it instead.',
        );
      }
      await adapter.remove(item.id, tx);
      await adapter.hide(item.id, input.reason, tx);
      return {
        action: ModerationAction.REMOVE,
        state: ModerationItemState.REMOVED,
        reason: input.reason,
        hiddenReason: input.reason,
      };
    });
  }

  /** Moving a thread needs the moderator's role where it is and where it goes. */
  async moveThread(viewer: Viewer, input: MoveThreadInput): Promise<ModerationOutcome> {
    return this.act(viewer, ModeratableKind.THREAD, input.threadId, async ({ tx, item, row }) => {
      const target = await this.people.categoryMunicipality(input.categoryId, tx);
      if (target === undefined) throw DomainError.badInput([{ field: 'categoryId', code: FieldErrorCode.NOT_FOUND }]);
      requireModeratorIn(viewer, target);
      await this.people.moveThread(item.id, input.categoryId, tx);
      return {
        action: ModerationAction.MOVE_THREAD,
        state: row.state,
        reason: input.reason,
        hiddenReason: item.hiddenReason,
      };
    });
  }

  warn(viewer: Viewer, input: SanctionUserInput): Promise<UserSanction> {
    return this.sanction(viewer, input, null);
  }

  block(viewer: Viewer, input: SanctionUserInput): Promise<UserSanction> {
    if (!input.days)
      throw DomainError.badInput([{ field: 'days', code: FieldErrorCode.REQUIRED }], 'Say for how many days.');
    return this.sanction(viewer, input, input.days);
  }

  async unblock(viewer: Viewer, input: SanctionUserInput): Promise<boolean> {
    requireUser(viewer);
    requireModeratorIn(viewer, input.municipalityId);
    return this.db.transaction(async (tx) => {
      const lifted = await this.sanctions.liftBlocks(input.userId, input.municipalityId, tx);
      if (lifted === 0) throw new DomainError(ErrorCode.CONFLICT, 'This user is not blocked here.');
      await this.log.insert(
        {
          municipalityId: input.municipalityId,
          action: ModerationAction.UNBLOCK,
          actorRole: actorRoleOf(viewer, input.municipalityId),
          actorId: viewer.userId,
          itemKind: null,
          itemId: null,
          reason: input.reason,
        },
        tx,
      );
      return true;
    });
  }

  private async sanction(viewer: Viewer, input: SanctionUserInput, days: number | null): Promise<UserSanction> {
    requireUser(viewer);
    requireModeratorIn(viewer, input.municipalityId);
    return this.db.transaction(async (tx) => {
      const target = await this.people.user(input.userId, tx);
      if (!target) throw DomainError.badInput([{ field: 'userId', code: FieldErrorCode.NOT_FOUND }]);
      if (!canSanction(viewer, input.municipalityId, target)) {
        throw new DomainError(ErrorCode.CANNOT_SANCTION_ADMIN, 'Administrators cannot be warned or blocked.');
      }
      const sanction = await this.sanctions.insert(
        {
          userId: target.id,
          municipalityId: input.municipalityId,
          kind: days === null ? 'WARNING' : 'BLOCK',
          reason: input.reason,
          issuedBy: viewer.userId,
          days,
        },
        tx,
      );
      await this.log.insert(
        {
          municipalityId: input.municipalityId,
          action: days === null ? ModerationAction.WARN : ModerationAction.BLOCK,
          actorRole: actorRoleOf(viewer, input.municipalityId),
          actorId: viewer.userId,
          itemKind: null,
          itemId: null,
          reason: input.reason,
        },
        tx,
      );
      return sanction;
    });
  }

  private async act(
    viewer: Viewer,
    kind: ModeratableKind,
    itemId: string,
    decide: (context: ActionContext) => Promise<Decision>,
  ): Promise<ModerationOutcome> {
    requireUser(viewer);
    const adapter = this.registry.get(kind);
    const { outcome, live, tx } = await this.db.transaction(async (tx) => {
      const item = await this.loadItem(adapter, itemId, tx);
      requireModeratorIn(viewer, item.municipalityId);
      const row = await this.items.lockOrCreate(
        { kind: item.kind, itemId: item.id, municipalityId: item.municipalityId, authorId: item.authorId },
        tx,
      );
      const decision = await decide({ tx, item, row, adapter });
      await this.items.setState(item.kind, item.id, decision.state, { resolveFlags: true }, tx);
      const logId = await this.log.insert(
        {
          municipalityId: item.municipalityId,
          action: decision.action,
          actorRole: actorRoleOf(viewer, item.municipalityId),
          actorId: viewer.userId,
          itemKind: item.kind,
          itemId: item.id,
          reason: decision.reason,
        },
        tx,
      );
      if (item.authorId !== viewer.userId) await this.notifier.acted(item, decision.action, logId, tx);
      return {
        outcome: { kind: item.kind, itemId: item.id, state: decision.state, hiddenReason: decision.hiddenReason },
        live: queuePayload(item, decision.state, 0),
        tx,
      };
    });
    await adapter.published?.(itemId, tx);
    this.live.queueChanged(live);
    return outcome;
  }

  private async loadItem(adapter: ModeratableContent, id: string, tx: Queryable): Promise<ModeratableItem> {
    const [item] = await adapter.load([id], tx);
    if (!item || item.gone) throw itemNotFound();
    return item;
  }
}

function queuePayload(
  item: ModeratableItem,
  state: ModerationItemState,
  openFlagCount: number,
): ModerationQueueChangedPayload | null {
  if (!item.municipalityId) return null;
  return { municipalityId: item.municipalityId, kind: item.kind, itemId: item.id, state, openFlagCount };
}
