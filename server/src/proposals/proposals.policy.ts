import {
  isProposalEditable,
  isProposalSupportable,
  isProposalWithdrawable,
  type ConsultationStatus,
  type ProposalStatus,
} from '@ratusz/shared';
import { hasMunicipalRole, OFFICIALS, type Viewer } from '../common/policy/viewer.js';
import { canModerateIn, canSeeHiddenContent } from '../moderation/moderation.policy.js';
import { canManageConsultation, canViewConsultation } from '../consultations/consultations.policy.js';

/**
 * Who may do what with proposals. Pure functions of the Viewer and the
 * proposal (or its consultation): services call them before writing, the
 * `viewerCan*` fields call the same ones. What the phase allows is the phase
 * rules' (PhaseRulesService), checked next to these.
 */

/** What the proposal policies need to know about a proposal. */
export interface ProposalScope {
  authorId: string | null;
  status: ProposalStatus;
  municipalityId: string;
  consultationStatus: ConsultationStatus;
}

function consultationOf(proposal: ProposalScope): { municipalityId: string; status: ConsultationStatus } {
  return { municipalityId: proposal.municipalityId, status: proposal.consultationStatus };
}

/** A proposal is seen by whoever sees its consultation. */
export function canViewProposal(viewer: Viewer, proposal: ProposalScope): boolean {
  return canViewConsultation(viewer, consultationOf(proposal));
}

/** Any logged-in resident (or NGO member) who can see the consultation; the phase decides when. */
export function canSubmitProposal(
  viewer: Viewer,
  consultation: { municipalityId: string; status: ConsultationStatus },
): boolean {
  return viewer.userId !== null && canViewConsultation(viewer, consultation);
}

function isAuthor(viewer: Viewer, proposal: ProposalScope): boolean {
  return viewer.userId !== null && proposal.authorId === viewer.userId;
}

/** The author alone, while nobody has started looking at it (SUBMITTED). */
export function canEditProposal(viewer: Viewer, proposal: ProposalScope): boolean {
  return isAuthor(viewer, proposal) && isProposalEditable(proposal.status);
}

/** The author alone, before a decision. */
export function canWithdrawProposal(viewer: Viewer, proposal: ProposalScope): boolean {
  return isAuthor(viewer, proposal) && isProposalWithdrawable(proposal.status);
}

/**
 * The Markdown source goes to whoever may edit it: the author (now or once it
 * was theirs to edit), and the moderators and officials who correct it with a note.
 */
export function canReadProposalSource(viewer: Viewer, proposal: ProposalScope): boolean {
  return isAuthor(viewer, proposal) || canModerateIn(viewer, proposal.municipalityId);
}

/**
 * Officials of the consultation's municipality (administrators everywhere)
 * review and answer; moderators keep discussions healthy but do not decide.
 */
export function canReviewProposal(viewer: Viewer, proposal: ProposalScope): boolean {
  return viewer.userId !== null && hasMunicipalRole(viewer, proposal.municipalityId, OFFICIALS);
}

/** Supporting (and withdrawing one's support): logged-in people, while the proposal is undecided. */
export function canSupportProposal(viewer: Viewer, proposal: ProposalScope): boolean {
  return viewer.userId !== null && canViewProposal(viewer, proposal) && isProposalSupportable(proposal.status);
}

/** The threshold is part of running the consultation. */
export function canSetSupportThreshold(
  viewer: Viewer,
  consultation: { municipalityId: string; status: ConsultationStatus },
): boolean {
  return viewer.userId !== null && canManageConsultation(viewer, consultation);
}

/**
 * Adding and removing attachments: the author while the proposal is
 * editable (the same rule as editing its text, and the same phase), and
 * whoever manages the consultation at any time.
 */
export function canManageProposalAttachments(viewer: Viewer, proposal: ProposalScope): boolean {
  return canEditProposal(viewer, proposal) || canManageProposalAttachmentsAnyTime(viewer, proposal);
}

/** The part of the attachment rule that holds whatever the status and the phase. */
export function canManageProposalAttachmentsAnyTime(viewer: Viewer, proposal: ProposalScope): boolean {
  return viewer.userId !== null && canManageConsultation(viewer, consultationOf(proposal));
}

/**
 * A proposal's files are seen with it; once a moderator hid it, only by its
 * author and by the municipality's officials and moderators.
 */
export function canReadProposalAttachments(
  viewer: Viewer,
  proposal: ProposalScope & { hiddenReason: string | null },
): boolean {
  if (!canViewProposal(viewer, proposal)) return false;
  return proposal.hiddenReason === null || canSeeHiddenContent(viewer, proposal);
}

/** Replying in a proposal's discussion: logged-in people who can see it; the phase decides when. */
export function canDiscussProposal(viewer: Viewer, proposal: ProposalScope): boolean {
  return viewer.userId !== null && canViewProposal(viewer, proposal);
}
