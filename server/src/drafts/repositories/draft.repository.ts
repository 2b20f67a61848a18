import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { Draft } from '../models/draft.model.js';

const DRAFT_COLUMNS = `d.id, d.consultation_id AS "consultationId", d.version, d.title, d.source,
  (SELECT count(*)::int FROM draft_paragraphs dp WHERE dp.draft_id = d.id) AS "paragraphCount",
  d.created_at AS "createdAt", d.created_by AS "createdById"`;

/** Versions of a consultation are few; a list of them is bounded by this. */
export const MAX_DRAFT_VERSIONS = 100;

@Injectable()
export class DraftRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byId(id: string, tx: Queryable = this.db): Promise<Draft | null> {
    return one<Draft>(tx, `SELECT ${DRAFT_COLUMNS} FROM drafts d WHERE d.id = $1`, [id]);
  }

  async byIds(ids: readonly string[]): Promise<(Draft | null)[]> {
    const found = await rows<Draft>(this.db, `SELECT ${DRAFT_COLUMNS} FROM drafts d WHERE d.id = ANY($1::uuid[])`, [
      ids,
    ]);
    return mapByKeys(ids, found, (draft) => draft.id, null);
  }

  /** Newest version first. */
  ofConsultation(consultationId: string): Promise<Draft[]> {
    return rows<Draft>(
      this.db,
      `SELECT ${DRAFT_COLUMNS} FROM drafts d WHERE d.consultation_id = $1 ORDER BY d.version DESC LIMIT $2`,
      [consultationId, MAX_DRAFT_VERSIONS],
    );
  }

  async latestVersion(consultationId: string, tx: Queryable = this.db): Promise<number> {
    const found = await one<{ version: number }>(
      tx,
      'SELECT coalesce(max(version), 0)::int AS version FROM drafts WHERE consultation_id = $1',
      [consultationId],
    );
    return found?.version ?? 0;
  }

  async insert(
    values: { consultationId: string; version: number; title: string; source: string; createdBy: string },
    tx: Queryable,
  ): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO drafts (consultation_id, version, title, source, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [values.consultationId, values.version, values.title, values.source, values.createdBy],
    );
    return inserted!.id;
  }
}
