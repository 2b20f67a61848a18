import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProposalSort, type ProposalStatus, type ServiceAreaCode } from '@ratusz/shared';
import {
  keysetAfter,
  mapByKeys,
  one,
  returning,
  returningOne,
  rows,
  type Queryable,
} from '../../common/database/sql.js';
import type { ForumThread } from '../../forum/models/forum.model.js';
import { THREAD_COLUMNS } from '../../forum/repositories/thread.repository.js';
import type { Proposal } from '../models/proposal.model.js';
import type { ListedProposal, ProposalCursorKey } from '../proposal-cursor.js';

const PROPOSAL_COLUMNS = `p.id, p.consultation_id AS "consultationId", p.number, p.title,
  p.body_source AS "bodyMarkdown", CASE WHEN p.hidden_at IS NULL THEN p.body_html ELSE '' END AS "bodyHtml",
  p.hidden_reason AS "hiddenReason", p.service_area_code AS "serviceAreaCode",
  sa.name_pl AS "serviceAreaNamePl", sa.name_en AS "serviceAreaNameEn",
  p.cost_estimate_grosze::text AS "costEstimateGrosze", p.author_id AS "authorId",
  p.organization_id AS "organizationId", p.status, p.official_answer_source AS "officialAnswerSource",
  p.official_answer_html AS "officialAnswerHtml", p.official_answer_at AS "officialAnswerAt",
  p.support_count AS "supportCount", p.thread_id AS "threadId", p.created_at AS "createdAt",
  p.created_at::text AS "cursorAt", p.edited_at AS "editedAt", c.municipality_id AS "municipalityId",
  c.status AS "consultationStatus"`;

const FROM_PROPOSALS = `proposals p JOIN consultations c ON c.id = p.consultation_id
  JOIN service_areas sa ON sa.code = p.service_area_code`;

/** The foreign key a proposal's service area goes through (an unknown code is bad input). */
export const PROPOSAL_SERVICE_AREA_FK = 'proposals_service_area_code_fkey';

export interface NewProposal {
  consultationId: string;
  number: number;
  title: string;
  bodySource: string;
  bodyHtml: string;
  serviceAreaCode: ServiceAreaCode;
  costEstimateGrosze: number | null;
  authorId: string;
  /** Submitted on behalf of this organisation (the author a member of it). */
  organizationId?: string | null;
}

export type ProposalContent = Pick<
  NewProposal,
  'title' | 'bodySource' | 'bodyHtml' | 'serviceAreaCode' | 'costEstimateGrosze'
>;

/** Which proposals a list shows. */
export interface ProposalFilter {
  consultationId: string;
  /** null: every status but WITHDRAWN. */
  status: ProposalStatus | null;
  serviceArea: ServiceAreaCode | null;
  /** A `simple` tsquery over the folded search column, or null. */
  tsquery: string | null;
}

/** The consultation's row, locked: every proposal write of one consultation queues here, in this order. */
export interface LockedConsultation {
  id: string;
  threshold: number | null;
}

@Injectable()
export class ProposalRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byId(id: string, tx: Queryable = this.db): Promise<Proposal | null> {
    return one<Proposal>(tx, `SELECT ${PROPOSAL_COLUMNS} FROM ${FROM_PROPOSALS} WHERE p.id = $1`, [id]);
  }

  async byIds(ids: readonly string[]): Promise<(Proposal | null)[]> {
    const found = await rows<Proposal>(
      this.db,
      `SELECT ${PROPOSAL_COLUMNS} FROM ${FROM_PROPOSALS} WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (p) => p.id, null);
  }

  /** Locks the proposal row for the rest of the transaction (after its consultation's, see lockConsultation). */
  lockById(id: string, tx: Queryable): Promise<Proposal | null> {
    return one<Proposal>(tx, `SELECT ${PROPOSAL_COLUMNS} FROM ${FROM_PROPOSALS} WHERE p.id = $1 FOR UPDATE OF p`, [id]);
  }

  /**
   * Locks the consultation row first, as the consultation's event log does
   * anyway: numbering, supports against the threshold and status changes of
   * one consultation are serialised, and locks are always taken in the same
   * order (consultation, then proposal), so writers cannot deadlock.
   * NO KEY UPDATE is what the event log's own update takes, so the two agree.
   */
  lockConsultation(consultationId: string, tx: Queryable): Promise<LockedConsultation | null> {
    return one<LockedConsultation>(
      tx,
      `SELECT id, proposal_support_threshold AS threshold FROM consultations WHERE id = $1 FOR NO KEY UPDATE`,
      [consultationId],
    );
  }

  /** Under the consultation's lock. */
  async nextNumber(consultationId: string, tx: Queryable): Promise<number> {
    const found = await one<{ next: number }>(
      tx,
      `SELECT coalesce(max(number), 0)::int + 1 AS next FROM proposals WHERE consultation_id = $1`,
      [consultationId],
    );
    return found!.next;
  }

  async insert(values: NewProposal, tx: Queryable): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO proposals (consultation_id, number, title, body_source, body_html, service_area_code,
         cost_estimate_grosze, author_id, organization_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        values.consultationId,
        values.number,
        values.title,
        values.bodySource,
        values.bodyHtml,
        values.serviceAreaCode,
        values.costEstimateGrosze,
        values.authorId,
        values.organizationId ?? null,
      ],
    );
    return inserted!.id;
  }

  async updateContent(id: string, content: ProposalContent, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE proposals SET title = $2, body_source = $3, body_html = $4, service_area_code = $5,
         cost_estimate_grosze = $6, edited_at = now()
       WHERE id = $1`,
      [id, content.title, content.bodySource, content.bodyHtml, content.serviceAreaCode, content.costEstimateGrosze],
    );
  }

  async setStatus(id: string, status: ProposalStatus, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE proposals SET status = $2 WHERE id = $1`, [id, status]);
  }

  async setAnswer(id: string, answer: { source: string; html: string; by: string }, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE proposals SET official_answer_source = $2, official_answer_html = $3, official_answer_at = now(),
         official_answer_by = $4
       WHERE id = $1`,
      [id, answer.source, answer.html, answer.by],
    );
  }

  /** Adds `delta` to the count kept next to the supports; returns the new count. */
  async addSupports(id: string, delta: number, tx: Queryable): Promise<number> {
    const updated = await returningOne<{ supportCount: number }>(
      tx,
      `UPDATE proposals SET support_count = support_count + $2 WHERE id = $1 RETURNING support_count AS "supportCount"`,
      [id, delta],
    );
    return updated!.supportCount;
  }

  /** A page in the given order; `limit` is the caller's `first + 1`. */
  page(
    filter: ProposalFilter,
    sort: ProposalSort,
    seed: string,
    limit: number,
    after: ProposalCursorKey | null,
  ): Promise<ListedProposal[]> {
    const params: unknown[] = [];
    const where = this.where(filter, params);
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    let randomKey = 'NULL::text';
    let order: string;
    if (sort === ProposalSort.RANDOM) {
      // A hash of the id and the seed: the same seed gives the same order, and no proposal's age or number matters.
      randomKey = `md5(p.id::text || ${param(seed)}) COLLATE "C"`;
      order = `${randomKey}, p.id`;
      if (after?.sort === 'RANDOM') {
        where.push(
          keysetAfter([{ sql: randomKey }, { sql: 'p.id', cast: 'uuid' }], [after.hash, after.id], params, 'ASC'),
        );
      }
    } else if (sort === ProposalSort.SUPPORTS) {
      order = 'p.support_count DESC, p.created_at DESC, p.id DESC';
      if (after?.sort === 'SUPPORTS') {
        where.push(
          keysetAfter(
            [
              { sql: 'p.support_count', cast: 'int' },
              { sql: 'p.created_at', cast: 'timestamptz' },
              { sql: 'p.id', cast: 'uuid' },
            ],
            [after.supportCount, after.createdAt, after.id],
            params,
            'DESC',
          ),
        );
      }
    } else {
      order = 'p.created_at DESC, p.id DESC';
      if (after?.sort === 'NEWEST') {
        where.push(
          keysetAfter(
            [
              { sql: 'p.created_at', cast: 'timestamptz' },
              { sql: 'p.id', cast: 'uuid' },
            ],
            [after.createdAt, after.id],
            params,
            'DESC',
          ),
        );
      }
    }
    return rows<ListedProposal>(
      this.db,
      `SELECT ${PROPOSAL_COLUMNS}, ${randomKey} AS "randomKey" FROM ${FROM_PROPOSALS}
       WHERE ${where.join(' AND ')}
       ORDER BY ${order} LIMIT ${param(limit)}`,
      params,
    );
  }

  async count(filter: ProposalFilter): Promise<number> {
    const params: unknown[] = [];
    const where = this.where(filter, params);
    const found = await one<{ count: number }>(
      this.db,
      `SELECT count(*)::int AS count FROM proposals p WHERE ${where.join(' AND ')}`,
      params,
    );
    return found!.count;
  }

  private where(filter: ProposalFilter, params: unknown[]): string[] {
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [`p.consultation_id = ${param(filter.consultationId)}`];
    where.push(filter.status ? `p.status = ${param(filter.status)}` : `p.status <> 'WITHDRAWN'`);
    if (filter.serviceArea) where.push(`p.service_area_code = ${param(filter.serviceArea)}`);
    if (filter.tsquery) where.push(`p.search @@ to_tsquery('simple', ${param(filter.tsquery)})`);
    return where;
  }

  /** The support threshold of each consultation (DataLoader batch). */
  async thresholds(consultationIds: readonly string[]): Promise<(number | null)[]> {
    const found = await rows<{ id: string; threshold: number | null }>(
      this.db,
      `SELECT id, proposal_support_threshold AS threshold FROM consultations WHERE id = ANY($1::uuid[])`,
      [consultationIds],
    );
    return mapByKeys(
      consultationIds,
      found,
      (row) => row.id,
      null,
      (row) => row.threshold,
    );
  }

  async setThreshold(consultationId: string, threshold: number | null, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE consultations SET proposal_support_threshold = $2, updated_at = now() WHERE id = $1`, [
      consultationId,
      threshold,
    ]);
  }

  /** SUBMITTED proposals already at the threshold, locked (after the consultation), oldest first. */
  async lockSubmittedAtThreshold(consultationId: string, threshold: number, tx: Queryable): Promise<Proposal[]> {
    return rows<Proposal>(
      tx,
      `SELECT ${PROPOSAL_COLUMNS} FROM ${FROM_PROPOSALS}
       WHERE p.consultation_id = $1 AND p.status = 'SUBMITTED' AND p.support_count >= $2
       ORDER BY p.number FOR UPDATE OF p`,
      [consultationId, threshold],
    );
  }

  /** Records the discussion thread unless another request opened one first; returns whether this one won. */
  async claimThread(id: string, threadId: string, tx: Queryable): Promise<boolean> {
    const claimed = await returning<{ id: string }>(
      tx,
      'UPDATE proposals SET thread_id = $2 WHERE id = $1 AND thread_id IS NULL RETURNING id',
      [id, threadId],
    );
    return claimed.length > 0;
  }

  /**
   * Where a proposal's discussion goes: the forum category of the
   * consultation's own discussion, else the municipality's first category.
   */
  async threadCategory(consultationId: string, municipalityId: string): Promise<string | null> {
    const found = await one<{ categoryId: string | null }>(
      this.db,
      `SELECT coalesce(
         (SELECT t.category_id FROM forum_threads t WHERE t.subject_type = 'CONSULTATION' AND t.subject_id = $1
          ORDER BY t.created_at, t.id LIMIT 1),
         (SELECT c.id FROM forum_categories c WHERE c.municipality_id = $2 ORDER BY c.position, c.created_at, c.id LIMIT 1)
       ) AS "categoryId"`,
      [consultationId, municipalityId],
    );
    return found?.categoryId ?? null;
  }

  async threadsByIds(threadIds: readonly string[]): Promise<(ForumThread | null)[]> {
    const found = await rows<ForumThread>(
      this.db,
      `SELECT ${THREAD_COLUMNS} FROM forum_threads t WHERE t.id = ANY($1::uuid[])`,
      [threadIds],
    );
    return mapByKeys(threadIds, found, (thread) => thread.id, null);
  }

  /** For the seed: the consultation's proposal of this title, if it was already submitted. */
  byTitle(consultationId: string, title: string): Promise<Proposal | null> {
    return one<Proposal>(
      this.db,
      `SELECT ${PROPOSAL_COLUMNS} FROM ${FROM_PROPOSALS} WHERE p.consultation_id = $1 AND p.title = $2`,
      [consultationId, title],
    );
  }
}
