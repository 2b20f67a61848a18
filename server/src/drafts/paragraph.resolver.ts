import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../common/auth/access.decorators.js';
import { Ctx, CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { AuthState, RequestContext } from '../common/request-context.js';
import { ForumPost } from '../forum/models/forum.model.js';
import { DraftLoaders } from './drafts.loaders.js';
import { AnswerParagraphCommentInput } from './dtos/answer-paragraph-comment.input.js';
import { CommentOnParagraphInput } from './dtos/comment-on-paragraph.input.js';
import { DraftParagraph } from './models/draft-paragraph.model.js';
import { OfficialAnswer } from './models/official-answer.model.js';
import { ParagraphCommentService } from './services/paragraph-comment.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

@Resolver(() => DraftParagraph)
export class ParagraphResolver {
  constructor(
    private readonly comments: ParagraphCommentService,
    private readonly viewers: ViewerService,
    private readonly loaders: DraftLoaders,
  ) {}

  @Authenticated()
  @RateLimit('POST_CREATE')
  @Mutation(() => ForumPost, {
    description: 'A comment on a paragraph of the current version, while the draft is out for consultation.',
  })
  async commentOnParagraph(
    @Args('input') input: CommentOnParagraphInput,
    @CurrentAuth() auth: AuthState,
    @Ctx() ctx: RequestContext,
  ): Promise<ForumPost> {
    return this.comments.comment(await this.viewers.forRequest(ctx), auth, input);
  }

  @Authenticated()
  @RateLimit('POST_CREATE')
  @Mutation(() => ForumPost, {
    description: 'The official answer to a comment; officials of the consultation’s municipality.',
  })
  async answerParagraphComment(
    @Args('input') input: AnswerParagraphCommentInput,
    @CurrentAuth() auth: AuthState,
    @Ctx() ctx: RequestContext,
  ): Promise<ForumPost> {
    return this.comments.answer(await this.viewers.forRequest(ctx), auth, input);
  }

  @ResolveField(() => Int, { description: 'Comments and replies to them, not counting official answers.' })
  async commentCount(@Parent() paragraph: DraftParagraph, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.loaders.stats(ctx).load(paragraph.id)).commentCount;
  }

  @ResolveField(() => Int, { description: 'Comments that have an official answer.' })
  async answeredCount(@Parent() paragraph: DraftParagraph, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.loaders.stats(ctx).load(paragraph.id)).answeredCount;
  }

  @ResolveField(() => [OfficialAnswer], {
    description: 'Which replies in the thread are official answers, oldest first.',
  })
  officialAnswers(@Parent() paragraph: DraftParagraph, @Ctx() ctx: RequestContext): Promise<OfficialAnswer[]> {
    return this.loaders.officialAnswersOf(ctx).load(paragraph.id);
  }
}
