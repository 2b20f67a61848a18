import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx, CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { AuthState, RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { Consultation } from '../consultations/models/consultation.model.js';
import { ForumPost } from '../forum/models/forum.model.js';
import { AttachProposalDocumentsInput } from './dtos/attach-proposal-documents.input.js';
import { EditProposalInput } from './dtos/edit-proposal.input.js';
import { ProposalsArgs } from './dtos/proposals.args.js';
import { RemoveProposalAttachmentArgs } from './dtos/remove-proposal-attachment.args.js';
import { ReplyToProposalInput } from './dtos/reply-to-proposal.input.js';
import { ReviewProposalInput } from './dtos/review-proposal.input.js';
import { SetProposalSupportThresholdArgs } from './dtos/set-proposal-support-threshold.args.js';
import { SubmitProposalInput } from './dtos/submit-proposal.input.js';
import { Proposal, ProposalConnection } from './models/proposal.model.js';
import { ProposalAttachmentService } from './services/proposal-attachment.service.js';
import { ProposalDiscussionService } from './services/proposal-discussion.service.js';
import { ProposalQueryService } from './services/proposal-query.service.js';
import { ProposalSupportService } from './services/proposal-support.service.js';
import { ProposalService } from './services/proposal.service.js';

@Resolver(() => Proposal)
export class ProposalResolver {
  constructor(
    private readonly queries: ProposalQueryService,
    private readonly writes: ProposalService,
    private readonly supports: ProposalSupportService,
    private readonly discussion: ProposalDiscussionService,
    private readonly attachments: ProposalAttachmentService,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => ProposalConnection, {
    description: 'A consultation’s proposals, filtered and sorted; WITHDRAWN ones only when asked for by status.',
  })
  async proposals(@Args() args: ProposalsArgs, @Ctx() ctx: RequestContext): Promise<ProposalConnection> {
    return this.queries.list(await this.viewers.forRequest(ctx), args);
  }

  @Public()
  @Query(() => Proposal, { nullable: true })
  async proposal(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<Proposal | null> {
    return this.queries.byId(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('PROPOSAL_WRITE')
  @Mutation(() => Proposal, { description: 'A new proposal, in the consultation’s proposals phase.' })
  async submitProposal(@Args('input') input: SubmitProposalInput, @Ctx() ctx: RequestContext): Promise<Proposal> {
    return this.writes.submit(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('PROPOSAL_WRITE')
  @Mutation(() => Proposal, { description: 'The author’s edit, while SUBMITTED; the earlier version is kept.' })
  async editProposal(@Args('input') input: EditProposalInput, @Ctx() ctx: RequestContext): Promise<Proposal> {
    return this.writes.edit(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('PROPOSAL_WRITE')
  @Mutation(() => Proposal, { description: 'The author takes the proposal back (SUBMITTED or UNDER_REVIEW).' })
  async withdrawProposal(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<Proposal> {
    return this.writes.withdraw(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('DOCUMENT_WRITE')
  @Mutation(() => Proposal, {
    description:
      'Attaches files uploaded with kind PROPOSAL_ATTACHMENT: the author while it can be edited, officials any time.',
  })
  async attachProposalDocuments(
    @Args('input') input: AttachProposalDocumentsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Proposal> {
    return this.attachments.attach(await this.viewers.forRequest(ctx), input.proposalId, input.documentIds);
  }

  @Authenticated()
  @RateLimit('DOCUMENT_WRITE')
  @Mutation(() => Proposal, {
    description: 'Removes an attachment (and deletes it): the author while it can be edited, officials any time.',
  })
  async removeProposalAttachment(
    @Args() { proposalId, documentId }: RemoveProposalAttachmentArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Proposal> {
    return this.attachments.remove(await this.viewers.forRequest(ctx), proposalId, documentId);
  }

  @Authenticated()
  @RateLimit('PROPOSAL_SUPPORT')
  @Mutation(() => Proposal, { description: 'One support per person, while the proposal is undecided.' })
  async supportProposal(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<Proposal> {
    return this.supports.support(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('PROPOSAL_SUPPORT')
  @Mutation(() => Proposal)
  async withdrawProposalSupport(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<Proposal> {
    return this.supports.withdrawSupport(await this.viewers.forRequest(ctx), id);
  }

  @Authenticated()
  @RateLimit('PROPOSAL_REVIEW')
  @Mutation(() => Proposal, {
    description: 'An official’s decision with the public answer; a rejection needs the answer as its reason.',
  })
  async reviewProposal(@Args('input') input: ReviewProposalInput, @Ctx() ctx: RequestContext): Promise<Proposal> {
    return this.writes.review(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('CONSULTATION_WRITE')
  @Mutation(() => Consultation, {
    description: 'Supports that move a proposal to UNDER_REVIEW by themselves (null: none); officials.',
  })
  async setProposalSupportThreshold(
    @Args() { consultationId, threshold }: SetProposalSupportThresholdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Consultation> {
    return this.supports.setThreshold(await this.viewers.forRequest(ctx), consultationId, threshold ?? null);
  }

  @Authenticated()
  @RateLimit('POST_CREATE')
  @Mutation(() => ForumPost, { description: 'A reply in the proposal’s discussion, opened on the first reply.' })
  async replyToProposal(
    @Args('input') input: ReplyToProposalInput,
    @CurrentAuth() auth: AuthState,
    @Ctx() ctx: RequestContext,
  ): Promise<ForumPost> {
    return this.discussion.reply(await this.viewers.forRequest(ctx), auth, input);
  }
}
