import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { Municipality } from '../municipalities/models/municipality.model.js';
import { MunicipalityLoaders } from '../municipalities/municipality.loaders.js';
import { ForumLoaders } from './forum.loaders.js';
import { onlyAdminsManage } from './services/forum-access.service.js';
import { ForumCategory, ForumPost, ForumThread, PostRevision, SearchHit } from './models/forum.model.js';

@Resolver(() => ForumCategory)
export class ForumCategoryFieldsResolver {
  constructor(
    private readonly municipalities: MunicipalityLoaders,
    private readonly forum: ForumLoaders,
  ) {}

  @ResolveField(() => Municipality, { nullable: true })
  municipality(@Parent() category: ForumCategory, @Ctx() ctx: RequestContext) {
    return category.municipalityId ? this.municipalities.byId(ctx).load(category.municipalityId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may rename, reorder or remove this category.' })
  async viewerCanManage(@Parent() category: ForumCategory, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (!ctx.auth) return false;
    if (ctx.auth.isAdmin) return true;
    if (onlyAdminsManage(category)) return false;
    return this.forum.managesMunicipality(ctx, ctx.auth).load(category.municipalityId!);
  }
}

@Resolver(() => ForumThread)
export class ForumThreadFieldsResolver {
  constructor(
    private readonly forum: ForumLoaders,
    private readonly accounts: AccountLoaders,
  ) {}

  @ResolveField(() => ForumCategory)
  category(@Parent() thread: ForumThread, @Ctx() ctx: RequestContext) {
    return this.forum.category(ctx).load(thread.categoryId);
  }

  @ResolveField(() => UserSummary, { nullable: true })
  author(@Parent() thread: ForumThread, @Ctx() ctx: RequestContext) {
    return thread.authorId ? this.accounts.userById(ctx).load(thread.authorId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may pin and lock this thread.' })
  async viewerCanModerate(@Parent() thread: ForumThread, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.auth ? this.forum.moderates(ctx, ctx.auth).load(thread.categoryId) : false;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Posts you have not seen; null when logged out.' })
  async unreadCount(@Parent() thread: ForumThread, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (!ctx.auth) return null;
    const read = await this.forum.readPosition(ctx, ctx.auth.userId).load(thread.id);
    return Math.max(0, thread.lastPostNumber - read);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Number of the first post you have not seen (where opening the thread jumps to); null when all are read or logged out.',
  })
  async firstUnreadNumber(@Parent() thread: ForumThread, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (!ctx.auth) return null;
    const read = await this.forum.readPosition(ctx, ctx.auth.userId).load(thread.id);
    return read < thread.lastPostNumber ? read + 1 : null;
  }
}

@Resolver(() => ForumPost)
export class ForumPostFieldsResolver {
  constructor(
    private readonly forum: ForumLoaders,
    private readonly accounts: AccountLoaders,
  ) {}

  @ResolveField(() => UserSummary, { nullable: true })
  author(@Parent() post: ForumPost, @Ctx() ctx: RequestContext) {
    return post.authorId ? this.accounts.userById(ctx).load(post.authorId) : null;
  }

  @ResolveField(() => [UserSummary], { description: 'Users the post mentions with @handle.' })
  async mentions(@Parent() post: ForumPost, @Ctx() ctx: RequestContext): Promise<UserSummary[]> {
    const ids = await this.forum.mentionedUserIds(ctx).load(post.id);
    const users = await this.accounts.userById(ctx).loadMany(ids);
    // A user deleted between the two queries is simply left out.
    return users.filter((user): user is UserSummary => user !== null && !(user instanceof Error));
  }

  @ResolveField(() => Boolean, { description: 'Whether you upvoted it (false when logged out).' })
  async reactedByMe(@Parent() post: ForumPost, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.auth ? this.forum.reactedByMe(ctx, ctx.auth.userId).load(post.id) : false;
  }
}

@Resolver(() => PostRevision)
export class PostRevisionFieldsResolver {
  constructor(private readonly accounts: AccountLoaders) {}

  @ResolveField(() => UserSummary, { nullable: true })
  editor(@Parent() revision: PostRevision, @Ctx() ctx: RequestContext) {
    return revision.editorId ? this.accounts.userById(ctx).load(revision.editorId) : null;
  }
}

@Resolver(() => SearchHit)
export class SearchHitFieldsResolver {
  @ResolveField(() => Int, { description: 'Relevance, higher is better.' })
  score(@Parent() hit: SearchHit): number {
    return Math.round(hit.rank * 1000);
  }
}
