import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { DraftParagraph } from '../models/draft-paragraph.model.js';
import type { ParagraphStats } from '../models/paragraph-stats.js';
import type { SplitParagraph } from '../paragraphs.js';

const PARAGRAPH_COLUMNS = `p.id, p.draft_id AS "draftId", p.number, p.source, p.html,
  p.thread_id AS "threadId", p.content_hash AS "contentHash"`;

/**
 * A paragraph's comments are the replies in its thread except the opening
 * post (the quoted paragraph) and the officials' answers; deleted comments
 * stay counted, like the forum's reply counts.
 */
const STATS_SQL = `SELECT p.id AS "paragraphId",
    greatest(coalesce(t.post_count - 1, 0) - coalesce(a.answers, 0), 0)::int AS "commentCount",
    coalesce(a.answered, 0)::int AS "answeredCount"
  FROM draft_paragraphs p
  LEFT JOIN forum_threads t ON t.id = p.thread_id
  LEFT JOIN (SELECT paragraph_id, count(*) AS answers, count(DISTINCT answered_post_id) AS answered
             FROM draft_official_answers WHERE paragraph_id = ANY($1::uuid[]) GROUP BY paragraph_id) a
    ON a.paragraph_id = p.id
  WHERE p.id = ANY($1::uuid[])`;

@Injectable()
export class ParagraphRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byId(id: string, tx: Queryable = this.db): Promise<DraftParagraph | null> {
    return one<DraftParagraph>(tx, `SELECT ${PARAGRAPH_COLUMNS} FROM draft_paragraphs p WHERE p.id = $1`, [id]);
  }

  byThreadId(threadId: string, tx: Queryable = this.db): Promise<DraftParagraph | null> {
    return one<DraftParagraph>(tx, `SELECT ${PARAGRAPH_COLUMNS} FROM draft_paragraphs p WHERE p.thread_id = $1`, [
      threadId,
    ]);
  }

  /** In number order, per draft (DataLoader batch). */
  async ofDrafts(draftIds: readonly string[]): Promise<DraftParagraph[][]> {
    const found = await rows<DraftParagraph>(
      this.db,
      `SELECT ${PARAGRAPH_COLUMNS} FROM draft_paragraphs p WHERE p.draft_id = ANY($1::uuid[]) ORDER BY p.draft_id, p.number`,
      [draftIds],
    );
    return groupByKeys(draftIds, found, (paragraph) => paragraph.draftId);
  }

  async insertAll(draftId: string, paragraphs: readonly SplitParagraph[], tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO draft_paragraphs (draft_id, number, source, html, content_hash)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[])`,
      [
        draftId,
        paragraphs.map((p) => p.number),
        paragraphs.map((p) => p.source),
        paragraphs.map((p) => p.html),
        paragraphs.map((p) => p.contentHash),
      ],
    );
  }

  /** Records the paragraph's thread unless another one got there first; false when it did. */
  async claimThread(paragraphId: string, threadId: string, tx: Queryable): Promise<boolean> {
    const claimed = await returningOne<{ id: string }>(
      tx,
      'UPDATE draft_paragraphs SET thread_id = $2 WHERE id = $1 AND thread_id IS NULL RETURNING id',
      [paragraphId, threadId],
    );
    return claimed !== null;
  }

  /**
   * Where a paragraph's thread goes: the forum category of the consultation's
   * discussion, else the municipality's first category; null when it has none.
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

  /** One entry per id, zeros for an unknown one (DataLoader batch). */
  async stats(paragraphIds: readonly string[], tx: Queryable = this.db): Promise<ParagraphStats[]> {
    const found = await rows<ParagraphStats>(tx, STATS_SQL, [paragraphIds]);
    return mapByKeys<string, ParagraphStats, ParagraphStats | null>(
      paragraphIds,
      found,
      (row) => row.paragraphId,
      null,
    ).map((row, index) => row ?? { paragraphId: paragraphIds[index], commentCount: 0, answeredCount: 0 });
  }
}
