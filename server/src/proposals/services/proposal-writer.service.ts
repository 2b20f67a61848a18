import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, type ConsultationEvent, type ProposalStatus } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/policy/viewer.js';
import {
  ConsultationEventService,
  type NewConsultationEvent,
} from '../../consultations/services/consultation-event.service.js';
import { NotificationService } from '../../notifications/services/notification.service.js';
import { toLiveProposal } from '../models/live-proposal.mapper.js';
import type { Proposal } from '../models/proposal.model.js';
import { canViewProposal } from '../proposals.policy.js';
import { ProposalHistoryRepository } from '../repositories/proposal-history.repository.js';
import { ProposalRepository, type LockedConsultation } from '../repositories/proposal.repository.js';

function proposalNotFound(): DomainError {
  return new DomainError(ErrorCode.PROPOSAL_NOT_FOUND, 'The proposal was not found.');
}

/** What a write inside `change` can do besides its own SQL. */
export interface ProposalChange {
  tx: Queryable;
  /** The proposal as locked at the start of the transaction. */
  current: Proposal;
  consultation: LockedConsultation;
  /** Records a consultation event now (numbered in this transaction); it is pushed after commit. */
  record(event: NewConsultationEvent): Promise<void>;
  /** Moves the proposal to `status` and writes the step into its timeline. */
  setStatus(
    proposal: Proposal,
    status: ProposalStatus,
    step: { actorId: string | null; reason: string | null; automatic: boolean },
  ): Promise<void>;
  /** The proposal as it is now in this transaction, recorded as `proposal.updated`. */
  recordUpdated(proposalId?: string): Promise<Proposal>;
}

/**
 * The one way proposals change: look the proposal up (PROPOSAL_NOT_FOUND
 * when the viewer cannot see it), then in one transaction lock its
 * consultation and the proposal — always in that order — let the caller
 * write, record the consultation events there, and push them after commit.
 */
@Injectable()
export class ProposalWriter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly proposals: ProposalRepository,
    private readonly history: ProposalHistoryRepository,
    private readonly events: ConsultationEventService,
    private readonly notifications: NotificationService,
  ) {}

  /** The proposal if the viewer may see it, else PROPOSAL_NOT_FOUND. */
  async visible(viewer: Viewer, id: string): Promise<Proposal> {
    const proposal = await this.proposals.byId(id);
    if (!proposal || !canViewProposal(viewer, proposal)) throw proposalNotFound();
    return proposal;
  }

  async change<T>(proposal: Proposal, work: (change: ProposalChange) => Promise<T>): Promise<T> {
    return this.inConsultation(proposal.consultationId, async (tx, consultation, record, setStatus, recordUpdated) => {
      const current = await this.proposals.lockById(proposal.id, tx);
      if (!current) throw proposalNotFound();
      return work({
        tx,
        current,
        consultation,
        record,
        setStatus,
        recordUpdated: (id) => recordUpdated(id ?? current.id),
      });
    });
  }

  /** A transaction holding the consultation's lock, for writes that are not about one existing proposal. */
  async inConsultation<T>(
    consultationId: string,
    work: (
      tx: Queryable,
      consultation: LockedConsultation,
      record: ProposalChange['record'],
      setStatus: ProposalChange['setStatus'],
      recordUpdated: (proposalId: string) => Promise<Proposal>,
    ) => Promise<T>,
  ): Promise<T> {
    const recorded: ConsultationEvent[] = [];
    const result = await this.db.transaction(async (tx) => {
      const consultation = await this.proposals.lockConsultation(consultationId, tx);
      if (!consultation) throw DomainError.notFound('The consultation');
      const record = async (event: NewConsultationEvent): Promise<void> => {
        recorded.push(await this.events.record(tx, consultationId, event));
      };
      const setStatus: ProposalChange['setStatus'] = async (proposal, status, step) => {
        await this.proposals.setStatus(proposal.id, status, tx);
        await this.history.recordStatus(
          { proposalId: proposal.id, status, previousStatus: proposal.status, ...step },
          tx,
        );
        // The author hears of every status change (and the answer that comes with it), in this transaction.
        await this.notifications.notify(
          {
            type: 'PROPOSAL_STATUS',
            recipientIds: proposal.authorId ? [proposal.authorId] : [],
            actorId: step.actorId,
            subjectKind: 'PROPOSAL',
            subjectId: proposal.id,
            consultationId: proposal.consultationId,
            title: proposal.title,
            path: `/konsultacje/${proposal.consultationId}/propozycje/${proposal.id}`,
            dedupeKey: `proposal-status:${proposal.id}:${status}:${Date.now()}`,
          },
          tx,
        );
      };
      const recordUpdated = async (proposalId: string): Promise<Proposal> => {
        const updated = (await this.proposals.byId(proposalId, tx))!;
        await record({ kind: 'proposal.updated', proposal: toLiveProposal(updated) });
        return updated;
      };
      return work(tx, consultation, record, setStatus, recordUpdated);
    });
    this.events.publish(recorded);
    return result;
  }
}
