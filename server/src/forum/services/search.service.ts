import { Injectable } from '@nestjs/common';
import { foldPolish } from '@ratusz/shared';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodePositionCursor, toConnection } from '../../common/pagination/cursor.js';
import { SEARCH_LIMITS } from '../forum.limits.js';
import type { SearchHit } from '../models/forum.model.js';
import { SearchRepository } from '../repositories/search.repository.js';

/**
 * The `simple` tsquery of a search text: Polish letters folded as SQL
 * unaccent_pl folds the searched columns, each term a prefix; null when no
 * term is left. Shared with the good-practice library, so both search alike.
 */
export function prefixTsQuery(query: string): string | null {
  const terms = searchTerms(query);
  return terms.length ? terms.map((t) => `${t.replace(/'/g, '')}:*`).join(' & ') : null;
}

function searchTerms(query: string): string[] {
  return [
    ...new Set(
      foldPolish(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t.length >= SEARCH_LIMITS.termMin),
    ),
  ].slice(0, SEARCH_LIMITS.maxTerms);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * An escaped excerpt around the first match with every term wrapped in
 * <mark>. Matching runs on folded text, highlighting on the original, so
 * "zolc" marks "żółć".
 */
function highlight(text: string, terms: string[], radius: number = SEARCH_LIMITS.snippetRadius): string {
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

export interface SearchQuery {
  query: string;
  first: number;
  after?: string | null;
  categoryId?: string | null;
  municipalityId?: string | null;
}

@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  /**
   * Full-text search over thread titles and post bodies, diacritic-insensitive
   * (both sides folded by unaccent_pl), each term matched as a prefix.
   */
  async search(args: SearchQuery): Promise<ConnectionShape<SearchHit>> {
    const terms = searchTerms(args.query);
    if (terms.length === 0) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const tsquery = terms.map((t) => `${t.replace(/'/g, '')}:*`).join(' & ');
    const offset = decodePositionCursor(args.after);
    const found = await this.repository.hits(
      tsquery,
      { categoryId: args.categoryId ?? null, municipalityId: args.municipalityId ?? null },
      offset,
      args.first + 1,
    );
    const hits = found.map((row, index) => ({
      index: offset + index,
      hit: {
        thread: row,
        postId: row.postId,
        postNumber: row.postNumber,
        snippetHtml: highlight(row.text, terms),
        rank: row.rank,
      },
    }));
    const page = toConnection(hits, args.first, (h) => [h.index, h.hit.postId ?? h.hit.thread.id]);
    return { nodes: page.nodes.map((h) => h.hit), pageInfo: page.pageInfo };
  }
}
