import { useApolloClient } from '@apollo/client/react';
import { useEffect, useEffectEvent, useState } from 'react';
import { ThreadEventSequencer, type LivePost, type ThreadEvent } from '@ratusz/shared';
import { ThreadEventsDocument, ThreadPostsDocument } from '../../../gql/graphql';
import { socket } from '../../realtime/socket';
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

  const apply = useEffectEvent((event: ThreadEvent) => {
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
  });

  useEffect(() => {
    const room = `thread:${threadId}`;
    const sequencer = new ThreadEventSequencer(initialSeq, (event) => apply(event));
    let disposed = false;
    let running = false;
    let again = false;

    const catchUp = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const { data } = await client.query({
            query: ThreadEventsDocument,
            variables: { threadId, afterSeq: sequencer.lastSeq },
            fetchPolicy: 'network-only',
          });
          if (disposed) return;
          for (const record of data?.threadEvents ?? []) sequencer.push(JSON.parse(record.payload) as ThreadEvent);
        } while (again && !disposed);
      } catch {
        // The next reconnect or gap tries again.
      } finally {
        running = false;
      }
    };

    const onEvent = (event: ThreadEvent) => {
      if (event.threadId !== threadId) return;
      if (sequencer.push(event) === 'gap') void catchUp();
    };
    const join = () => socket.emit('room.join', { room }, () => void catchUp());

    socket.on('thread.event', onEvent);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      disposed = true;
      socket.off('thread.event', onEvent);
      socket.off('connect', join);
      if (socket.connected) socket.emit('room.leave', { room }, () => undefined);
    };
  }, [client, threadId, initialSeq]);

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
