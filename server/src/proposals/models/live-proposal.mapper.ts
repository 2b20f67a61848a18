import { formatGroszeAsPln, type LiveProposal } from '@ratusz/shared';
import type { Proposal } from './proposal.model.js';

const iso = (value: Date | string): string => new Date(value).toISOString();

/** The proposal as live events carry it. */
export function toLiveProposal(proposal: Proposal): LiveProposal {
  return {
    id: proposal.id,
    number: proposal.number,
    // The room is public: a hidden proposal's title travels in no event.
    title: proposal.hiddenReason ? null : proposal.title,
    status: proposal.status,
    supportCount: proposal.supportCount,
    serviceAreaCode: proposal.serviceAreaCode,
    officialAnswerHtml: proposal.officialAnswerHtml,
    costEstimatePln: proposal.costEstimateGrosze === null ? null : formatGroszeAsPln(proposal.costEstimateGrosze),
    createdAt: iso(proposal.createdAt),
    editedAt: proposal.editedAt ? iso(proposal.editedAt) : null,
  };
}
