import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode, ModerationAction, Role, type ModeratableKind } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { ModerationPageArgs } from '../dtos/moderation-page.args.js';
import type { ModerationSettingsInput } from '../dtos/moderation-settings.input.js';
import type { ModeratableItem } from '../moderatable-content.js';
import { ModerationRegistry } from '../moderation-registry.js';
import type { ModerationLogEntry, ModerationQueueItem, ModerationSettings } from '../models/moderation.model.js';
import { actorRoleOf, canConfigureModeration, canModerateIn } from '../moderation.policy.js';
import { FlagRepository } from '../repositories/flag.repository.js';
import { ModerationItemRepository } from '../repositories/moderation-item.repository.js';
import { ModerationLogRepository } from '../repositories/moderation-log.repository.js';
import { ModeratorRepository } from '../repositories/moderator.repository.js';

const key = (kind: ModeratableKind, id: string) => `${kind}:${id}`;

/**
 * The moderators' queue (for their municipalities only), the public log and
 * the settings. A queue page costs a fixed number of statements whatever its
 * size: the page, one load per content kind, the flags, the authors' histories.
 */
@Injectable()
export class ModerationQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ModerationRegistry,
    private readonly items: ModerationItemRepository,
    private readonly flags: FlagRepository,
    private readonly log: ModerationLogRepository,
    private readonly people: ModeratorRepository,
  ) {}

  async queue(viewer: Viewer, args: ModerationPageArgs): Promise<ConnectionShape<ModerationQueueItem>> {
    requireUser(viewer);
    const scopes = viewer.isAdmin
      ? null
      : [...viewer.municipalRoles.entries()]
          .filter(([, roles]) => roles.has(Role.OFFICIAL) || roles.has(Role.MODERATOR))
          .map(([id]) => id);
    if (scopes && scopes.length === 0) throw DomainError.forbidden('Only moderators and officials have a queue.');
    if (args.municipalityId && !canModerateIn(viewer, args.municipalityId)) {
      throw new DomainError(ErrorCode.MODERATION_OUT_OF_SCOPE, 'You do not moderate this municipality.');
    }
    const page = await this.items.queuePage(
      scopes,
      args.municipalityId ?? null,
      args.first + 1,
      decodeCursor(args.after) as [string, string] | null,
    );
    const shown = page.slice(0, args.first);
    const contents = new Map<string, ModeratableItem>();
    const byKind = new Map<ModeratableKind, string[]>();
    for (const row of shown) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.itemId]);
    for (const [kind, ids] of byKind) {
      for (const item of await this.registry.get(kind).load(ids)) contents.set(key(kind, item.id), item);
    }
    const flags = await this.flags.openFlagsOf(shown.map((row) => ({ kind: row.kind, itemId: row.itemId })));
    const authorIds = [...new Set(shown.flatMap((row) => (row.authorId ? [row.authorId] : [])))];
    const histories = new Map(
      (authorIds.length ? await this.items.authorHistories(authorIds) : []).map((h) => [h.userId, h]),
    );
    const nodes: ModerationQueueItem[] = page.map((row) => {
      const content = contents.get(key(row.kind, row.itemId));
      return {
        ...row,
        excerpt: content?.excerpt ?? '',
        hiddenReason: content?.hiddenReason ?? null,
        flags: flags.filter((f) => f.kind === row.kind && f.itemId === row.itemId),
        authorHistory: row.authorId ? (histories.get(row.authorId) ?? null) : null,
      };
    });
    return toConnection(nodes, args.first, (item) => [item.cursorAt, key(item.kind, item.itemId)]);
  }

  /** Public: anyone may read what moderators did, and why. */
  async publicLog(args: ModerationPageArgs): Promise<ConnectionShape<ModerationLogEntry>> {
    const page = await this.log.page(
      args.municipalityId ?? null,
      args.first + 1,
      decodeCursor(args.after) as [string, string] | null,
    );
    return toConnection(page, args.first, (entry) => [entry.cursorAt, entry.id]);
  }

  async settings(municipalityId: string): Promise<ModerationSettings> {
    return { municipalityId, ...(await this.items.settings(municipalityId)) };
  }

  async setSettings(viewer: Viewer, input: ModerationSettingsInput): Promise<ModerationSettings> {
    requireUser(viewer);
    if (!(await this.people.municipalityExists(input.municipalityId))) {
      throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
    }
    requireAccess(
      canConfigureModeration(viewer, input.municipalityId),
      'Only officials of the municipality set its moderation rules.',
    );
    const after = {
      flagThreshold: input.flagThreshold,
      premoderation: input.premoderation,
      premoderationAccountDays: input.premoderationAccountDays,
      premoderationApprovedPosts: input.premoderationApprovedPosts,
    };
    // The change and its public log entry, with what it replaced, commit together.
    await this.db.transaction(async (tx) => {
      const before = await this.items.lockSettings(input.municipalityId, tx);
      await this.items.setSettings(input.municipalityId, after, tx);
      await this.log.insertSettingsChange(
        {
          municipalityId: input.municipalityId,
          action: ModerationAction.CHANGE_SETTINGS,
          actorRole: actorRoleOf(viewer, input.municipalityId),
          actorId: viewer.userId,
          settingsBefore: before,
          settingsAfter: after,
        },
        tx,
      );
    });
    return this.settings(input.municipalityId);
  }
}
