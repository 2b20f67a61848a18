import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { AdminOnly, Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { Municipality, Network, NetworkConnection } from '../municipalities/models/municipality.model.js';
import { MunicipalityLoaders } from '../municipalities/municipality.loaders.js';
import { CreateNetworkInput } from './dtos/create-network.input.js';
import { AddNetworkCoordinatorArgs, NetworkCoordinatorArgs } from './dtos/network-coordinator.args.js';
import { NetworkIndicatorsPublicArgs } from './dtos/network-indicators-public.args.js';
import { NetworkMemberArgs } from './dtos/network-member.args.js';
import { NetworksArgs } from './dtos/networks.args.js';
import { NetworkCoordinator, NetworkMember } from './models/network-member.model.js';
import { NetworkMeeting } from './models/network-meeting.model.js';
import {
  canAdministerNetworks,
  canManageMembers,
  canManageNetworkDocuments,
  canReadNetworkDocuments,
} from './networks.policy.js';
import { NetworkLoaders } from './networks.loaders.js';
import { NetworkService } from './services/network.service.js';

@Resolver(() => Network)
export class NetworksResolver {
  constructor(
    private readonly service: NetworkService,
    private readonly loaders: NetworkLoaders,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => NetworkConnection, { description: 'Networks by name; filtered by kind, service area or member.' })
  networks(@Args() args: NetworksArgs): Promise<ConnectionShape<Network>> {
    return this.service.list(args);
  }

  @Public()
  @Query(() => Network, { nullable: true, description: 'null for an unknown id.' })
  network(@Args() { id }: IdArgs): Promise<Network | null> {
    return this.service.byId(id);
  }

  @AdminOnly()
  @RateLimit('NETWORK_ADMIN')
  @Mutation(() => Network)
  async createNetwork(@Args('input') input: CreateNetworkInput, @Ctx() ctx: RequestContext): Promise<Network> {
    return this.service.create(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('NETWORK_MEMBERS')
  @Mutation(() => Network, {
    description: 'Adds a member at the end of the hosting order; administrators and coordinators.',
  })
  async addNetworkMember(@Args() args: NetworkMemberArgs, @Ctx() ctx: RequestContext): Promise<Network> {
    return this.service.addMember(await this.viewers.forRequest(ctx), args.networkId, args.municipalityId);
  }

  @Authenticated()
  @RateLimit('NETWORK_MEMBERS')
  @Mutation(() => Network)
  async removeNetworkMember(@Args() args: NetworkMemberArgs, @Ctx() ctx: RequestContext): Promise<Network> {
    return this.service.removeMember(await this.viewers.forRequest(ctx), args.networkId, args.municipalityId);
  }

  @AdminOnly()
  @RateLimit('NETWORK_ADMIN')
  @Mutation(() => Network, { description: 'Names a coordinator by exactly one of userId, handle or email.' })
  async addNetworkCoordinator(@Args() args: AddNetworkCoordinatorArgs, @Ctx() ctx: RequestContext): Promise<Network> {
    return this.service.addCoordinator(await this.viewers.forRequest(ctx), args);
  }

  @Authenticated()
  @RateLimit('NETWORK_ADMIN')
  @Mutation(() => Network, {
    description:
      'Keeps the indicator comparison internal to the network (false) or publishes it (true); coordinators and administrators.',
  })
  async setNetworkIndicatorsPublic(
    @Args() args: NetworkIndicatorsPublicArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Network> {
    return this.service.setIndicatorsPublic(await this.viewers.forRequest(ctx), args.networkId, args.indicatorsPublic);
  }

  @AdminOnly()
  @RateLimit('NETWORK_ADMIN')
  @Mutation(() => Network)
  async removeNetworkCoordinator(@Args() args: NetworkCoordinatorArgs, @Ctx() ctx: RequestContext): Promise<Network> {
    return this.service.removeCoordinator(await this.viewers.forRequest(ctx), args.networkId, args.userId);
  }

  @ResolveField(() => [NetworkMember], { description: 'In hosting order; at most NETWORK_MAX_MEMBERS (100).' })
  members(@Parent() network: Network, @Ctx() ctx: RequestContext): Promise<NetworkMember[]> {
    return this.loaders.members(ctx).load(network.id);
  }

  @ResolveField(() => Int)
  async memberCount(@Parent() network: Network, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.loaders.members(ctx).load(network.id)).length;
  }

  @ResolveField(() => [NetworkCoordinator])
  coordinators(@Parent() network: Network, @Ctx() ctx: RequestContext): Promise<NetworkCoordinator[]> {
    return this.loaders.coordinators(ctx).load(network.id);
  }

  @ResolveField(() => [NetworkMeeting], {
    description: 'The meeting plan by date (a generated plan holds at most 24).',
  })
  meetingPlan(@Parent() network: Network, @Ctx() ctx: RequestContext): Promise<NetworkMeeting[]> {
    return this.loaders.plan(ctx).load(network.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may manage members, the meeting plan and categories.',
  })
  async viewerCanManage(@Parent() network: Network, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canManageMembers(await this.viewers.forRequest(ctx), network);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer may list and download its documents (internal networks: those inside it).',
  })
  async viewerCanSeeDocuments(@Parent() network: Network, @Ctx() ctx: RequestContext): Promise<boolean> {
    const [viewer, members] = await Promise.all([
      this.viewers.forRequest(ctx),
      this.loaders.members(ctx).load(network.id),
    ]);
    return canReadNetworkDocuments(viewer, { ...network, memberIds: members.map((member) => member.municipalityId) });
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may upload, rename and remove its documents.' })
  async viewerCanManageDocuments(@Parent() network: Network, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canManageNetworkDocuments(await this.viewers.forRequest(ctx), network);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may name and remove coordinators.' })
  async viewerCanManageCoordinators(@Parent() _network: Network, @Ctx() ctx: RequestContext): Promise<boolean> {
    return canAdministerNetworks(await this.viewers.forRequest(ctx));
  }
}

@Resolver(() => NetworkMember)
export class NetworkMemberFieldsResolver {
  constructor(private readonly municipalities: MunicipalityLoaders) {}

  @ResolveField(() => Municipality)
  async municipality(@Parent() member: NetworkMember, @Ctx() ctx: RequestContext): Promise<Municipality> {
    return (await this.municipalities.byId(ctx).load(member.municipalityId))!;
  }
}

@Resolver(() => NetworkCoordinator)
export class NetworkCoordinatorFieldsResolver {
  constructor(private readonly accounts: AccountLoaders) {}

  @ResolveField(() => UserSummary)
  async user(@Parent() coordinator: NetworkCoordinator, @Ctx() ctx: RequestContext): Promise<UserSummary> {
    return (await this.accounts.userById(ctx).load(coordinator.userId))!;
  }
}
