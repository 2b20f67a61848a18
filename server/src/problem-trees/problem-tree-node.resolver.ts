import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { Authenticated } from '../common/auth/access.decorators.js';
import { Ctx, CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { AuthState, RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { Document } from '../documents/models/document.model.js';
import { ForumPost, ForumThread } from '../forum/models/forum.model.js';
import { canSeeHiddenContent, isWithheldFrom } from '../moderation/moderation.policy.js';
import { viewerCanSanctionAuthor } from '../moderation/sanction-fields.js';
import { AddProblemTreeEvidenceInput } from './dtos/add-problem-tree-evidence.input.js';
import { AddProblemTreeNodeInput } from './dtos/add-problem-tree-node.input.js';
import { DeleteProblemTreeNodeInput } from './dtos/delete-problem-tree-node.input.js';
import { EditProblemTreeNodeInput } from './dtos/edit-problem-tree-node.input.js';
import { MoveProblemTreeNodeInput } from './dtos/move-problem-tree-node.input.js';
import { RejectProblemTreeNodeInput } from './dtos/reject-problem-tree-node.input.js';
import { ReplyToProblemTreeNodeInput } from './dtos/reply-to-problem-tree-node.input.js';
import { ProblemTreeEvidence } from './models/problem-tree-evidence.model.js';
import { ProblemTreeNode } from './models/problem-tree-node.model.js';
import { ProblemTreeLoaders } from './problem-trees.loaders.js';
import { TreeDiscussionService } from './services/tree-discussion.service.js';
import { TreeNodeService } from './services/tree-node.service.js';

@Resolver(() => ProblemTreeNode)
export class ProblemTreeNodeResolver {
  constructor(
    private readonly nodes: TreeNodeService,
    private readonly discussion: TreeDiscussionService,
    private readonly viewers: ViewerService,
    private readonly loaders: ProblemTreeLoaders,
    private readonly accounts: AccountLoaders,
  ) {}

  @Authenticated()
  @RateLimit('TREE_SUGGEST')
  @Mutation(() => ProblemTreeNode, {
    description: 'A cause or an effect, appended under its parent: PROPOSED from residents, ACCEPTED from officials.',
  })
  async addProblemTreeNode(
    @Args('input') input: AddProblemTreeNodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProblemTreeNode> {
    return this.nodes.add(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('TREE_EDIT')
  @Mutation(() => ProblemTreeNode, {
    description: 'New text and description; a version other than the current one → STALE_VERSION (extensions.current).',
  })
  async editProblemTreeNode(
    @Args('input') input: EditProblemTreeNodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProblemTreeNode> {
    return this.nodes.edit(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('TREE_EDIT')
  @Mutation(() => ProblemTreeNode, { description: 'To another parent of a kind that fits, or to another place.' })
  async moveProblemTreeNode(
    @Args('input') input: MoveProblemTreeNodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProblemTreeNode> {
    return this.nodes.move(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('TREE_EDIT')
  @Mutation(() => Boolean, { description: 'The subtree, or the node alone with its children lifted to its parent.' })
  async deleteProblemTreeNode(
    @Args('input') input: DeleteProblemTreeNodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.nodes.delete(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('TREE_MODERATE')
  @Mutation(() => ProblemTreeNode, { description: 'Officials and moderators of the municipality.' })
  async acceptProblemTreeNode(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<ProblemTreeNode> {
    return this.nodes.accept(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('TREE_MODERATE')
  @Mutation(() => ProblemTreeNode, {
    description: 'Officials and moderators of the municipality; the reason is public.',
  })
  async rejectProblemTreeNode(
    @Args('input') input: RejectProblemTreeNodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProblemTreeNode> {
    return this.nodes.reject(await this.viewers.forRequest(ctx), input.id, input.reason);
  }

  @Authenticated()
  @RateLimit('TREE_SUPPORT')
  @Mutation(() => ProblemTreeNode, { description: '"This matters": once per person and node.' })
  async supportProblemTreeNode(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<ProblemTreeNode> {
    return this.nodes.support(await this.viewers.forRequest(ctx), id, true);
  }

  @Authenticated()
  @RateLimit('TREE_SUPPORT')
  @Mutation(() => ProblemTreeNode)
  async withdrawProblemTreeNodeSupport(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<ProblemTreeNode> {
    return this.nodes.support(await this.viewers.forRequest(ctx), id, false);
  }

  @Authenticated()
  @RateLimit('TREE_EDIT')
  @Mutation(() => ProblemTreeNode, { description: 'Links a forum post or a document to the node.' })
  async addProblemTreeEvidence(
    @Args('input') input: AddProblemTreeEvidenceInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProblemTreeNode> {
    return this.nodes.addEvidence(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('TREE_EDIT')
  @Mutation(() => ProblemTreeNode, { description: 'Unlinks one piece of evidence (by its id).' })
  async removeProblemTreeEvidence(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<ProblemTreeNode> {
    return this.nodes.removeEvidence(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('POST_CREATE')
  @Mutation(() => ForumPost, {
    description:
      'A reply in the node’s discussion (opened on the first reply), while the consultation is open for discussion.',
  })
  async replyToProblemTreeNode(
    @Args('input') input: ReplyToProblemTreeNodeInput,
    @CurrentAuth() auth: AuthState,
    @Ctx() ctx: RequestContext,
  ): Promise<ForumPost> {
    return this.discussion.reply(await this.viewers.forRequest(ctx), auth, input);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The statement itself; null while hidden by a moderator, but to its author, officials and moderators (show hiddenReason instead).',
  })
  async text(@Parent() node: ProblemTreeNode, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (node.hiddenReason === null) return node.text;
    return isWithheldFrom(await this.viewers.forRequest(ctx), node) ? null : node.text;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Markdown as written; while hidden by a moderator, only for its author, officials and moderators.',
  })
  async descriptionSource(@Parent() node: ProblemTreeNode, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (node.hiddenReason === null) return node.descriptionSource;
    return canSeeHiddenContent(await this.viewers.forRequest(ctx), node) ? node.descriptionSource : null;
  }

  @ResolveField(() => UserSummary, { nullable: true })
  author(@Parent() node: ProblemTreeNode, @Ctx() ctx: RequestContext): Promise<UserSummary | null> | null {
    return node.authorId ? this.accounts.userById(ctx).load(node.authorId) : null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may warn or block its author (you moderate the tree and the author is not an administrator).',
  })
  async viewerCanSanction(@Parent() node: ProblemTreeNode, @Ctx() ctx: RequestContext): Promise<boolean> {
    return viewerCanSanctionAuthor(await this.viewers.forRequest(ctx), node, this.accounts.isAdmin(ctx));
  }

  @ResolveField(() => Boolean)
  async viewerHasSupported(@Parent() node: ProblemTreeNode, @Ctx() ctx: RequestContext): Promise<boolean> {
    const userId = ctx.auth?.userId;
    return userId ? this.loaders.supportedBy(ctx, userId).load(node.id) : false;
  }

  @ResolveField(() => [ProblemTreeEvidence])
  evidence(@Parent() node: ProblemTreeNode, @Ctx() ctx: RequestContext): Promise<ProblemTreeEvidence[]> {
    return this.loaders.evidenceOf(ctx).load(node.id);
  }

  @ResolveField(() => ForumThread, { nullable: true, description: 'Null until the first reply.' })
  async discussionThread(@Parent() node: ProblemTreeNode, @Ctx() ctx: RequestContext): Promise<ForumThread | null> {
    return node.threadId ? this.loaders.thread(ctx).load(node.threadId) : null;
  }
}

@Resolver(() => ProblemTreeEvidence)
export class ProblemTreeEvidenceResolver {
  constructor(
    private readonly loaders: ProblemTreeLoaders,
    private readonly viewers: ViewerService,
  ) {}

  @ResolveField(() => ForumPost, {
    nullable: true,
    description: 'Null for a document, a post since removed, or one awaiting moderation you may not read.',
  })
  async post(@Parent() evidence: ProblemTreeEvidence, @Ctx() ctx: RequestContext): Promise<ForumPost | null> {
    if (!evidence.postId) return null;
    const post = await this.loaders.post(ctx).load(evidence.postId);
    // A hidden post shows its notice like anywhere else; a held one is not there at all for others.
    if (!post?.awaitingModeration) return post;
    return canSeeHiddenContent(await this.viewers.forRequest(ctx), post) ? post : null;
  }

  @ResolveField(() => Document, { nullable: true, description: 'Null for a post.' })
  document(@Parent() evidence: ProblemTreeEvidence, @Ctx() ctx: RequestContext): Promise<Document | null> | null {
    return evidence.documentId ? this.loaders.document(ctx).load(evidence.documentId) : null;
  }
}
