import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { LivePost, ThreadEvent } from '@ratusz/shared';
import { ThreadEventsDocument, ThreadPostsDocument } from '../../../gql/graphql';
import { useLiveStream } from '../../realtime/hooks/useLiveStream';
import {
  insertPosts,
  isPostCached,
  livePostToFragment,
  updateCachedPost,
  updateCachedScore,
  updateCachedThread,
} from '../cache';

/**
 * Follows a thread live: joins its room (again after every reconnect, then
 * catches up with threadEvents) and applies its events exactly once, in order.
 * Edits, deletions and reactions go straight into the cache; new posts by
 * others wait in `pending` until the reader asks to see them.
 */
export function useThreadLive(threadId: string, initialSeq: number, meId: string | null) {
  const client = useApolloClient();
  const [pending, setPending] = useState<LivePost[]>([]);

  const apply = (event: ThreadEvent) => {
    const { cache } = client;
    switch (event.kind) {
      case 'post.created':
        if (isPostCached(cache, event.post.id)) return;
        if (meId && event.post.authorId === meId) {
          insertPosts(cache, threadId, [livePostToFragment(cache, event.post)]);
        } else {
          setPending((posts) => (posts.some((p) => p.id === event.post.id) ? posts : [...posts, event.post]));
        }
        return;
      case 'post.edited':
      case 'post.deleted':
        updateCachedPost(cache, event.post);
        setPending((posts) => posts.map((p) => (p.id === event.post.id ? event.post : p)));
        return;
      case 'reaction.changed':
        updateCachedScore(cache, event.postId, event.score);
        return;
      case 'thread.updated':
        updateCachedThread(cache, threadId, event);
        return;
    }
  };

  useLiveStream({
    event: 'thread.events',
    room: `thread:${threadId}`,
    initialSeq,
    belongs: (event) => event.threadId === threadId,
    fetchAfter: async (afterSeq) => {
      const { data } = await client.query({
        query: ThreadEventsDocument,
        variables: { threadId, afterSeq },
        fetchPolicy: 'network-only',
      });
      return data?.threadEvents ?? [];
    },
    apply,
  });

  return {
    pending,
    showPending: () => {
      const { cache } = client;
      const posts = pending.map((post) => livePostToFragment(cache, post));
      insertPosts(cache, threadId, posts);
      setPending([]);
      // Live posts carry only the author's id: fetch the names the cache does not know yet.
      if (posts.some((post, index) => !post.author && pending[index].authorId))
        void client.refetchQueries({ include: [ThreadPostsDocument] }).catch(() => undefined);
    },
  };
}
