import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationRole } from '@ratusz/shared';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { PageArgs, type ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { ForumPost } from '../forum/models/forum.model.js';
import { Municipality } from '../municipalities/models/municipality.model.js';
import { MunicipalityLoaders } from '../municipalities/municipality.loaders.js';
import { Proposal } from '../proposals/models/proposal.model.js';
import {
  Organisation,
  OrganisationInvitation,
  OrganisationInvitationConnection,
  OrganisationMember,
  OrganisationMemberConnection,
} from './models/organisation.model.js';
import { canManageOrganisation, canVerifyOrganisation } from './organisations.policy.js';
import { OrganisationLoaders } from './organisations.loaders.js';
import { MembershipService } from './services/membership.service.js';

@Resolver(() => Organisation)
export class OrganisationFieldsResolver {
  constructor(
    private readonly loaders: OrganisationLoaders,
    private readonly accounts: AccountLoaders,
    private readonly places: MunicipalityLoaders,
    private readonly memberships: MembershipService,
    private readonly viewers: ViewerService,
  ) {}

  @ResolveField(() => [Municipality], { description: 'Where it works, by name.' })
  async municipalities(@Parent() organisation: Organisation, @Context() ctx: RequestContext): Promise<Municipality[]> {
    const ids = await this.loaders.municipalityIds(ctx).load(organisation.id);
    const found = await this.places.byId(ctx).loadMany(ids);
    return found.filter((m): m is Municipality => m !== null && !(m instanceof Error));
  }

  @ResolveField(() => UserSummary, { nullable: true })
  owner(@Parent() organisation: Organisation, @Context() ctx: RequestContext): Promise<UserSummary | null> {
    return this.accounts.userById(ctx).load(organisation.ownerId);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Who verified it; null when not verified.' })
  verifiedBy(@Parent() organisation: Organisation, @Context() ctx: RequestContext): Promise<UserSummary | null> {
    if (!organisation.verifiedById) return Promise.resolve(null);
    return this.accounts.userById(ctx).load(organisation.verifiedById);
  }

  @ResolveField(() => OrganisationMemberConnection, { description: 'By joining time, the founder first.' })
  members(@Parent() organisation: Organisation, @Args() args: PageArgs): Promise<ConnectionShape<OrganisationMember>> {
    return this.memberships.membersOf(organisation.id, args);
  }

  @ResolveField(() => OrganisationInvitationConnection, {
    nullable: true,
    description: 'Pending invitations, newest first; for the owner only (null for others).',
  })
  async pendingInvitations(
    @Parent() organisation: Organisation,
    @Args() args: PageArgs,
    @Context() ctx: RequestContext,
  ): Promise<ConnectionShape<OrganisationInvitation> | null> {
    if ((await this.viewerRole(organisation, ctx)) !== OrganisationRole.OWNER) return null;
    return this.memberships.pendingInvitations(await this.viewers.forRequest(ctx), organisation.id, args);
  }

  @ResolveField(() => String, { nullable: true, description: 'The Markdown description; for the owner only.' })
  async descriptionSource(
    @Parent() organisation: Organisation,
    @Context() ctx: RequestContext,
  ): Promise<string | null> {
    const viewer = await this.viewers.forRequest(ctx);
    return canManageOrganisation(viewer, await this.viewerRole(organisation, ctx))
      ? organisation.descriptionSource
      : null;
  }

  @ResolveField(() => OrganisationRole, { nullable: true, description: 'Your role; null when not a member.' })
  viewerRole(@Parent() organisation: Organisation, @Context() ctx: RequestContext): Promise<OrganisationRole | null> {
    const userId = ctx.auth?.userId;
    if (!userId) return Promise.resolve(null);
    return this.loaders.viewerRole(ctx, userId).load(organisation.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit it, invite and remove members (the owner).' })
  async viewerCanManage(@Parent() organisation: Organisation, @Context() ctx: RequestContext): Promise<boolean> {
    return canManageOrganisation(await this.viewers.forRequest(ctx), await this.viewerRole(organisation, ctx));
  }

  @ResolveField(() => Boolean, { description: 'Whether you may verify it (or withdraw the badge).' })
  async viewerCanVerify(@Parent() organisation: Organisation, @Context() ctx: RequestContext): Promise<boolean> {
    const [viewer, municipalityIds] = await Promise.all([
      this.viewers.forRequest(ctx),
      this.loaders.municipalityIds(ctx).load(organisation.id),
    ]);
    return canVerifyOrganisation(viewer, municipalityIds);
  }
}

@Resolver(() => OrganisationMember)
export class OrganisationMemberFieldsResolver {
  constructor(private readonly accounts: AccountLoaders) {}

  @ResolveField(() => UserSummary, { nullable: true })
  user(@Parent() member: OrganisationMember, @Context() ctx: RequestContext): Promise<UserSummary | null> {
    return this.accounts.userById(ctx).load(member.userId);
  }
}

@Resolver(() => OrganisationInvitation)
export class OrganisationInvitationFieldsResolver {
  constructor(
    private readonly loaders: OrganisationLoaders,
    private readonly accounts: AccountLoaders,
  ) {}

  @ResolveField(() => Organisation)
  async organisation(
    @Parent() invitation: OrganisationInvitation,
    @Context() ctx: RequestContext,
  ): Promise<Organisation> {
    return (await this.loaders.byId(ctx).load(invitation.organisationId))!;
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Null for an e-mail nobody has registered yet.' })
  invitee(@Parent() invitation: OrganisationInvitation, @Context() ctx: RequestContext): Promise<UserSummary | null> {
    if (!invitation.inviteeId) return Promise.resolve(null);
    return this.accounts.userById(ctx).load(invitation.inviteeId);
  }

  @ResolveField(() => UserSummary, { nullable: true })
  invitedBy(@Parent() invitation: OrganisationInvitation, @Context() ctx: RequestContext): Promise<UserSummary | null> {
    if (!invitation.invitedById) return Promise.resolve(null);
    return this.accounts.userById(ctx).load(invitation.invitedById);
  }
}

/** "On behalf of": the client shows the author as "Name (Organisation)". */
@Resolver(() => ForumPost)
export class ForumPostOrganisationResolver {
  constructor(private readonly loaders: OrganisationLoaders) {}

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation it was written on behalf of.' })
  organisation(@Parent() post: ForumPost, @Context() ctx: RequestContext): Promise<Organisation | null> {
    return this.loaders.byPostId(ctx).load(post.id);
  }
}

@Resolver(() => Proposal)
export class ProposalOrganisationResolver {
  constructor(private readonly loaders: OrganisationLoaders) {}

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation it was submitted on behalf of.' })
  organisation(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<Organisation | null> {
    if (!proposal.organizationId) return Promise.resolve(null);
    return this.loaders.byId(ctx).load(proposal.organizationId);
  }
}
