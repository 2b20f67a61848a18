import { Injectable } from '@nestjs/common';
import { FieldErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { CategoryModerationSettingsInput } from '../dtos/category-moderation-settings.input.js';
import type { CategoryModerationSettings } from '../models/category-moderation-settings.model.js';
import { CategoryModerationRepository } from '../repositories/category-moderation.repository.js';
import { ModeratorRepository } from '../repositories/moderator.repository.js';
import { requireModeratorIn } from './moderation.service.js';

/**
 * Pre-moderation per forum category, set by the moderators and officials of
 * its municipality (administrators for global and network categories): the
 * category's own setting replaces the municipality's there (premoderation.ts).
 */
@Injectable()
export class CategoryModerationService {
  constructor(
    private readonly settings: CategoryModerationRepository,
    private readonly people: ModeratorRepository,
  ) {}

  async set(viewer: Viewer, input: CategoryModerationSettingsInput): Promise<CategoryModerationSettings> {
    requireUser(viewer);
    const municipalityId = await this.people.categoryMunicipality(input.categoryId);
    if (municipalityId === undefined) {
      throw DomainError.badInput([{ field: 'categoryId', code: FieldErrorCode.NOT_FOUND }]);
    }
    requireModeratorIn(viewer, municipalityId);
    if (input.premoderation === null || input.premoderation === undefined) {
      await this.settings.clear(input.categoryId);
    } else {
      await this.settings.set(input.categoryId, {
        premoderation: input.premoderation,
        premoderationAccountDays: input.premoderationAccountDays,
        premoderationApprovedPosts: input.premoderationApprovedPosts,
      });
    }
    const [effective] = await this.settings.effective([input.categoryId]);
    return effective!;
  }
}
