import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import { PageArgs, type ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { OrganisationInput } from './dtos/organisation.input.js';
import {
  InviteMemberInput,
  OrganisationMemberArgs,
  OrganisationsArgs,
  SetOrganisationVerifiedArgs,
  UpdateOrganisationInput,
} from './dtos/organisation-inputs.js';
import {
  Organisation,
  OrganisationConnection,
  OrganisationInvitation,
  OrganisationInvitationConnection,
} from './models/organisation.model.js';
import { MembershipService } from './services/membership.service.js';
import { OrganisationService } from './services/organisation.service.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly service: OrganisationService,
    private readonly memberships: MembershipService,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => Organisation, { nullable: true })
  organisation(@Args() { id }: IdArgs): Promise<Organisation | null> {
    return this.service.byId(id);
  }

  @Public()
  @Query(() => OrganisationConnection, {
    description: 'Organisations by name, optionally those working in a municipality.',
  })
  organisations(@Args() args: OrganisationsArgs): Promise<ConnectionShape<Organisation>> {
    return this.service.list(args);
  }

  @Authenticated()
  @Query(() => OrganisationConnection, {
    description: 'The organisations you belong to: those you can write on behalf of.',
  })
  async myOrganisations(@Args() args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConnectionShape<Organisation>> {
    const viewer = await this.viewers.forRequest(ctx);
    return this.service.list({ ...args, municipalityId: null, search: null }, viewer.userId);
  }

  @Authenticated()
  @Query(() => OrganisationInvitationConnection, {
    description: 'Invitations waiting for your answer, newest first (also those sent to your e-mail).',
  })
  async myOrganisationInvitations(
    @Args() args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<OrganisationInvitation>> {
    return this.memberships.myInvitations(await this.viewers.forRequest(ctx), args);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_WRITE')
  @Mutation(() => Organisation, { description: 'Founds an organisation; you become its owner.' })
  async createOrganisation(@Args('input') input: OrganisationInput, @Ctx() ctx: RequestContext): Promise<Organisation> {
    return this.service.create(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_WRITE')
  @Mutation(() => Organisation, { description: 'The owner changes the organisation’s details.' })
  async updateOrganisation(
    @Args('input') input: UpdateOrganisationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return this.service.update(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_INVITE')
  @Mutation(() => OrganisationInvitation, {
    description: 'The owner invites someone by handle or e-mail; ALREADY_MEMBER, ALREADY_INVITED.',
  })
  async inviteToOrganisation(
    @Args('input') input: InviteMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganisationInvitation> {
    return this.memberships.invite(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_MEMBERSHIP')
  @Mutation(() => OrganisationInvitation, { description: 'You join the organisation.' })
  async acceptOrganisationInvitation(
    @Args() { id }: IdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganisationInvitation> {
    return this.memberships.accept(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_MEMBERSHIP')
  @Mutation(() => OrganisationInvitation)
  async declineOrganisationInvitation(
    @Args() { id }: IdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganisationInvitation> {
    return this.memberships.decline(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_MEMBERSHIP')
  @Mutation(() => OrganisationInvitation, { description: 'The owner takes a pending invitation back.' })
  async cancelOrganisationInvitation(
    @Args() { id }: IdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganisationInvitation> {
    return this.memberships.cancelInvitation(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_MEMBERSHIP')
  @Mutation(() => Organisation, { description: 'The owner removes a member (not themselves).' })
  async removeOrganisationMember(
    @Args() { organisationId, userId }: OrganisationMemberArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return this.memberships.remove(await this.viewers.forRequest(ctx), organisationId, userId);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_MEMBERSHIP')
  @Mutation(() => Boolean, { description: 'A member leaves; the owner hands the ownership over first.' })
  async leaveOrganisation(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.memberships.leave(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_MEMBERSHIP')
  @Mutation(() => Organisation, {
    description: 'The owner makes a member the owner and stays a member (one change: never two owners, never none).',
  })
  async transferOrganisationOwnership(
    @Args() { organisationId, userId }: OrganisationMemberArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return this.memberships.transferOwnership(await this.viewers.forRequest(ctx), organisationId, userId);
  }

  @Authenticated()
  @RateLimit('ORGANISATION_VERIFY')
  @Mutation(() => Organisation, {
    description: 'Administrators and officials of a municipality it works in verify an organisation (or withdraw it).',
  })
  async setOrganisationVerified(
    @Args() { id, verified }: SetOrganisationVerifiedArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Organisation> {
    return this.service.setVerified(await this.viewers.forRequest(ctx), id, verified);
  }
}
