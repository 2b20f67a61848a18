import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { mapByKeys, one, rows, type Queryable } from '../../common/database/sql.js';
import type { ForumThread } from '../../forum/models/forum.model.js';
import { THREAD_COLUMNS } from '../../forum/repositories/thread.repository.js';

/** Where a consultation's discussion goes when its municipality has no forum category yet. */
const DISCUSSION_CATEGORY = {
  slug: 'konsultacje',
  name: 'Konsultacje',
  description: 'Dyskusje o konsultacjach społecznych.',
} as const;

/**
 * A consultation's discussion is a forum thread about it (subject
 * CONSULTATION, found through the forum's subject index), so numbering,
 * markdown, mentions, stances and live events are the forum's own.
 */
@Injectable()
export class ConsultationDiscussionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The oldest thread about each consultation. */
  async threadsBySubject(consultationIds: readonly string[], tx: Queryable = this.db): Promise<(ForumThread | null)[]> {
    const found = await rows<ForumThread>(
      tx,
      `SELECT DISTINCT ON (t.subject_id) ${THREAD_COLUMNS} FROM forum_threads t
       WHERE t.subject_type = 'CONSULTATION' AND t.subject_id = ANY($1)
       ORDER BY t.subject_id, t.created_at, t.id`,
      [consultationIds],
    );
    return mapByKeys(consultationIds, found, (thread) => thread.subjectId!, null);
  }

  /** The municipality's first forum category, creating the consultations category when it has none. */
  async categoryFor(municipalityId: string): Promise<string> {
    const existing = await one<{ id: string }>(
      this.db,
      `SELECT id FROM forum_categories WHERE municipality_id = $1 ORDER BY position, created_at, id LIMIT 1`,
      [municipalityId],
    );
    if (existing) return existing.id;
    await this.db.query(
      `INSERT INTO forum_categories (slug, name, description, municipality_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [DISCUSSION_CATEGORY.slug, DISCUSSION_CATEGORY.name, DISCUSSION_CATEGORY.description, municipalityId],
    );
    const created = await one<{ id: string }>(
      this.db,
      `SELECT id FROM forum_categories WHERE municipality_id = $1 AND slug = $2`,
      [municipalityId, DISCUSSION_CATEGORY.slug],
    );
    return created!.id;
  }
}
