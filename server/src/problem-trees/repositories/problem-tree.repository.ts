import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { ProblemTreeRow } from '../problem-tree-row.js';

const TREE_COLUMNS = `t.id, t.consultation_id AS "consultationId", t.municipality_id AS "municipalityId", t.title,
  t.join_code AS "joinCode", t.seq::int AS "lastSeq", t.created_at AS "createdAt", t.created_by AS "createdById",
  c.status AS "consultationStatus"`;
const FROM_TREES = `problem_trees t LEFT JOIN consultations c ON c.id = t.consultation_id`;

/** The unique constraint behind "this join code is taken" (a new code is drawn). */
export const JOIN_CODE_CONSTRAINT = 'problem_trees_join_code_uq';
/** The unique index behind "this consultation already has a tree". */
export const CONSULTATION_TREE_CONSTRAINT = 'problem_trees_consultation_uq';

@Injectable()
export class ProblemTreeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byId(id: string, tx: Queryable = this.db): Promise<ProblemTreeRow | null> {
    return one<ProblemTreeRow>(tx, `SELECT ${TREE_COLUMNS} FROM ${FROM_TREES} WHERE t.id = $1`, [id]);
  }

  async byIds(ids: readonly string[]): Promise<(ProblemTreeRow | null)[]> {
    const found = await rows<ProblemTreeRow>(
      this.db,
      `SELECT ${TREE_COLUMNS} FROM ${FROM_TREES} WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (row) => row.id, null);
  }

  byConsultation(consultationId: string): Promise<ProblemTreeRow | null> {
    return one<ProblemTreeRow>(this.db, `SELECT ${TREE_COLUMNS} FROM ${FROM_TREES} WHERE t.consultation_id = $1`, [
      consultationId,
    ]);
  }

  byJoinCode(code: string): Promise<ProblemTreeRow | null> {
    return one<ProblemTreeRow>(this.db, `SELECT ${TREE_COLUMNS} FROM ${FROM_TREES} WHERE t.join_code = $1`, [code]);
  }

  /**
   * Locks the tree row until the transaction ends: every change of a tree
   * starts here, so concurrent operations on one tree run one after another.
   */
  lock(id: string, tx: Queryable): Promise<ProblemTreeRow | null> {
    return one<ProblemTreeRow>(tx, `SELECT ${TREE_COLUMNS} FROM ${FROM_TREES} WHERE t.id = $1 FOR UPDATE OF t`, [id]);
  }

  async insert(
    values: {
      municipalityId: string;
      consultationId: string | null;
      title: string;
      joinCode: string;
      createdBy: string;
    },
    tx: Queryable,
  ): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO problem_trees (municipality_id, consultation_id, title, join_code, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [values.municipalityId, values.consultationId, values.title, values.joinCode, values.createdBy],
    );
    return inserted!.id;
  }

  /** Whether a user is an administrator (sockets carry only the user id). */
  async isAdmin(userId: string): Promise<boolean> {
    const found = await one<{ isAdmin: boolean }>(this.db, 'SELECT is_admin AS "isAdmin" FROM users WHERE id = $1', [
      userId,
    ]);
    return found?.isAdmin ?? false;
  }

  /**
   * Where a node's discussion goes: the forum category of the consultation's
   * discussion, else the municipality's first category; null when it has none.
   */
  async threadCategory(consultationId: string | null, municipalityId: string): Promise<string | null> {
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
}
