import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { ServiceArea } from '../municipalities/models/municipality.model.js';
import { EditObjectiveNodeInput } from './dtos/edit-objective-node.input.js';
import { ObjectiveNode } from './models/objective-node.model.js';
import { ProblemTreeLoaders } from './problem-trees.loaders.js';
import { ObjectivesService } from './services/objectives.service.js';

@Resolver(() => ObjectiveNode)
export class ObjectiveNodeResolver {
  constructor(
    private readonly objectives: ObjectivesService,
    private readonly viewers: ViewerService,
    private readonly loaders: ProblemTreeLoaders,
  ) {}

  @Authenticated()
  @RateLimit('TREE_OBJECTIVES')
  @Mutation(() => ObjectiveNode, {
    description:
      'Officials: the restatement, "to do first" (means only) and the service area; STALE_VERSION as for nodes.',
  })
  async editObjectiveNode(
    @Args('input') input: EditObjectiveNodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ObjectiveNode> {
    return this.objectives.edit(await this.viewers.forRequest(ctx), input);
  }

  @ResolveField(() => ServiceArea, { nullable: true })
  serviceArea(@Parent() objective: ObjectiveNode, @Ctx() ctx: RequestContext): Promise<ServiceArea | null> | null {
    return objective.serviceAreaCode ? this.loaders.serviceArea(ctx).load(objective.serviceAreaCode) : null;
  }
}
