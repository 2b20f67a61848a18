import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProposalStatus, ServiceAreaCode } from '@ratusz/shared';
import { groupByKeys, rows, type Queryable } from '../../common/database/sql.js';
import type { ProposalRevision } from '../models/proposal-revision.model.js';
import type { ProposalStatusChange } from '../models/proposal-status-change.model.js';

export interface NewStatusChange {
  proposalId: string;
  status: ProposalStatus;
  previousStatus: ProposalStatus | null;
  actorId: string | null;
  reason: string | null;
  automatic: boolean;
}

export interface NewRevision {
  proposalId: string;
  editorId: string;
  title: string;
  bodySource: string;
  bodyHtml: string;
  serviceAreaCode: ServiceAreaCode;
  costEstimateGrosze: string | null;
}

/** A proposal's timeline (every status it had, who set it and why) and the versions its edits replaced. */
@Injectable()
export class ProposalHistoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async recordStatus(change: NewStatusChange, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO proposal_status_changes (proposal_id, status, previous_status, actor_id, reason, automatic)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [change.proposalId, change.status, change.previousStatus, change.actorId, change.reason, change.automatic],
    );
  }

  async recordRevision(revision: NewRevision, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO proposal_revisions (proposal_id, editor_id, previous_title, previous_body_source, previous_body_html,
         previous_service_area_code, previous_cost_estimate_grosze)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        revision.proposalId,
        revision.editorId,
        revision.title,
        revision.bodySource,
        revision.bodyHtml,
        revision.serviceAreaCode,
        revision.costEstimateGrosze,
      ],
    );
  }

  /** Oldest first, per proposal (DataLoader batch). */
  async statusChangesOf(proposalIds: readonly string[]): Promise<ProposalStatusChange[][]> {
    const found = await rows<ProposalStatusChange>(
      this.db,
      `SELECT id, proposal_id AS "proposalId", status, previous_status AS "previousStatus", actor_id AS "actorId",
         reason, automatic, created_at AS at
       FROM proposal_status_changes WHERE proposal_id = ANY($1::uuid[])
       ORDER BY created_at, id`,
      [proposalIds],
    );
    return groupByKeys(proposalIds, found, (change) => change.proposalId);
  }

  /** Newest first, per proposal (DataLoader batch). */
  async revisionsOf(proposalIds: readonly string[]): Promise<ProposalRevision[][]> {
    const found = await rows<ProposalRevision>(
      this.db,
      `SELECT proposal_id AS "proposalId", previous_title AS title, previous_body_html AS "bodyHtml",
         created_at AS "editedAt", editor_id AS "editorId"
       FROM proposal_revisions WHERE proposal_id = ANY($1::uuid[])
       ORDER BY created_at DESC, id DESC`,
      [proposalIds],
    );
    return groupByKeys(proposalIds, found, (revision) => revision.proposalId);
  }

  /** For tests of the threshold: how many changes the threshold made. */
  async automaticCount(proposalId: string): Promise<number> {
    const [found] = await rows<{ count: number }>(
      this.db,
      `SELECT count(*)::int AS count FROM proposal_status_changes WHERE proposal_id = $1 AND automatic`,
      [proposalId],
    );
    return found.count;
  }
}
