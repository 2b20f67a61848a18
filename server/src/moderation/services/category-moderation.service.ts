import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldErrorCode, ModerationAction } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { CategoryModerationSettingsInput } from '../dtos/category-moderation-settings.input.js';
import type { CategoryModerationSettings } from '../models/category-moderation-settings.model.js';
import { actorRoleOf } from '../moderation.policy.js';
import { CategoryModerationRepository, type OwnPremoderation } from '../repositories/category-moderation.repository.js';
import { ModerationLogRepository } from '../repositories/moderation-log.repository.js';
import { requireModeratorIn } from './moderation.service.js';

/** What following the municipality again leaves as the category's own setting. */
const FOLLOWS_MUNICIPALITY: OwnPremoderation = {
  premoderation: null,
  premoderationAccountDays: null,
  premoderationApprovedPosts: null,
};

/**
 * Pre-moderation per forum category, set by the moderators and officials of
 * its municipality (administrators for global and network categories): the
 * category's own setting replaces the municipality's there (premoderation.ts).
 * Each change goes to the public moderation log with the setting it replaced.
 */
@Injectable()
export class CategoryModerationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: CategoryModerationRepository,
    private readonly log: ModerationLogRepository,
  ) {}

  async set(viewer: Viewer, input: CategoryModerationSettingsInput): Promise<CategoryModerationSettings> {
    requireUser(viewer);
    await this.db.transaction(async (tx) => {
      const found = await this.settings.lockOwn(input.categoryId, tx);
      if (!found) throw DomainError.badInput([{ field: 'categoryId', code: FieldErrorCode.NOT_FOUND }]);
      requireModeratorIn(viewer, found.municipalityId);
      let after = FOLLOWS_MUNICIPALITY;
      if (input.premoderation === null || input.premoderation === undefined) {
        await this.settings.clear(input.categoryId, tx);
      } else {
        const own = {
          premoderation: input.premoderation,
          premoderationAccountDays: input.premoderationAccountDays,
          premoderationApprovedPosts: input.premoderationApprovedPosts,
        };
        await this.settings.set(input.categoryId, own, tx);
        after = own;
      }
      await this.log.insertSettingsChange(
        {
          municipalityId: found.municipalityId,
          action: ModerationAction.CHANGE_CATEGORY_SETTINGS,
          actorRole: actorRoleOf(viewer, found.municipalityId),
          actorId: viewer.userId,
          categoryId: input.categoryId,
          settingsBefore: found.own,
          settingsAfter: after,
        },
        tx,
      );
    });
    const [effective] = await this.settings.effective([input.categoryId]);
    return effective!;
  }
}
