import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConsultationAction, DocumentKind, isProposalEditable, PROPOSAL_MAX_DOCUMENTS } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { canManageConsultation } from '../../consultations/consultations.policy.js';
import type { Consultation } from '../../consultations/models/consultation.model.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import { DocumentKinds, type DocumentKindRules } from '../../documents/document-kinds.js';
import type { Document } from '../../documents/models/document.model.js';
import { DocumentService, toLiveDocument } from '../../documents/services/document.service.js';
import { BlockCheck } from '../../moderation/blocks.js';
import type { Proposal } from '../models/proposal.model.js';
import {
  canManageProposalAttachmentsAnyTime,
  canReadProposalAttachments,
  canSubmitProposal,
} from '../proposals.policy.js';
import { ProposalDocumentRepository } from '../repositories/proposal-document.repository.js';
import { ProposalRepository } from '../repositories/proposal.repository.js';
import { attachmentsNotFound, notEditable, tooManyAttachments } from './proposal-errors.js';
import { ProposalWriter, type ProposalChange } from './proposal-writer.service.js';

/**
 * Files on proposals. The documents feature stores and serves them (the same
 * size and type rules, the same safe download); this service holds their
 * rules: who may upload one (those who may submit a proposal now, and the
 * consultation's officials), how many may wait to be attached, who may
 * attach and remove them (the proposal policy), and who may download them.
 */
@Injectable()
export class ProposalAttachmentService implements DocumentKindRules, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly kinds: DocumentKinds,
    private readonly documents: DocumentService,
    private readonly attachments: ProposalDocumentRepository,
    private readonly proposals: ProposalRepository,
    private readonly writer: ProposalWriter,
    private readonly rules: PhaseRulesService,
    private readonly blocks: BlockCheck,
  ) {}

  onModuleInit(): void {
    this.kinds.register(DocumentKind.PROPOSAL_ATTACHMENT, this);
  }

  async beforeUpload(viewer: Viewer & { userId: string }, consultation: Consultation): Promise<void> {
    if (!canManageConsultation(viewer, consultation)) {
      requireAccess(canSubmitProposal(viewer, consultation), 'Only people who can submit proposals can upload files.');
      await this.rules.require(consultation, ConsultationAction.SUBMIT_PROPOSAL);
      await this.blocks.require(viewer.userId, { municipalityId: consultation.municipalityId });
    }
    await this.requireRoomForUpload(consultation.id, viewer.userId, this.db);
  }

  async beforeInsert(viewer: Viewer & { userId: string }, consultation: Consultation, tx: Queryable): Promise<void> {
    await this.attachments.lockUploader(consultation.id, viewer.userId, tx);
    await this.requireRoomForUpload(consultation.id, viewer.userId, tx);
  }

  /** An attached file is read with its proposal; one waiting to be attached by its uploader alone. */
  async canRead(viewer: Viewer, document: Document): Promise<boolean> {
    const proposalId = await this.attachments.proposalIdOf(document.id);
    if (!proposalId) return viewer.userId !== null && viewer.userId === document.uploaderId;
    const proposal = await this.proposals.byId(proposalId);
    return proposal !== null && canReadProposalAttachments(viewer, proposal);
  }

  /** Appends the viewer's uploads to the proposal's attachments. */
  async attach(viewer: Viewer, proposalId: string, documentIds: readonly string[]): Promise<Proposal> {
    requireUser(viewer);
    const proposal = await this.writer.visible(viewer, proposalId);
    await this.requireManageable(viewer, proposal);
    const ids = [...new Set(documentIds)];
    return this.writer.change(proposal, async (change) => {
      // A review may have started meanwhile: judged again on the locked row.
      this.requireManageableStatus(viewer, change.current);
      await this.attachTo(change.current, viewer.userId, ids, change.tx);
      return this.recordAttachments(change);
    });
  }

  /**
   * Checks and links a new proposal's (or an existing one's) attachments in
   * the caller's transaction, which holds the consultation's lock.
   */
  async attachTo(
    proposal: Pick<Proposal, 'id' | 'consultationId'>,
    userId: string,
    ids: readonly string[],
    tx: Queryable,
  ) {
    if (ids.length === 0) return;
    const found = await this.attachments.attachable(proposal.consultationId, userId, ids, tx);
    if (found.size !== ids.length) throw attachmentsNotFound();
    if ((await this.attachments.countOf(proposal.id, tx)) + ids.length > PROPOSAL_MAX_DOCUMENTS) {
      throw tooManyAttachments();
    }
    await this.attachments.attach(proposal.id, ids, tx);
  }

  /** Detaches and deletes one attachment; its file goes when no other document has the same bytes. */
  async remove(viewer: Viewer, proposalId: string, documentId: string): Promise<Proposal> {
    requireUser(viewer);
    const proposal = await this.writer.visible(viewer, proposalId);
    await this.requireManageable(viewer, proposal);
    const { updated, sha256 } = await this.writer.change(proposal, async (change) => {
      this.requireManageableStatus(viewer, change.current);
      const attachment = await this.attachments.attachmentOf(change.current.id, documentId, change.tx);
      if (!attachment) throw DomainError.notFound('The attachment');
      await this.documents.deleteAttachment(attachment.id, change.tx);
      return { updated: await this.recordAttachments(change), sha256: attachment.sha256 };
    });
    await this.documents.removeFileIfUnreferenced(sha256);
    return updated;
  }

  /**
   * Records the proposal's whole attachment list for its viewers (the page
   * merges it without a reload); nothing of a hidden proposal goes to the
   * public room. Answers the proposal as it is now.
   */
  private async recordAttachments({ tx, current, record }: ProposalChange): Promise<Proposal> {
    if (current.hiddenReason === null) {
      const attachments = await this.attachments.attachmentsWithUploaders(current.id, tx);
      await record({
        kind: 'proposal.attachmentsChanged',
        proposalId: current.id,
        attachments: attachments.map((document) => ({
          ...toLiveDocument(document),
          uploaderName: document.uploaderName,
        })),
      });
    }
    return (await this.proposals.byId(current.id, tx))!;
  }

  /** Officials managing the consultation at any time; the author as for editing, in the proposals phase. */
  private async requireManageable(viewer: Viewer & { userId: string }, proposal: Proposal): Promise<void> {
    if (canManageProposalAttachmentsAnyTime(viewer, proposal)) return;
    this.requireManageableStatus(viewer, proposal);
    await this.rules.require(proposal.consultationId, ConsultationAction.SUBMIT_PROPOSAL);
  }

  private requireManageableStatus(viewer: Viewer & { userId: string }, proposal: Proposal): void {
    if (canManageProposalAttachmentsAnyTime(viewer, proposal)) return;
    requireAccess(proposal.authorId === viewer.userId, 'Only the author can change a proposal’s attachments.');
    if (!isProposalEditable(proposal.status)) throw notEditable();
  }

  private async requireRoomForUpload(consultationId: string, userId: string, tx: Queryable): Promise<void> {
    if ((await this.attachments.pendingCount(consultationId, userId, tx)) >= PROPOSAL_MAX_DOCUMENTS) {
      throw tooManyAttachments();
    }
  }
}
