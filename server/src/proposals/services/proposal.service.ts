import { Injectable } from '@nestjs/common';
import {
  ConsultationAction,
  ErrorCode,
  FieldErrorCode,
  isProposalEditable,
  isReviewTransition,
  parsePlnToGrosze,
  PROPOSAL_COST_MAX_PLN,
  ProposalStatus,
  reviewNeedsPhase,
  reviewNeedsReason,
} from '@ratusz/shared';
import { isForeignKeyViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import { MarkdownService } from '../../forum/services/markdown.service.js';
import { BlockCheck } from '../../moderation/blocks.js';
import type { EditProposalInput } from '../dtos/edit-proposal.input.js';
import type { ReviewProposalInput } from '../dtos/review-proposal.input.js';
import type { SubmitProposalInput } from '../dtos/submit-proposal.input.js';
import { toLiveProposal } from '../models/live-proposal.mapper.js';
import type { Proposal } from '../models/proposal.model.js';
import { canEditProposal, canReviewProposal, canSubmitProposal, canWithdrawProposal } from '../proposals.policy.js';
import { ProposalHistoryRepository } from '../repositories/proposal-history.repository.js';
import { PROPOSAL_SERVICE_AREA_FK, ProposalRepository } from '../repositories/proposal.repository.js';
import { ProposalAttachmentService } from './proposal-attachment.service.js';
import { notEditable } from './proposal-errors.js';
import { ProposalWriter } from './proposal-writer.service.js';
import { OnBehalfService } from '../../organisations/services/on-behalf.service.js';

/** A typed cost estimate as whole grosze; empty means none. */
function costGrosze(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const grosze = parsePlnToGrosze(text);
  if (grosze === null) {
    throw DomainError.badInput(
      [{ field: 'costEstimatePln', code: FieldErrorCode.INVALID, params: { max: PROPOSAL_COST_MAX_PLN } }],
      `The cost estimate must be an amount in PLN up to ${PROPOSAL_COST_MAX_PLN}.`,
    );
  }
  return grosze;
}

function unknownServiceArea(error: unknown): unknown {
  return isForeignKeyViolation(error, PROPOSAL_SERVICE_AREA_FK)
    ? DomainError.badInput([{ field: 'serviceArea', code: FieldErrorCode.NOT_FOUND }], 'Unknown service area.')
    : error;
}

function invalidTransition(from: ProposalStatus, to: ProposalStatus): DomainError {
  return new DomainError(ErrorCode.PROPOSAL_INVALID_TRANSITION, `A ${from} proposal cannot become ${to}.`, {
    from,
    to,
  });
}

/** Submitting, editing, withdrawing and reviewing proposals; supports are ProposalSupportService's. */
@Injectable()
export class ProposalService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly history: ProposalHistoryRepository,
    private readonly attachments: ProposalAttachmentService,
    private readonly writer: ProposalWriter,
    private readonly consultations: ConsultationService,
    private readonly rules: PhaseRulesService,
    private readonly markdown: MarkdownService,
    private readonly blocks: BlockCheck,
    private readonly onBehalf: OnBehalfService,
  ) {}

  async submit(viewer: Viewer, input: SubmitProposalInput): Promise<Proposal> {
    requireUser(viewer);
    const consultation = await this.consultations.getVisible(viewer, input.consultationId);
    requireAccess(canSubmitProposal(viewer, consultation));
    await this.rules.require(consultation, ConsultationAction.SUBMIT_PROPOSAL);
    await this.blocks.require(viewer.userId, { municipalityId: consultation.municipalityId });
    const cost = costGrosze(input.costEstimatePln);
    const documentIds = [...new Set(input.documentIds ?? [])];
    const html = this.markdown.render(input.body);
    return this.writer
      .inConsultation(consultation.id, async (tx, _locked, record) => {
        const organizationId = await this.onBehalf.requireMember(viewer.userId, input.organisationId, tx);
        const id = await this.proposals.insert(
          {
            consultationId: consultation.id,
            number: await this.proposals.nextNumber(consultation.id, tx),
            title: input.title,
            bodySource: input.body,
            bodyHtml: html,
            serviceAreaCode: input.serviceArea,
            costEstimateGrosze: cost,
            authorId: viewer.userId,
            organizationId,
          },
          tx,
        );
        await this.history.recordStatus(
          {
            proposalId: id,
            status: ProposalStatus.SUBMITTED,
            previousStatus: null,
            actorId: viewer.userId,
            reason: null,
            automatic: false,
          },
          tx,
        );
        await this.attachments.attachTo({ id, consultationId: consultation.id }, viewer.userId, documentIds, tx);
        const created = (await this.proposals.byId(id, tx))!;
        await record({ kind: 'proposal.submitted', proposal: toLiveProposal(created) });
        return created;
      })
      .catch((error: unknown) => {
        throw unknownServiceArea(error);
      });
  }

  /** The author's edit of a SUBMITTED proposal; the version it replaces is kept. */
  async edit(viewer: Viewer, input: EditProposalInput): Promise<Proposal> {
    requireUser(viewer);
    const proposal = await this.writer.visible(viewer, input.id);
    requireAccess(proposal.authorId === viewer.userId, 'Only the author can edit a proposal.');
    if (!isProposalEditable(proposal.status)) throw notEditable();
    await this.rules.require(proposal.consultationId, ConsultationAction.SUBMIT_PROPOSAL);
    const cost = costGrosze(input.costEstimatePln);
    const html = this.markdown.render(input.body);
    return this.writer
      .change(proposal, async ({ tx, current, recordUpdated }) => {
        if (!canEditProposal(viewer, current)) throw notEditable();
        const unchanged =
          current.title === input.title &&
          current.bodyMarkdown === input.body &&
          current.serviceAreaCode === input.serviceArea &&
          current.costEstimateGrosze === (cost === null ? null : String(cost));
        if (unchanged) return current;
        await this.history.recordRevision(
          {
            proposalId: current.id,
            editorId: viewer.userId,
            title: current.title,
            bodySource: current.bodyMarkdown,
            bodyHtml: current.bodyHtml,
            serviceAreaCode: current.serviceAreaCode,
            costEstimateGrosze: current.costEstimateGrosze,
          },
          tx,
        );
        await this.proposals.updateContent(
          current.id,
          {
            title: input.title,
            bodySource: input.body,
            bodyHtml: html,
            serviceAreaCode: input.serviceArea,
            costEstimateGrosze: cost,
          },
          tx,
        );
        return recordUpdated();
      })
      .catch((error: unknown) => {
        throw unknownServiceArea(error);
      });
  }

  /** The author takes the proposal back before a decision; whatever the phase. */
  async withdraw(viewer: Viewer, id: string): Promise<Proposal> {
    requireUser(viewer);
    const proposal = await this.writer.visible(viewer, id);
    requireAccess(proposal.authorId === viewer.userId, 'Only the author can withdraw a proposal.');
    return this.writer.change(proposal, async ({ current, setStatus, recordUpdated }) => {
      if (!canWithdrawProposal(viewer, current)) throw invalidTransition(current.status, ProposalStatus.WITHDRAWN);
      await setStatus(current, ProposalStatus.WITHDRAWN, { actorId: viewer.userId, reason: null, automatic: false });
      return recordUpdated();
    });
  }

  /**
   * An official's decision, with the public answer: the move must be in the
   * transition table, a rejection needs the answer as its reason, and
   * decisions shaping the ballot are made in the review phase.
   */
  async review(viewer: Viewer, input: ReviewProposalInput): Promise<Proposal> {
    requireUser(viewer);
    const proposal = await this.writer.visible(viewer, input.id);
    requireAccess(
      canReviewProposal(viewer, proposal),
      'Only officials of the consultation’s municipality review proposals.',
    );
    const answer = input.answer?.trim() ? input.answer.trim() : null;
    if (!isReviewTransition(proposal.status, input.status)) throw invalidTransition(proposal.status, input.status);
    if (reviewNeedsReason(input.status) && !answer) throw reasonRequired();
    if (reviewNeedsPhase(input.status)) {
      await this.rules.require(proposal.consultationId, ConsultationAction.REVIEW_PROPOSAL);
    }
    const html = answer ? this.markdown.render(answer) : null;
    return this.writer.change(proposal, async ({ tx, current, setStatus, recordUpdated }) => {
      // Someone may have decided it meanwhile: judged again on the locked row.
      if (!isReviewTransition(current.status, input.status)) throw invalidTransition(current.status, input.status);
      if (answer && html) await this.proposals.setAnswer(current.id, { source: answer, html, by: viewer.userId }, tx);
      await setStatus(current, input.status, { actorId: viewer.userId, reason: answer, automatic: false });
      return recordUpdated();
    });
  }
}

function reasonRequired(): DomainError {
  return new DomainError(ErrorCode.PROPOSAL_REASON_REQUIRED, 'A rejection needs a public reason (the answer).');
}
