/**
 * What the anonymous read cache may serve: documents whose every field is listed here. Each listed field must be
 * derived only from rows whose changes the database counts (migrations/1764300700000-ReadCache.ts): a thread's row
 * and its posts (`forum_threads.read_version`), users and organisations (`read_cache_generation`). A field reading
 * anything else (mentions, municipalities, memberships, the viewer) must stay off the list, or pages would go stale.
 * Viewer-dependent fields are listed only where an anonymous viewer always gets the same answer.
 */
export const CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  'ForumPostConnection.nodes',
  'ForumPostConnection.pageInfo',
  'PageInfo.endCursor',
  'PageInfo.hasNextPage',
  'ForumPost.id',
  'ForumPost.threadId',
  'ForumPost.parentId',
  'ForumPost.number',
  'ForumPost.depth',
  'ForumPost.path',
  'ForumPost.bodyHtml',
  'ForumPost.hiddenReason',
  'ForumPost.bodySource',
  'ForumPost.deleted',
  'ForumPost.stance',
  'ForumPost.score',
  // Anonymous: never held posts (others see nothing of them) and never a reaction of one's own.
  'ForumPost.awaitingModeration',
  'ForumPost.reactedByMe',
  // Anonymous: never a moderator, so never offered a sanction.
  'ForumPost.viewerCanSanction',
  'ForumPost.replyCount',
  'ForumPost.createdAt',
  'ForumPost.editedAt',
  'ForumPost.quotedPostId',
  'ForumPost.author',
  'ForumPost.organisation',
  'UserSummary.id',
  'UserSummary.displayName',
  'UserSummary.handle',
  'Organisation.id',
  'Organisation.name',
  'Organisation.verified',
]);

/** Root fields the cache serves, each with the argument naming the forum thread whose version keys the answer. */
export const CACHEABLE_ROOTS: Readonly<Record<string, { threadArgument: string }>> = {
  threadPosts: { threadArgument: 'threadId' },
};
