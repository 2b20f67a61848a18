import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FORUM_LIMITS, FieldErrorCode } from '@ratusz/shared';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { CurrentAuth } from '../common/auth/current-auth.decorator.js';
import type { AuthState } from '../common/request-context.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { AccountService } from '../accounts/services/account.service.js';
import { SlugField, TextField } from '../common/validation/field-rules.js';
import {
  CategoriesArgs,
  CreateCategoryInput,
  CreateThreadInput,
  EditPostInput,
  ReplyInput,
  SearchArgs,
  ThreadEventsArgs,
  ThreadFlagsInput,
  ThreadPostsArgs,
  ThreadsArgs,
  UpdateCategoryInput,
} from './dtos/forum.inputs.js';
import {
  ForumCategory,
  ForumCategoryConnection,
  ForumPost,
  ForumPostConnection,
  ForumThread,
  ForumThreadConnection,
  PostRevision,
  ReactionResult,
  SearchHitConnection,
  ThreadEventRecord,
} from './models/forum.model.js';
import { CategoryService } from './services/category.service.js';
import { ForumEventService, MAX_REPLAY } from './services/forum-event.service.js';
import { PostRendererService } from './services/post-renderer.service.js';
import { PostService } from './services/post.service.js';
import { SearchService } from './services/search.service.js';
import { ThreadService } from './services/thread.service.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
class IdArgs {
  @Field(() => ID)
  @IsUUID('all', invalid)
  id!: string;
}

@ArgsType()
class CategorySlugArgs {
  @Field()
  @SlugField()
  slug!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', invalid)
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', invalid)
  networkId?: string | null;
}

@ArgsType()
class ThreadPostsQueryArgs extends ThreadPostsArgs {
  @Field(() => ID)
  @IsUUID('all', invalid)
  threadId!: string;
}

@ArgsType()
class MarkReadArgs {
  @Field(() => ID)
  @IsUUID('all', invalid)
  threadId!: string;

  @Field(() => Int, { description: 'The number of the last post the reader has seen.' })
  @IsInt(invalid)
  @Min(1, invalid)
  number!: number;
}

@ArgsType()
class PreviewArgs {
  @Field()
  @TextField(1, FORUM_LIMITS.bodyMax)
  body!: string;
}

@ArgsType()
class MentionSuggestionsArgs {
  @Field({ description: 'What follows the @ so far (a leading @ is ignored).' })
  @TextField(1, 31)
  prefix!: string;

  @Field(() => Int, { defaultValue: 8 })
  @IsInt(invalid)
  @Min(1, invalid)
  @Max(10, invalid)
  first!: number;
}

@Resolver()
export class ForumResolver {
  constructor(
    private readonly categories: CategoryService,
    private readonly threads: ThreadService,
    private readonly posts: PostService,
    private readonly events: ForumEventService,
    private readonly searchService: SearchService,
    private readonly renderer: PostRendererService,
    private readonly accounts: AccountService,
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
  async forumCategoryById(@Args() { id }: IdArgs): Promise<ForumCategory | null> {
    const [category] = await this.categories.byIds([id]);
    return category;
  }

  @Public()
  @Query(() => ForumThreadConnection, { description: 'Threads of a category: pinned first, then by last activity.' })
  forumThreads(@Args() args: ThreadsArgs) {
    return this.threads.list(args.categoryId, args.first, args.after);
  }

  @Public()
  @Query(() => ForumThread)
  forumThread(@Args() { id }: IdArgs) {
    return this.threads.get(id);
  }

  @Public()
  @Query(() => ForumPostConnection, { description: 'A page of a thread in reading (depth-first) order.' })
  threadPosts(@Args() args: ThreadPostsQueryArgs) {
    return this.threads.posts(args.threadId, args);
  }

  @Public()
  @Query(() => [PostRevision], { description: 'Earlier versions of an edited post, newest first (at most 200).' })
  postRevisions(@Args() { id }: IdArgs) {
    return this.posts.revisions(id);
  }

  @Public()
  @Query(() => [ThreadEventRecord], {
    description: `Live events of a thread after a sequence number, oldest first (at most ${MAX_REPLAY}), for catching up after a reconnect.`,
  })
  threadEvents(@Args() args: ThreadEventsArgs) {
    return this.events.since(args.threadId, args.afterSeq, MAX_REPLAY);
  }

  @Public()
  @Query(() => SearchHitConnection, { description: 'Full-text search over titles and posts, diacritics ignored.' })
  forumSearch(@Args() args: SearchArgs) {
    return this.searchService.search(args);
  }

  @Public()
  @Query(() => String, { description: 'The HTML a post with this markdown would get: the composer’s preview.' })
  async previewMarkdown(@Args() { body }: PreviewArgs): Promise<string> {
    return (await this.renderer.render(body)).html;
  }

  @Authenticated()
  @Query(() => [UserSummary], {
    description: 'Users to offer while someone types @…: handle or a word of the name begins with the prefix.',
  })
  mentionSuggestions(@Args() { prefix, first }: MentionSuggestionsArgs) {
    return this.accounts.suggestMentions(prefix, first);
  }

  @Authenticated()
  @Mutation(() => ForumCategory, { description: 'Adds a category (the municipality’s officials, or administrators).' })
  createForumCategory(@Args('input') input: CreateCategoryInput, @CurrentAuth() auth: AuthState) {
    return this.categories.create(auth, input);
  }

  @Authenticated()
  @Mutation(() => ForumCategory, { description: 'Renames, re-addresses or reorders a category.' })
  updateForumCategory(@Args('input') input: UpdateCategoryInput, @CurrentAuth() auth: AuthState) {
    return this.categories.update(auth, input);
  }

  @Authenticated()
  @Mutation(() => ForumCategory, { description: 'Removes an empty category; returns it as it was.' })
  deleteForumCategory(@Args() { id }: IdArgs, @CurrentAuth() auth: AuthState) {
    return this.categories.delete(auth, id);
  }

  @Authenticated()
  @Mutation(() => ForumThread)
  createThread(@Args('input') input: CreateThreadInput, @CurrentAuth() auth: AuthState) {
    return this.posts.createThread(auth, input);
  }

  @Authenticated()
  @Mutation(() => ForumPost)
  replyToPost(@Args('input') input: ReplyInput, @CurrentAuth() auth: AuthState) {
    return this.posts.reply(auth, input);
  }

  @Authenticated()
  @Mutation(() => ForumPost, { description: 'Edits your own post; the previous text is kept in its history.' })
  editPost(@Args('input') input: EditPostInput, @CurrentAuth() auth: AuthState) {
    return this.posts.edit(auth, input);
  }

  @Authenticated()
  @Mutation(() => ForumPost, { description: 'Deletes your own post, leaving a tombstone that keeps its replies.' })
  deletePost(@Args() { id }: IdArgs, @CurrentAuth() auth: AuthState) {
    return this.posts.delete(auth, id);
  }

  @Authenticated()
  @Mutation(() => ReactionResult, { description: 'Adds or removes your upvote.' })
  togglePostReaction(@Args() { id }: IdArgs, @CurrentAuth() auth: AuthState) {
    return this.posts.toggleReaction(auth, id);
  }

  @Authenticated()
  @Mutation(() => ForumThread, { description: 'Pin or lock a thread (the municipality’s officials and moderators).' })
  setThreadFlags(@Args('input') input: ThreadFlagsInput, @CurrentAuth() auth: AuthState) {
    return this.threads.setFlags(auth, input);
  }

  @Authenticated()
  @Mutation(() => Int, { description: 'Moves your read position forward; returns the stored position.' })
  markThreadRead(@Args() args: MarkReadArgs, @CurrentAuth() auth: AuthState) {
    return this.threads.markRead(auth, args.threadId, args.number);
  }
}
