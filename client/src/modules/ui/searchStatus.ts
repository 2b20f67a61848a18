import type { TFunction } from 'i18next';

interface SearchState {
  loading: boolean;
  failed: boolean;
  count: number;
  /** The server has more than it sent: the reader should narrow the search. */
  hasMore: boolean;
  messages: { none: string; found: string; more: string };
}

/** What a search field's live region says about its results. */
export function searchStatus(t: TFunction, { loading, failed, count, hasMore, messages }: SearchState): string {
  if (loading) return t('common.loading');
  if (failed) return t('errors.NETWORK');
  if (count === 0) return messages.none;
  return hasMore ? `${messages.found} ${messages.more}` : messages.found;
}
