import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx, CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { AuthState, RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { Municipality } from '../municipalities/models/municipality.model.js';
import { MunicipalityLoaders } from '../municipalities/municipality.loaders.js';
import { CategoriesArgs } from './dtos/categories.args.js';
import { CategorySlugArgs } from './dtos/category-slug.args.js';
import { CreateCategoryInput } from './dtos/create-category.input.js';
import { UpdateCategoryInput } from './dtos/update-category.input.js';
import { canManageCategories } from './forum.policy.js';
import { ForumCategory, ForumCategoryConnection } from './models/forum.model.js';
import { CategoryService } from './services/category.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

@Resolver(() => ForumCategory)
export class CategoryResolver {
  constructor(
    private readonly categories: CategoryService,
    private readonly viewers: ViewerService,
    private readonly municipalities: MunicipalityLoaders,
  ) {}

  @Public()
  @Query(() => ForumCategoryConnection, {
    description: 'Categories of one municipality, of one network, or the global ones.',
  })
  forumCategories(@Args() args: CategoriesArgs) {
    return this.categories.list(args);
  }

  @Public()
  @Query(() => ForumCategory, { nullable: true })
  forumCategory(@Args() args: CategorySlugArgs) {
    return this.categories.bySlug(args.slug, args);
  }

  @Public()
  @Query(() => ForumCategory, { nullable: true, description: 'null for an unknown id.' })
  forumCategoryById(@Args() { id }: IdArgs): Promise<ForumCategory | null> {
    return this.categories.byId(id);
  }

  @Authenticated()
  @RateLimit('CATEGORY_WRITE')
  @Mutation(() => ForumCategory, { description: 'Adds a category (the municipality’s officials, or administrators).' })
  createForumCategory(@Args('input') input: CreateCategoryInput, @CurrentAuth() auth: AuthState) {
    return this.categories.create(auth, input);
  }

  @Authenticated()
  @RateLimit('CATEGORY_WRITE')
  @Mutation(() => ForumCategory, { description: 'Renames, re-addresses or reorders a category.' })
  updateForumCategory(@Args('input') input: UpdateCategoryInput, @CurrentAuth() auth: AuthState) {
    return this.categories.update(auth, input);
  }

  @Authenticated()
  @RateLimit('CATEGORY_WRITE')
  @Mutation(() => ForumCategory, { description: 'Removes an empty category; returns it as it was.' })
  deleteForumCategory(@Args() { id }: IdArgs, @CurrentAuth() auth: AuthState) {
    return this.categories.delete(auth, id);
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(@Parent() category: ForumCategory, @Ctx() ctx: RequestContext) {
    return category.municipalityId ? this.municipalities.byId(ctx).load(category.municipalityId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may rename, reorder or remove this category.' })
  async viewerCanManage(@Parent() category: ForumCategory, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canManageCategories(await this.viewers.forRequest(ctx), category);
  }
}
