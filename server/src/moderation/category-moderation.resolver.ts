import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Authenticated } from '../common/auth/access.decorators.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { ForumCategory } from '../forum/models/forum.model.js';
import { CategoryModerationSettingsInput } from './dtos/category-moderation-settings.input.js';
import { CategoryModerationSettings } from './models/category-moderation-settings.model.js';
import { canModerateIn } from './moderation.policy.js';
import { CategoryModerationRepository } from './repositories/category-moderation.repository.js';
import { CategoryModerationService } from './services/category-moderation.service.js';

const SETTINGS = Symbol('moderation.categorySettings');

@Resolver(() => ForumCategory)
export class CategoryModerationResolver {
  constructor(
    private readonly service: CategoryModerationService,
    private readonly settings: CategoryModerationRepository,
    private readonly viewers: ViewerService,
  ) {}

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => CategoryModerationSettings, {
    description:
      'Pre-moderation in one forum category, replacing its municipality’s there (premoderation null: follow it again); its moderators and officials.',
  })
  async setCategoryModerationSettings(
    @Args('input') input: CategoryModerationSettingsInput,
    @Context() ctx: RequestContext,
  ): Promise<CategoryModerationSettings> {
    return this.service.set(await this.viewers.forRequest(ctx), input);
  }

  @ResolveField(() => CategoryModerationSettings, {
    nullable: true,
    description: 'What pre-moderation applies here; for those who moderate the category only (null for others).',
  })
  async moderationSettings(
    @Parent() category: ForumCategory,
    @Context() ctx: RequestContext,
  ): Promise<CategoryModerationSettings | null> {
    // Thresholds stay with moderators: knowing them would tell a spammer how long to wait.
    if (!canModerateIn(await this.viewers.forRequest(ctx), category.municipalityId)) return null;
    return ctx.loaders
      .get(SETTINGS, () => new DataLoader((ids: readonly string[]) => this.settings.effective(ids)))
      .load(category.id);
  }
}
