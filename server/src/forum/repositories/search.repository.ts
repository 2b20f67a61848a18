import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows } from '../../common/database/sql.js';
import type { ForumThread } from '../models/forum.model.js';
import { THREAD_COLUMNS } from './thread.repository.js';

/** A matching title (postId null) or post, with its thread. */
export interface SearchHitRow extends ForumThread {
  postId: string | null;
  postNumber: number | null;
  /** The matched title or markdown source, for the snippet. */
  text: string;
  rank: number;
}

export interface SearchFilter {
  categoryId: string | null;
  municipalityId: string | null;
}

@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Titles and live posts matching a `simple` tsquery over the folded
   * (unaccent_pl) search columns, best rank first; titles weigh double.
   * What a moderator hid, or holds for approval, is found by no one: the
   * snippet would carry its text.
   */
  hits(tsquery: string, filter: SearchFilter, offset: number, limit: number): Promise<SearchHitRow[]> {
    return rows<SearchHitRow>(
      this.db,
      `WITH q AS (SELECT to_tsquery('simple', $1) AS query),
       hits AS (
         SELECT t.id AS thread_id, NULL::uuid AS post_id, NULL::int AS post_number, t.title AS text,
                ts_rank(t.search, q.query) * 2 AS rank, t.last_activity_at AS at
         FROM forum_threads t, q WHERE t.search @@ q.query
         UNION ALL
         SELECT p.thread_id, p.id, p.number, p.body_source, ts_rank(p.search, q.query), p.created_at
         FROM forum_posts p, q WHERE p.search @@ q.query AND p.deleted_at IS NULL
           AND p.hidden_at IS NULL AND p.held_at IS NULL
       )
       SELECT ${THREAD_COLUMNS}, h.post_id AS "postId", h.post_number AS "postNumber", h.text, h.rank
       FROM hits h JOIN forum_threads t ON t.id = h.thread_id JOIN forum_categories c ON c.id = t.category_id
       WHERE t.hidden_at IS NULL AND t.held_at IS NULL AND ($2::uuid IS NULL OR t.category_id = $2) AND ($3::uuid IS NULL OR c.municipality_id = $3)
       ORDER BY h.rank DESC, h.at DESC, h.post_id NULLS FIRST
       OFFSET $4 LIMIT $5`,
      [tsquery, filter.categoryId, filter.municipalityId, offset, limit],
    );
  }
}
