import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsultationAction, PROBLEM_TREE_LIMITS } from '@ratusz/shared';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { ServiceArea } from '../municipalities/models/municipality.model.js';
import { CreateProblemTreeInput } from './dtos/create-problem-tree.input.js';
import { ProblemTreeByJoinCodeArgs } from './dtos/problem-tree-by-join-code.args.js';
import { ProblemTreeEventsArgs } from './dtos/problem-tree-events.args.js';
import { ProblemTreeForConsultationArgs } from './dtos/problem-tree-for-consultation.args.js';
import { TreeIdArgs } from './dtos/tree-id.args.js';
import { ObjectiveNode } from './models/objective-node.model.js';
import { ProblemTreeEventRecord } from './models/problem-tree-event-record.model.js';
import { ProblemTreeNode } from './models/problem-tree-node.model.js';
import { ProblemTree } from './models/problem-tree.model.js';
import type { ProblemTreeRow } from './problem-tree-row.js';
import { ProblemTreeLoaders } from './problem-trees.loaders.js';
import { canModerateTree, canParticipateInTree } from './problem-trees.policy.js';
import { ObjectivesService } from './services/objectives.service.js';
import { ProblemTreeService } from './services/problem-tree.service.js';

@Resolver(() => ProblemTree)
export class ProblemTreeResolver {
  constructor(
    private readonly trees: ProblemTreeService,
    private readonly objectiveService: ObjectivesService,
    private readonly viewers: ViewerService,
    private readonly loaders: ProblemTreeLoaders,
  ) {}

  @Public()
  @Query(() => ProblemTree, { nullable: true, description: 'Null when there is none, or it is hidden from you.' })
  async problemTree(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<ProblemTreeRow | null> {
    return this.trees.find(await this.viewers.forRequest(ctx), id);
  }

  @Public()
  @Query(() => ProblemTree, { nullable: true, description: 'The consultation’s tree; null before it has one.' })
  async problemTreeForConsultation(
    @Args() { consultationId }: ProblemTreeForConsultationArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ProblemTreeRow | null> {
    return this.trees.forConsultation(await this.viewers.forRequest(ctx), consultationId);
  }

  @Public()
  @RateLimit('TREE_JOIN')
  @Query(() => ProblemTree, {
    nullable: true,
    description: 'The workshop tree shown under this join code (case does not matter); rate-limited against guessing.',
  })
  async problemTreeByJoinCode(
    @Args() { code }: ProblemTreeByJoinCodeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ProblemTreeRow | null> {
    return this.trees.byJoinCode(await this.viewers.forRequest(ctx), code);
  }

  @Public()
  @Query(() => [ProblemTreeEventRecord], {
    description: `Live events of a tree after a sequence number, oldest first (at most ${PROBLEM_TREE_LIMITS.maxReplay}), for catching up after a reconnect.`,
  })
  async problemTreeEvents(
    @Args() args: ProblemTreeEventsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ProblemTreeEventRecord[]> {
    return this.trees.eventsSince(await this.viewers.forRequest(ctx), args.treeId, args.afterSeq);
  }

  @Authenticated()
  @RateLimit('TREE_CREATE')
  @Mutation(() => ProblemTree, {
    description: 'A consultation’s tree, or a standalone workshop tree of a municipality (officials), with its core.',
  })
  async createProblemTree(
    @Args('input') input: CreateProblemTreeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProblemTreeRow> {
    return this.trees.create(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('TREE_OBJECTIVES')
  @Mutation(() => ProblemTree, {
    description:
      'The objectives tree from the accepted nodes (officials); regenerating keeps restatements of nodes still there.',
  })
  async generateObjectivesTree(@Args() { treeId }: TreeIdArgs, @Ctx() ctx: RequestContext): Promise<ProblemTreeRow> {
    return this.objectiveService.generate(await this.viewers.forRequest(ctx), treeId);
  }

  @ResolveField(() => [ProblemTreeNode], { description: 'Every node (at most 500), parents before children.' })
  nodes(@Parent() tree: ProblemTreeRow, @Ctx() ctx: RequestContext): Promise<ProblemTreeNode[]> {
    return this.loaders.nodesOf(ctx).load(tree.id);
  }

  @ResolveField(() => [ObjectiveNode], { description: 'Empty until generated.' })
  objectives(@Parent() tree: ProblemTreeRow, @Ctx() ctx: RequestContext): Promise<ObjectiveNode[]> {
    return this.loaders.objectivesOf(ctx).load(tree.id);
  }

  @ResolveField(() => [ServiceArea], { description: 'The service areas of means marked "to do first".' })
  priorityServiceAreas(@Parent() tree: ProblemTreeRow, @Ctx() ctx: RequestContext): Promise<ServiceArea[]> {
    return this.loaders.priorityServiceAreas(ctx).load(tree.id);
  }

  @ResolveField(() => Boolean, { description: 'Logged in, and the phase allows suggesting nodes.' })
  async viewerCanSuggest(@Parent() tree: ProblemTreeRow, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = await this.viewers.forRequest(ctx);
    if (!canParticipateInTree(viewer, tree)) return false;
    return this.trees.allows(await this.loaders.timeline(ctx, tree), ConsultationAction.SUGGEST_TREE_NODE);
  }

  @ResolveField(() => Boolean, {
    description: 'An official or moderator of the municipality, and the phase allows editing the tree.',
  })
  async viewerCanEdit(@Parent() tree: ProblemTreeRow, @Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = await this.viewers.forRequest(ctx);
    if (!canModerateTree(viewer, tree)) return false;
    return this.trees.allows(await this.loaders.timeline(ctx, tree), ConsultationAction.EDIT_TREE);
  }

  @ResolveField(() => Boolean, {
    description:
      'An official or moderator of the municipality (accepts and rejects suggestions while editing is open).',
  })
  async viewerCanModerate(@Parent() tree: ProblemTreeRow, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canModerateTree(await this.viewers.forRequest(ctx), tree);
  }
}
