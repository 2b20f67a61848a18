import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodePositionCursor, toConnection } from '../../common/pagination/cursor.js';
import type { ForumThread, SearchHit } from '../models/forum.model.js';
import { THREAD_COLUMNS } from './forum-sql.js';

const POLISH_FOLD: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };

/** Same folding as the SQL function unaccent_pl: one character for one, so positions line up. */
export function foldPolish(text: string): string {
  return text.toLowerCase().replace(/[ąćęłńóśźż]/g, (ch) => POLISH_FOLD[ch] ?? ch);
}

export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      foldPolish(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t.length >= 2),
    ),
  ].slice(0, 8);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * An escaped excerpt around the first match with every term wrapped in
 * <mark>. Matching runs on folded text, highlighting on the original, so
 * "zolc" marks "żółć".
 */
export function highlight(text: string, terms: string[], radius = 80): string {
  const folded = foldPolish(text);
  const hits: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length))
      hits.push([at, at + term.length]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const first = hits[0]?.[0] ?? 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 2);
  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const [from, to] of hits) {
    if (from < cursor || to > end) continue;
    html += escapeHtml(text.slice(cursor, from)) + '<mark>' + escapeHtml(text.slice(from, to)) + '</mark>';
    cursor = to;
  }
  html += escapeHtml(text.slice(cursor, end)) + (end < text.length ? '…' : '');
  return html;
}

interface HitRow extends ForumThread {
  post_id: string | null;
  post_number: number | null;
  text: string;
  rank: number;
}

@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Full-text search over thread titles and post bodies, diacritic-insensitive
   * (both sides folded by unaccent_pl), each term matched as a prefix.
   */
  async search(args: {
    query: string;
    first: number;
    after?: string | null;
    categoryId?: string | null;
    municipalityId?: string | null;
  }): Promise<ConnectionShape<SearchHit>> {
    const terms = searchTerms(args.query);
    if (terms.length === 0) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const tsquery = terms.map((t) => `${t.replace(/'/g, '')}:*`).join(' & ');
    const offset = decodePositionCursor(args.after);
    const rows: HitRow[] = await this.db.query(
      `WITH q AS (SELECT to_tsquery('simple', $1) AS query),
       hits AS (
         SELECT t.id AS thread_id, NULL::uuid AS post_id, NULL::int AS post_number, t.title AS text,
                ts_rank(t.search, q.query) * 2 AS rank, t.last_activity_at AS at
         FROM forum_threads t, q WHERE t.search @@ q.query
         UNION ALL
         SELECT p.thread_id, p.id, p.number, p.body_source, ts_rank(p.search, q.query), p.created_at
         FROM forum_posts p, q WHERE p.search @@ q.query AND p.deleted_at IS NULL
       )
       SELECT ${THREAD_COLUMNS}, h.post_id, h.post_number, h.text, h.rank
       FROM hits h JOIN forum_threads t ON t.id = h.thread_id JOIN forum_categories c ON c.id = t.category_id
       WHERE ($2::uuid IS NULL OR t.category_id = $2) AND ($3::uuid IS NULL OR c.municipality_id = $3)
       ORDER BY h.rank DESC, h.at DESC, h.post_id NULLS FIRST
       OFFSET $4 LIMIT $5`,
      [tsquery, args.categoryId ?? null, args.municipalityId ?? null, offset, args.first + 1],
    );
    const hits = rows.map((row, index) => ({
      index: offset + index,
      hit: {
        thread: row,
        postId: row.post_id,
        postNumber: row.post_number,
        snippetHtml: highlight(row.text, terms),
        rank: row.rank,
      },
    }));
    const page = toConnection(hits, args.first, (h) => [h.index, h.hit.postId ?? h.hit.thread.id]);
    return { nodes: page.nodes.map((h) => h.hit), pageInfo: page.pageInfo };
  }
}
