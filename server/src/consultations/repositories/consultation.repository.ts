import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ConsultationPhaseKind, ServiceAreaCode } from '@ratusz/shared';
import { keysetAfter, mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { ConsultationContentCounts } from '../models/consultation-content-counts.model.js';
import type { Consultation } from '../models/consultation.model.js';

const CONSULTATION_COLUMNS = `c.id, c.municipality_id AS "municipalityId", c.slug, c.title,
  c.summary_source AS "summarySource", c.summary_html AS "summaryHtml",
  c.goal_source AS "goalSource", c.goal_html AS "goalHtml",
  c.organiser_id AS "organiserId", c.status, c.advanced_to AS "advancedTo",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.published_at AS "publishedAt",
  c.created_at::text AS "cursorAt", c.seq::int AS seq`;

/**
 * The stage of consultation `c` on day `today` (a `date` parameter), as SQL
 * for filtering a list by phase. It states the same rule as `consultationStage`
 * in `@ratusz/shared` (an integration test holds the two together): DRAFT
 * before publication, the phase moved on to early until it ends, else the
 * phase whose days include today, else CLOSED after the last day.
 */
function stageSql(today: string): string {
  return `CASE WHEN c.status = 'DRAFT' THEN 'DRAFT' ELSE COALESCE(
    (SELECT p.kind FROM consultation_phases p
      WHERE p.consultation_id = c.id AND p.kind = c.advanced_to AND p.ends_on >= ${today}),
    (SELECT p.kind FROM consultation_phases p
      WHERE p.consultation_id = c.id AND ${today} BETWEEN p.starts_on AND p.ends_on),
    (SELECT 'CLOSED' FROM consultation_phases p WHERE p.consultation_id = c.id HAVING max(p.ends_on) < ${today})
  ) END`;
}

export interface NewConsultation {
  municipalityId: string;
  slug: string;
  title: string;
  summarySource: string;
  summaryHtml: string;
  goalSource: string;
  goalHtml: string;
  organiserId: string;
}

/** Only the given fields change. */
export type ConsultationChanges = Partial<
  Pick<Consultation, 'slug' | 'title' | 'summarySource' | 'summaryHtml' | 'goalSource' | 'goalHtml'>
>;

const CHANGE_COLUMNS: Record<keyof ConsultationChanges, string> = {
  slug: 'slug',
  title: 'title',
  summarySource: 'summary_source',
  summaryHtml: 'summary_html',
  goalSource: 'goal_source',
  goalHtml: 'goal_html',
};

export interface ConsultationFilter {
  municipalityId?: string | null;
  /** With municipalityId: also its gminas (a powiat) or districts (a city), at any depth. */
  includeChildren: boolean;
  serviceArea?: ServiceAreaCode | null;
  phase?: ConsultationPhaseKind | null;
  /** The calendar day the phase filter is judged on (Europe/Warsaw). */
  today: string;
  /** Which drafts the viewer may see (see visibleDraftScope). */
  drafts: { all: true } | { municipalityIds: string[] };
}

/** The unique index behind "this address is taken in this municipality". */
export const CONSULTATION_SLUG_CONSTRAINT = 'consultations_municipality_slug_uq';

@Injectable()
export class ConsultationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** What each consultation holds, for the tabs a page shows (one statement for a page of consultations). */
  async contentCounts(ids: readonly string[]): Promise<ConsultationContentCounts[]> {
    const found = await rows<ConsultationContentCounts>(
      this.db,
      `SELECT c.id AS "consultationId",
         (SELECT count(*)::int FROM documents d WHERE d.consultation_id = c.id AND d.kind = 'CONSULTATION') AS documents,
         (SELECT count(*)::int FROM drafts r WHERE r.consultation_id = c.id) AS drafts,
         (SELECT count(*)::int FROM meetings m WHERE m.consultation_id = c.id) AS meetings,
         (SELECT count(*)::int FROM proposals p WHERE p.consultation_id = c.id AND p.status <> 'WITHDRAWN') AS proposals,
         (SELECT count(*)::int FROM ballots b WHERE b.consultation_id = c.id) AS ballots,
         (SELECT count(*)::int FROM problem_tree_nodes n JOIN problem_trees pt ON pt.id = n.tree_id
          WHERE pt.consultation_id = c.id) AS "problemTreeNodes"
       FROM consultations c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (row) => row.consultationId, {
      consultationId: '',
      documents: 0,
      drafts: 0,
      meetings: 0,
      proposals: 0,
      ballots: 0,
      problemTreeNodes: 0,
    });
  }

  async byIds(ids: readonly string[]): Promise<(Consultation | null)[]> {
    const found = await rows<Consultation>(
      this.db,
      `SELECT ${CONSULTATION_COLUMNS} FROM consultations c WHERE c.id = ANY($1)`,
      [ids],
    );
    return mapByKeys(ids, found, (row) => row.id, null);
  }

  byId(id: string, tx: Queryable = this.db): Promise<Consultation | null> {
    return one<Consultation>(tx, `SELECT ${CONSULTATION_COLUMNS} FROM consultations c WHERE c.id = $1`, [id]);
  }

  /** Locks the row for the rest of the transaction: writers of one consultation queue up. */
  lock(id: string, tx: Queryable): Promise<Consultation | null> {
    return one<Consultation>(tx, `SELECT ${CONSULTATION_COLUMNS} FROM consultations c WHERE c.id = $1 FOR UPDATE`, [
      id,
    ]);
  }

  bySlug(municipalityId: string, slug: string): Promise<Consultation | null> {
    return one<Consultation>(
      this.db,
      `SELECT ${CONSULTATION_COLUMNS} FROM consultations c WHERE c.municipality_id = $1 AND c.slug = $2`,
      [municipalityId, slug],
    );
  }

  /** Throws the unique violation of CONSULTATION_SLUG_CONSTRAINT when the slug is taken. */
  async insert(values: NewConsultation, tx: Queryable, id?: string): Promise<Consultation> {
    const created = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO consultations (id, municipality_id, slug, title, summary_source, summary_html,
                                  goal_source, goal_html, organiser_id)
       VALUES (COALESCE($1, gen_random_uuid()), $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        id ?? null,
        values.municipalityId,
        values.slug,
        values.title,
        values.summarySource,
        values.summaryHtml,
        values.goalSource,
        values.goalHtml,
        values.organiserId,
      ],
    );
    return (await this.byId(created!.id, tx))!;
  }

  /** Throws the unique violation of CONSULTATION_SLUG_CONSTRAINT when a new slug is taken. */
  async update(id: string, changes: ConsultationChanges, tx: Queryable): Promise<void> {
    const params: unknown[] = [id];
    const sets = ['updated_at = now()'];
    for (const [key, column] of Object.entries(CHANGE_COLUMNS) as [keyof ConsultationChanges, string][]) {
      if (changes[key] === undefined) continue;
      params.push(changes[key]);
      sets.push(`${column} = $${params.length}`);
    }
    await tx.query(`UPDATE consultations SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  async touch(id: string, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE consultations SET updated_at = now() WHERE id = $1`, [id]);
  }

  /** Published from now on; `announcedPhase` is the stage at publication, already known to nobody but announced. */
  async markPublished(id: string, announcedPhase: ConsultationPhaseKind | null, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE consultations SET status = 'PUBLISHED', published_at = now(), updated_at = now(), announced_phase = $2
       WHERE id = $1`,
      [id, announcedPhase],
    );
  }

  async setAdvancedTo(id: string, phase: ConsultationPhaseKind, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE consultations SET advanced_to = $2, advanced_at = now(), updated_at = now() WHERE id = $1`, [
      id,
      phase,
    ]);
  }

  async setAnnouncedPhase(id: string, phase: ConsultationPhaseKind | null, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE consultations SET announced_phase = $2 WHERE id = $1`, [id, phase]);
  }

  /**
   * Published consultations whose last announced stage is not CLOSED, with
   * that stage: the candidates for a date-driven phase change.
   */
  announcementCandidates(): Promise<(Consultation & { announcedPhase: ConsultationPhaseKind | null })[]> {
    return rows(
      this.db,
      `SELECT ${CONSULTATION_COLUMNS}, c.announced_phase AS "announcedPhase" FROM consultations c
       WHERE c.status = 'PUBLISHED' AND c.announced_phase IS DISTINCT FROM 'CLOSED'`,
    );
  }

  announcedPhase(id: string, tx: Queryable): Promise<{ announcedPhase: ConsultationPhaseKind | null } | null> {
    return one(tx, `SELECT announced_phase AS "announcedPhase" FROM consultations WHERE id = $1`, [id]);
  }

  /** Newest first; `first + 1` rows so the caller can tell whether there is a next page. */
  list(filter: ConsultationFilter, first: number, after: CursorKey | null): Promise<Consultation[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.municipalityId) {
      const municipality = param(filter.municipalityId);
      where.push(
        filter.includeChildren
          ? `c.municipality_id IN (
               WITH RECURSIVE scope(id) AS (
                 SELECT ${municipality}::uuid
                 UNION SELECT m.id FROM municipalities m JOIN scope s ON m.parent_id = s.id)
               SELECT id FROM scope)`
          : `c.municipality_id = ${municipality}`,
      );
    }
    if (filter.serviceArea) {
      where.push(`EXISTS (SELECT 1 FROM consultation_service_areas csa
                          WHERE csa.consultation_id = c.id AND csa.service_area_code = ${param(filter.serviceArea)})`);
    }
    if (filter.phase) {
      const today = `${param(filter.today)}::date`;
      where.push(`(${stageSql(today)}) = ${param(filter.phase)}`);
    }
    if (!('all' in filter.drafts)) {
      where.push(
        `(c.status = 'PUBLISHED' OR c.municipality_id = ANY(${param(filter.drafts.municipalityIds)}::uuid[]))`,
      );
    }
    if (after) {
      where.push(
        keysetAfter(
          [
            { sql: 'c.created_at', cast: 'timestamptz' },
            { sql: 'c.id', cast: 'uuid' },
          ],
          after,
          params,
          'DESC',
        ),
      );
    }
    return rows<Consultation>(
      this.db,
      `SELECT ${CONSULTATION_COLUMNS} FROM consultations c
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.created_at DESC, c.id DESC LIMIT ${param(first + 1)}`,
      params,
    );
  }

  /** For the integration test holding stageSql and the shared rule together. */
  stageOn(id: string, today: string): Promise<{ stage: ConsultationPhaseKind | null } | null> {
    return one(this.db, `SELECT (${stageSql('$2::date')}) AS stage FROM consultations c WHERE c.id = $1`, [id, today]);
  }
}
