import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserSummary } from '../accounts/models/account.model.js';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx, CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { AuthState, RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { CreateThreadInput } from './dtos/create-thread.input.js';
import { MarkReadArgs } from './dtos/mark-read.args.js';
import { ThreadEventsArgs } from './dtos/thread-events.args.js';
import { ThreadFlagsInput } from './dtos/thread-flags.input.js';
import { ThreadsArgs } from './dtos/threads.args.js';
import { MAX_REPLAY } from './forum.limits.js';
import { ForumLoaders } from './forum.loaders.js';
import { isWithheldFrom } from '../moderation/moderation.policy.js';
import { canModerateCategory } from './forum.policy.js';
import { ForumCategory, ForumThread, ForumThreadConnection, ThreadEventRecord } from './models/forum.model.js';
import { PostService } from './services/post.service.js';
import { ThreadService } from './services/thread.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

@Resolver(() => ForumThread)
export class ThreadResolver {
  constructor(
    private readonly threads: ThreadService,
    private readonly posts: PostService,
    private readonly viewers: ViewerService,
    private readonly forum: ForumLoaders,
    private readonly accounts: AccountLoaders,
  ) {}

  @Public()
  @Query(() => ForumThreadConnection, {
    description:
      'Threads of a category: pinned first, then by last activity; one awaiting moderation for its author only.',
  })
  forumThreads(@Args() args: ThreadsArgs, @Ctx() ctx: RequestContext) {
    return this.threads.list(args.categoryId, args.first, args.after, ctx.auth?.userId ?? null);
  }

  @Public()
  @Query(() => ForumThread, { description: 'NOT_FOUND for a thread awaiting moderation, but to its author.' })
  forumThread(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext) {
    return this.threads.getFor(id, ctx.auth?.userId ?? null);
  }

  @Public()
  @Query(() => [ThreadEventRecord], {
    description: `Live events of a thread after a sequence number, oldest first (at most ${MAX_REPLAY}), for catching up after a reconnect.`,
  })
  async threadEvents(@Args() args: ThreadEventsArgs, @Ctx() ctx: RequestContext) {
    return this.threads.eventsFor(await this.viewers.forRequest(ctx), args.threadId, args.afterSeq);
  }

  /** A thread starts with its first post, so PostService writes both. */
  @Authenticated()
  @RateLimit('POST_CREATE')
  @Mutation(() => ForumThread)
  createThread(@Args('input') input: CreateThreadInput, @CurrentAuth() auth: AuthState) {
    return this.posts.createThread(auth, input);
  }

  @Authenticated()
  @RateLimit('THREAD_MODERATE')
  @Mutation(() => ForumThread, { description: 'Pin or lock a thread (the municipality’s officials and moderators).' })
  setThreadFlags(@Args('input') input: ThreadFlagsInput, @CurrentAuth() auth: AuthState) {
    return this.threads.setFlags(auth, input);
  }

  @Authenticated()
  @RateLimit('READ_MARK')
  @Mutation(() => Int, { description: 'Moves your read position forward; returns the stored position.' })
  markThreadRead(@Args() args: MarkReadArgs, @CurrentAuth() auth: AuthState) {
    return this.threads.markRead(auth, args.threadId, args.number);
  }

  @ResolveField(() => ForumCategory)
  category(@Parent() thread: ForumThread, @Ctx() ctx: RequestContext) {
    return this.forum.category(ctx).load(thread.categoryId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Null while hidden by a moderator, but to its author, officials and moderators (show hiddenReason instead).',
  })
  async title(@Parent() thread: ForumThread, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (thread.hiddenReason === null) return thread.title;
    const [viewer, category] = await Promise.all([
      this.viewers.forRequest(ctx),
      this.forum.category(ctx).load(thread.categoryId),
    ]);
    const scope = { ...thread, municipalityId: category?.municipalityId ?? null };
    return isWithheldFrom(viewer, scope) ? null : thread.title;
  }

  @ResolveField(() => UserSummary, { nullable: true })
  author(@Parent() thread: ForumThread, @Ctx() ctx: RequestContext) {
    return thread.authorId ? this.accounts.userById(ctx).load(thread.authorId) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether you may pin and lock this thread.' })
  async viewerCanModerate(@Parent() thread: ForumThread, @Ctx() ctx: RequestContext): Promise<boolean> {
    const [viewer, category] = await Promise.all([
      this.viewers.forRequest(ctx),
      this.forum.category(ctx).load(thread.categoryId),
    ]);
    return category !== null && canModerateCategory(viewer, category);
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
