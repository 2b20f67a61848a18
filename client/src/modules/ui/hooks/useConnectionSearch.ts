import { useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../forms/hooks/useDebouncedValue';
import { searchStatus } from '../searchStatus';

interface SearchConnection<TNode> {
  nodes: readonly TNode[];
  pageInfo: { hasNextPage: boolean };
}

/**
 * Search-as-you-type over a paginated `(search, first)` query, for a picker:
 * the typed text, debounced into the query; the results (kept while the next
 * ones load, so the list does not flicker); and the sentence its live region says.
 */
export function useConnectionSearch<TData, TNode>(
  document: TypedDocumentNode<TData, { search: string | null; first: number }>,
  connectionOf: (data: TData) => SearchConnection<TNode>,
  messages: { none: string; found: (count: number) => string; more: string },
  pageSize = 10,
): { setSearch: (text: string) => void; results: readonly TNode[]; status: string } {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const { data, previousData, loading, error } = useQuery(document, {
    variables: { search: debounced || null, first: pageSize },
  });
  const shown = data ?? previousData;
  const connection = shown ? connectionOf(shown) : undefined;
  const results = connection?.nodes ?? [];
  const status = searchStatus(t, {
    loading: loading && !connection,
    failed: Boolean(error) && !connection,
    count: results.length,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    messages: { none: messages.none, found: messages.found(results.length), more: messages.more },
  });
  return { setSearch, results, status };
}
