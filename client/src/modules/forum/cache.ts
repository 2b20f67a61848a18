import type { ApolloCache, FieldPolicy, Reference } from '@apollo/client';
import type { LivePost } from '@ratusz/shared';
import { ForumAuthorFragmentDoc, ForumPostFieldsFragmentDoc, type ForumPostFieldsFragment } from '../../gql/graphql';

/** A live post in the shape the client caches; the author comes from the cache when known. */
export function livePostToFragment(cache: ApolloCache, post: LivePost, reactedByMe = false): ForumPostFieldsFragment {
  const author = post.authorId
    ? cache.readFragment({
        fragment: ForumAuthorFragmentDoc,
        id: cache.identify({ __typename: 'UserSummary', id: post.authorId }),
      })
    : null;
  const cached = cache.readFragment({
    fragment: ForumPostFieldsFragmentDoc,
    fragmentName: 'ForumPostFields',
    id: cache.identify({ __typename: 'ForumPost', id: post.id }),
  });
  return {
    __typename: 'ForumPost',
    id: post.id,
    threadId: post.threadId,
    parentId: post.parentId,
    number: post.number,
    depth: post.depth,
    path: post.path,
    bodyHtml: post.bodyHtml,
    bodySource: post.bodySource,
    hiddenReason: post.hiddenReason,
    // Live events of held replies reach nobody but after approval, when the post is no longer held.
    awaitingModeration: false,
    quotedPostId: post.quotedPostId,
    deleted: post.deleted,
    stance: post.stance,
    score: post.score,
    reactedByMe,
    replyCount: post.replyCount,
    createdAt: post.createdAt,
    editedAt: post.editedAt,
    author: author ?? null,
    // "Name (Organisation)" as the thread page shows it; events stored before they carried it leave what is cached.
    organisation: post.organisation
      ? { __typename: 'Organisation', ...post.organisation }
      : (cached?.organisation ?? null),
    // Events do not say whether this viewer may sanction the author: what the last read said stands, and a
    // post first seen live offers no warning or block until the page is read again (never one the server refuses).
    viewerCanSanction: cached?.viewerCanSanction ?? false,
  };
}

/** Whether the post is already cached (e.g. shown after the reply mutation or a later page). */
export function isPostCached(cache: ApolloCache, postId: string): boolean {
  return (
    cache.readFragment({
      fragment: ForumPostFieldsFragmentDoc,
      fragmentName: 'ForumPostFields',
      id: cache.identify({ __typename: 'ForumPost', id: postId }),
    }) !== null
  );
}

interface PostList {
  nodes: readonly Reference[];
  pageInfo: unknown;
}

/** Posts of `incoming` not already in `existing`, appended; null when none is new. */
export function appendPosts<T extends { nodes: readonly Reference[] }>(
  existing: T,
  incoming: readonly Reference[],
): T | null {
  const known = new Set(existing.nodes.map((node) => node.__ref));
  const added = incoming.filter((node) => !known.has(node.__ref));
  return added.length > 0 ? { ...existing, nodes: [...existing.nodes, ...added] } : null;
}

/** A page of `threadPosts` merged into what is cached: a first page replaces the list, a later one extends it. */
export function mergeThreadPostsPage(existing: PostList | undefined, incoming: PostList, after: unknown): PostList {
  if (!existing || !after) return incoming;
  // Live posts are appended before their page is fetched, so a later page may repeat some.
  return { ...incoming, nodes: appendPosts(existing, incoming.nodes)?.nodes ?? existing.nodes };
}

/**
 * The field policy of `Query.threadPosts`. Each cached list (one per thread,
 * order and subtree) remembers in its `storage` which thread it belongs to,
 * so insertPosts can find a thread's lists without parsing Apollo's store keys.
 */
export function threadPostsPolicy(): FieldPolicy<PostList> {
  return {
    keyArgs: ['threadId', 'order', 'rootPostId'],
    merge(existing, incoming, { args, storage }) {
      if (typeof args?.threadId === 'string') storage.threadId = args.threadId;
      return mergeThreadPostsPage(existing, incoming, args?.after);
    },
  };
}

/**
 * Writes posts into the cache and appends them to every loaded `threadPosts`
 * list of their thread (subtree views keep only their own descendants when rendering).
 */
export function insertPosts(cache: ApolloCache, threadId: string, posts: readonly ForumPostFieldsFragment[]): void {
  const refs: Reference[] = [];
  for (const post of posts) {
    const ref = cache.writeFragment({
      fragment: ForumPostFieldsFragmentDoc,
      fragmentName: 'ForumPostFields',
      data: post,
    });
    if (ref) refs.push(ref);
  }
  if (refs.length === 0) return;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      threadPosts(value, { storage }) {
        const existing = value as Partial<PostList> | undefined;
        if (!existing?.nodes || storage.threadId !== threadId) return value;
        return (appendPosts({ ...existing, nodes: existing.nodes }, refs) as typeof value | null) ?? value;
      },
    },
  });
}

/** Applies a live change to a post the cache already holds, keeping what only this reader knows (reactedByMe). */
export function updateCachedPost(cache: ApolloCache, post: LivePost): void {
  cache.modify({
    id: cache.identify({ __typename: 'ForumPost', id: post.id }),
    fields: {
      bodyHtml: () => post.bodyHtml,
      bodySource: () => post.bodySource,
      hiddenReason: () => post.hiddenReason,
      deleted: () => post.deleted,
      score: () => post.score,
      replyCount: () => post.replyCount,
      editedAt: () => post.editedAt,
    },
  });
}

export function updateCachedScore(cache: ApolloCache, postId: string, score: number): void {
  cache.modify({ id: cache.identify({ __typename: 'ForumPost', id: postId }), fields: { score: () => score } });
}

export function updateCachedThread(
  cache: ApolloCache,
  threadId: string,
  changes: { title: string | null; pinned: boolean; locked: boolean },
): void {
  cache.modify({
    id: cache.identify({ __typename: 'ForumThread', id: threadId }),
    // A hidden thread's title travels in no event (null): keep the one read, which only who may see it has.
    fields: {
      title: (title: string | null) => changes.title ?? title,
      pinned: () => changes.pinned,
      locked: () => changes.locked,
    },
  });
}
