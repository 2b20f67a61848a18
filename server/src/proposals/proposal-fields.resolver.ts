import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsultationAction, formatGroszeAsPln, reviewNeedsPhase, reviewTransitionsFrom } from '@ratusz/shared';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { ConsultationLoaders } from '../consultations/consultations.loaders.js';
import { Consultation } from '../consultations/models/consultation.model.js';
import { PhaseRulesService } from '../consultations/services/phase-rules.service.js';
import { Document } from '../documents/models/document.model.js';
import { ForumThread } from '../forum/models/forum.model.js';
import {
  canModerateIn,
  canSeeHiddenContent,
  isWithheldFrom,
  readableRevisions,
} from '../moderation/moderation.policy.js';
import { viewerCanSanctionAuthor } from '../moderation/sanction-fields.js';
import { ServiceArea } from '../municipalities/models/municipality.model.js';
import { Proposal } from './models/proposal.model.js';
import { ProposalRevision } from './models/proposal-revision.model.js';
import { ProposalStatusChange } from './models/proposal-status-change.model.js';
import {
  canEditProposal,
  canManageProposalAttachments,
  canManageProposalAttachmentsAnyTime,
  canReadProposalAttachments,
  canReadProposalSource,
  canReviewProposal,
  canSupportProposal,
  canWithdrawProposal,
} from './proposals.policy.js';
import { ProposalLoaders } from './proposals.loaders.js';

@Resolver(() => Proposal)
export class ProposalFieldsResolver {
  constructor(
    private readonly loaders: ProposalLoaders,
    private readonly accounts: AccountLoaders,
    private readonly consultations: ConsultationLoaders,
    private readonly rules: PhaseRulesService,
    private readonly viewers: ViewerService,
  ) {}

  @ResolveField(() => Consultation)
  async consultation(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<Consultation> {
    return (await this.consultations.byId(ctx).load(proposal.consultationId))!;
  }

  @ResolveField(() => String, { nullable: true, description: 'The Markdown as written; for its author only.' })
  async bodySource(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<string | null> {
    return canReadProposalSource(await this.viewers.forRequest(ctx), proposal) ? proposal.bodyMarkdown : null;
  }

  @ResolveField(() => ServiceArea)
  serviceArea(@Parent() proposal: Proposal): ServiceArea {
    return { code: proposal.serviceAreaCode, namePl: proposal.serviceAreaNamePl, nameEn: proposal.serviceAreaNameEn };
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The cost estimate in PLN as an exact decimal ("1500000.00"); null when not given.',
  })
  costEstimatePln(@Parent() proposal: Proposal): string | null {
    return proposal.costEstimateGrosze === null ? null : formatGroszeAsPln(proposal.costEstimateGrosze);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Null when the account was deleted.' })
  author(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<UserSummary | null> {
    if (!proposal.authorId) return Promise.resolve(null);
    return this.accounts.userById(ctx).load(proposal.authorId);
  }

  @ResolveField(() => Boolean, { description: 'False when logged out.' })
  viewerHasSupported(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<boolean> {
    const userId = ctx.auth?.userId;
    if (!userId) return Promise.resolve(false);
    return this.loaders.viewerSupports(ctx, userId).load(proposal.id);
  }

  @ResolveField(() => Boolean, { description: 'The author, while SUBMITTED, in the proposals phase.' })
  async viewerCanEdit(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<boolean> {
    return (
      canEditProposal(await this.viewers.forRequest(ctx), proposal) &&
      (await this.phaseAllows(proposal, ctx, ConsultationAction.SUBMIT_PROPOSAL))
    );
  }

  @ResolveField(() => Boolean, { description: 'The author, before a decision.' })
  async viewerCanWithdraw(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<boolean> {
    return canWithdrawProposal(await this.viewers.forRequest(ctx), proposal);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may change its status now (officials of the municipality; see reviewProposal).',
  })
  async viewerCanReview(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<boolean> {
    if (!canReviewProposal(await this.viewers.forRequest(ctx), proposal)) return false;
    const moves = reviewTransitionsFrom(proposal.status);
    if (moves.some((to) => !reviewNeedsPhase(to))) return true;
    return moves.length > 0 && this.phaseAllows(proposal, ctx, ConsultationAction.REVIEW_PROPOSAL);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may support it, or withdraw your support, now (see viewerHasSupported for which).',
  })
  async viewerCanSupport(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<boolean> {
    return (
      canSupportProposal(await this.viewers.forRequest(ctx), proposal) &&
      (await this.phaseAllows(proposal, ctx, ConsultationAction.SUPPORT_PROPOSAL))
    );
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you moderate it (officials and moderators of its municipality): correct, hide, restore.',
  })
  async viewerCanModerate(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<boolean> {
    return canModerateIn(await this.viewers.forRequest(ctx), proposal.municipalityId);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may warn or block its author (you moderate it and the author is not an administrator).',
  })
  async viewerCanSanction(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<boolean> {
    return viewerCanSanctionAuthor(await this.viewers.forRequest(ctx), proposal, this.accounts.isAdmin(ctx));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Null while hidden by a moderator, but to its author, officials and moderators (show hiddenReason instead).',
  })
  async title(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<string | null> {
    if (proposal.hiddenReason === null) return proposal.title;
    return isWithheldFrom(await this.viewers.forRequest(ctx), proposal) ? null : proposal.title;
  }

  @ResolveField(() => [ProposalStatusChange], { description: 'The timeline, oldest first, from the submission.' })
  history(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<ProposalStatusChange[]> {
    return this.loaders.history(ctx).load(proposal.id);
  }

  @ResolveField(() => [ProposalRevision], {
    description:
      'The versions the author’s (or a moderator’s) edits replaced, newest first; none while hidden, and none from before a moderator’s correction, but to its author, officials and moderators.',
  })
  async revisions(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<ProposalRevision[]> {
    const viewer = await this.viewers.forRequest(ctx);
    if (proposal.hiddenReason !== null && !canSeeHiddenContent(viewer, proposal)) return [];
    return readableRevisions(viewer, proposal, await this.loaders.revisions(ctx).load(proposal.id));
  }

  @ResolveField(() => [Document], {
    description:
      'Files attached by its author (or the consultation’s officials), in the order attached; none while hidden, but to its author, officials and moderators.',
  })
  async attachments(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<Document[]> {
    if (!canReadProposalAttachments(await this.viewers.forRequest(ctx), proposal)) return [];
    return this.loaders.documents(ctx).load(proposal.id);
  }

  @ResolveField(() => [Document], { deprecationReason: 'Use `attachments`.' })
  documents(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<Document[]> {
    return this.attachments(proposal, ctx);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may attach files and remove them now: the author as for editing (SUBMITTED, in the proposals phase), the consultation’s officials at any time.',
  })
  async viewerCanManageAttachments(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<boolean> {
    const viewer = await this.viewers.forRequest(ctx);
    if (canManageProposalAttachmentsAnyTime(viewer, proposal)) return true;
    return (
      canManageProposalAttachments(viewer, proposal) &&
      (await this.phaseAllows(proposal, ctx, ConsultationAction.SUBMIT_PROPOSAL))
    );
  }

  @ResolveField(() => ForumThread, { nullable: true, description: 'The discussion; null until the first reply.' })
  discussionThread(@Parent() proposal: Proposal, @Context() ctx: RequestContext): Promise<ForumThread | null> {
    if (!proposal.threadId) return Promise.resolve(null);
    return this.loaders.thread(ctx).load(proposal.threadId);
  }

  /** The phase rules over the consultation's timeline, read once per request for a whole page. */
  private async phaseAllows(proposal: Proposal, ctx: RequestContext, action: ConsultationAction): Promise<boolean> {
    const [consultation, phases] = await Promise.all([
      this.consultations.byId(ctx).load(proposal.consultationId),
      this.consultations.phasesOf(ctx).load(proposal.consultationId),
    ]);
    return consultation !== null && this.rules.allows({ consultation, phases }, action);
  }
}

@Resolver(() => ProposalStatusChange)
export class ProposalStatusChangeFieldsResolver {
  constructor(private readonly accounts: AccountLoaders) {}

  @ResolveField(() => UserSummary, { nullable: true, description: 'Null for automatic changes and deleted accounts.' })
  actor(@Parent() change: ProposalStatusChange, @Context() ctx: RequestContext): Promise<UserSummary | null> {
    if (!change.actorId) return Promise.resolve(null);
    return this.accounts.userById(ctx).load(change.actorId);
  }
}

@Resolver(() => Consultation)
export class ConsultationProposalFieldsResolver {
  constructor(private readonly loaders: ProposalLoaders) {}

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Supports that move a proposal to UNDER_REVIEW by themselves; null when there is no threshold.',
  })
  proposalSupportThreshold(
    @Parent() consultation: Consultation,
    @Context() ctx: RequestContext,
  ): Promise<number | null> {
    return this.loaders.threshold(ctx).load(consultation.id);
  }
}
