import { Injectable } from '@nestjs/common';
import { ConsultationAction, ErrorCode, isProposalSupportable, ProposalStatus } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { Consultation } from '../../consultations/models/consultation.model.js';
import { BlockCheck } from '../../moderation/blocks.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import type { Proposal } from '../models/proposal.model.js';
import { canSetSupportThreshold, canSupportProposal } from '../proposals.policy.js';
import { ProposalSupportRepository } from '../repositories/proposal-support.repository.js';
import { ProposalRepository } from '../repositories/proposal.repository.js';
import { ProposalWriter, type ProposalChange } from './proposal-writer.service.js';

/**
 * Supports and the consultation's threshold. The support, the count kept on
 * the proposal and the threshold's automatic move to UNDER_REVIEW happen in
 * one transaction under the consultation's and the proposal's locks, so
 * however many people support at once the move happens exactly once; and
 * since nothing returns to SUBMITTED, never again after it.
 */
@Injectable()
export class ProposalSupportService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly supports: ProposalSupportRepository,
    private readonly writer: ProposalWriter,
    private readonly consultations: ConsultationService,
    private readonly rules: PhaseRulesService,
    private readonly blocks: BlockCheck,
  ) {}

  async support(viewer: Viewer, id: string): Promise<Proposal> {
    return this.changeSupport(viewer, id, async (change, userId) => {
      if (!(await this.supports.insert(change.current.id, userId, change.tx))) {
        throw new DomainError(ErrorCode.PROPOSAL_ALREADY_SUPPORTED, 'You already support this proposal.');
      }
      return 1;
    });
  }

  async withdrawSupport(viewer: Viewer, id: string): Promise<Proposal> {
    return this.changeSupport(viewer, id, async (change, userId) => {
      if (!(await this.supports.delete(change.current.id, userId, change.tx))) {
        throw new DomainError(ErrorCode.PROPOSAL_NOT_SUPPORTED, 'You do not support this proposal.');
      }
      return -1;
    });
  }

  /**
   * Sets (or, with null, removes) the threshold. Proposals still SUBMITTED
   * that already have that many supports move to UNDER_REVIEW now, as if
   * their last support had just come.
   */
  async setThreshold(viewer: Viewer, consultationId: string, threshold: number | null): Promise<Consultation> {
    requireUser(viewer);
    const consultation = await this.consultations.getVisible(viewer, consultationId);
    requireAccess(
      canSetSupportThreshold(viewer, consultation),
      'Only officials of the municipality manage its consultations.',
    );
    await this.writer.inConsultation(consultation.id, async (tx, _locked, _record, setStatus, recordUpdated) => {
      await this.proposals.setThreshold(consultation.id, threshold, tx);
      if (threshold === null) return;
      for (const proposal of await this.proposals.lockSubmittedAtThreshold(consultation.id, threshold, tx)) {
        await setStatus(proposal, ProposalStatus.UNDER_REVIEW, { actorId: null, reason: null, automatic: true });
        await recordUpdated(proposal.id);
      }
    });
    return this.consultations.get(consultation.id);
  }

  private async changeSupport(
    viewer: Viewer,
    id: string,
    write: (change: ProposalChange, userId: string) => Promise<1 | -1>,
  ): Promise<Proposal> {
    requireUser(viewer);
    const userId = viewer.userId;
    const proposal = await this.writer.visible(viewer, id);
    await this.rules.require(proposal.consultationId, ConsultationAction.SUPPORT_PROPOSAL);
    await this.blocks.require(userId, { municipalityId: proposal.municipalityId });
    return this.writer.change(proposal, async (change) => {
      const { current, consultation, record, setStatus, recordUpdated } = change;
      if (!isProposalSupportable(current.status)) {
        throw new DomainError(ErrorCode.CONFLICT, `Supports are closed: the proposal is ${current.status}.`);
      }
      requireAccess(canSupportProposal(viewer, current));
      const supportCount = await this.proposals.addSupports(current.id, await write(change, userId), change.tx);
      await record({ kind: 'proposal.supportChanged', proposalId: current.id, supportCount });
      const reached =
        current.status === ProposalStatus.SUBMITTED &&
        consultation.threshold !== null &&
        supportCount >= consultation.threshold;
      if (reached) {
        await setStatus(current, ProposalStatus.UNDER_REVIEW, { actorId: null, reason: null, automatic: true });
        return recordUpdated();
      }
      return { ...current, supportCount };
    });
  }
}
