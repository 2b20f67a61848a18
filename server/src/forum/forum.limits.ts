/**
 * Forum bounds the server alone enforces; the ones the client checks too
 * (titles, bodies, the search query, a mention prefix) are in @ratusz/shared.
 */

export const SEARCH_LIMITS = {
  /** Shorter words match too much to be worth a term. */
  termMin: 2,
  /** Further words of a long query are ignored. */
  maxTerms: 8,
  /** Characters of context either side of the first match in a snippet. */
  snippetRadius: 80,
} as const;

export const MENTION_SUGGESTION_LIMITS = {
  defaultFirst: 8,
  maxFirst: 10,
} as const;

/** Earlier versions of a post listed at most. */
export const MAX_REVISIONS = 200;

/** At most this many missed events are replayed in one call; a client further behind reloads the page. */
export const MAX_REPLAY = 500;
