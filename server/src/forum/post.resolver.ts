import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { AccountService } from '../accounts/services/account.service.js';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx, CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { AuthState, RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { EditPostInput } from './dtos/edit-post.input.js';
import { MentionSuggestionsArgs } from './dtos/mention-suggestions.args.js';
import { PreviewArgs } from './dtos/preview.args.js';
import { ReplyInput } from './dtos/reply.input.js';
import { ThreadPostsArgs } from './dtos/thread-posts.args.js';
import { MAX_REVISIONS } from './forum.limits.js';
import { ForumLoaders } from './forum.loaders.js';
import { ForumPost, ForumPostConnection, PostRevision, ReactionResult } from './models/forum.model.js';
import { PostReadService } from './services/post-read.service.js';
import { PostRendererService } from './services/post-renderer.service.js';
import { PostService } from './services/post.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import { viewerCanSanctionAuthor } from '../moderation/sanction-fields.js';

@Resolver(() => ForumPost)
export class PostResolver {
  constructor(
    private readonly posts: PostService,
    private readonly reads: PostReadService,
    private readonly renderer: PostRendererService,
    private readonly accountService: AccountService,
    private readonly forum: ForumLoaders,
    private readonly accounts: AccountLoaders,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => ForumPostConnection, { description: 'A page of a thread in reading (depth-first) order.' })
  threadPosts(@Args() { threadId, ...page }: ThreadPostsArgs, @Ctx() ctx: RequestContext) {
    // A reply held for pre-moderation is shown to its author only.
    return this.reads.page(threadId, page, ctx.auth?.userId ?? null);
  }

  @Public()
  @Query(() => [PostRevision], {
    description: `Earlier versions of an edited post, newest first (at most ${MAX_REVISIONS}); none while it is hidden or awaiting moderation, but to its author, officials and moderators.`,
  })
  async postRevisions(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext) {
    return this.reads.revisions(id, await this.viewers.forRequest(ctx));
  }

  @Public()
  @RateLimit('MARKDOWN_PREVIEW')
  @Query(() => String, { description: 'The HTML a post with this markdown would get: the composer’s preview.' })
  async previewMarkdown(@Args() { body }: PreviewArgs): Promise<string> {
    return (await this.renderer.render(body)).html;
  }

  @Authenticated()
  @RateLimit('MENTION_SUGGEST')
  @Query(() => [UserSummary], {
    description: 'Users to offer while someone types @…: handle or a word of the name begins with the prefix.',
  })
  mentionSuggestions(@Args() { prefix, first }: MentionSuggestionsArgs) {
    return this.accountService.suggestMentions(prefix, first);
  }

  @Authenticated()
  @RateLimit('POST_CREATE')
  @Mutation(() => ForumPost)
  replyToPost(@Args('input') input: ReplyInput, @CurrentAuth() auth: AuthState) {
    return this.posts.reply(auth, input);
  }

  @Authenticated()
  @RateLimit('POST_EDIT')
  @Mutation(() => ForumPost, { description: 'Edits your own post; the previous text is kept in its history.' })
  editPost(@Args('input') input: EditPostInput, @CurrentAuth() auth: AuthState) {
    return this.posts.edit(auth, input);
  }

  @Authenticated()
  @RateLimit('POST_EDIT')
  @Mutation(() => ForumPost, { description: 'Deletes your own post, leaving a tombstone that keeps its replies.' })
  deletePost(@Args() { id }: IdArgs, @CurrentAuth() auth: AuthState) {
    return this.posts.delete(auth, id);
  }

  @Authenticated()
  @RateLimit('REACTION')
  @Mutation(() => ReactionResult, { description: 'Adds or removes your upvote.' })
  togglePostReaction(@Args() { id }: IdArgs, @CurrentAuth() auth: AuthState) {
    return this.posts.toggleReaction(auth, id);
  }

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

  @ResolveField(() => Boolean, {
    description:
      'Whether you may warn or block its author (you moderate its category’s municipality and the author is not an administrator).',
  })
  async viewerCanSanction(@Parent() post: ForumPost, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = await this.viewers.forRequest(ctx);
    // Anonymous and plain readers skip the thread and category look-ups altogether.
    if (!post.authorId || (!viewer.isAdmin && viewer.municipalRoles.size === 0)) return false;
    const thread = await this.forum.thread(ctx).load(post.threadId);
    const category = thread ? await this.forum.category(ctx).load(thread.categoryId) : null;
    return viewerCanSanctionAuthor(
      viewer,
      { authorId: post.authorId, municipalityId: category?.municipalityId ?? null },
      this.accounts.isAdmin(ctx),
    );
  }

  @ResolveField(() => Boolean, { description: 'Whether you upvoted it (false when logged out).' })
  async reactedByMe(@Parent() post: ForumPost, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.auth ? this.forum.reactedByMe(ctx, ctx.auth.userId).load(post.id) : false;
  }
}

@Resolver(() => PostRevision)
export class PostRevisionResolver {
  constructor(private readonly accounts: AccountLoaders) {}

  @ResolveField(() => UserSummary, { nullable: true })
  editor(@Parent() revision: PostRevision, @Ctx() ctx: RequestContext) {
    return revision.editorId ? this.accounts.userById(ctx).load(revision.editorId) : null;
  }
}
