interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** Appends the next page of one connection field to the page already shown (an Apollo `updateQuery`). */
export function appendPage<K extends string>(key: K) {
  return <TData extends { [P in K]: { nodes: readonly unknown[] } }>(
    previous: TData,
    { fetchMoreResult }: { fetchMoreResult: TData },
  ): TData =>
    ({
      ...previous,
      [key]: { ...fetchMoreResult[key], nodes: [...previous[key].nodes, ...fetchMoreResult[key].nodes] },
    }) as TData;
}

/**
 * "Load more" under a cursor-paginated list; shown only while there is a next
 * page. A failed page load keeps what is shown (the list's own error callout reports it).
 */
export function LoadMoreButton({
  pageInfo,
  label,
  onLoadMore,
}: {
  pageInfo: PageInfo | null | undefined;
  label: string;
  onLoadMore: (after: string | null | undefined) => Promise<unknown>;
}) {
  if (!pageInfo?.hasNextPage) return null;
  return (
    <button type="button" className="button" onClick={() => void onLoadMore(pageInfo.endCursor).catch(() => undefined)}>
      {label}
    </button>
  );
}
