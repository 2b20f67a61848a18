import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { ProblemTreeEvent } from '@ratusz/shared';
import {
  ProblemTreeByJoinCodeDocument,
  ProblemTreeEventsDocument,
  ProblemTreeForConsultationDocument,
} from '../../../gql/graphql';
import { useLiveStream } from '../../realtime/hooks/useLiveStream';
import {
  applyPositions,
  hideNode,
  removeNodes,
  restoreNode,
  setTreeTitle,
  writeLiveNode,
  writeObjectives,
} from '../cache';

/** How long to gather events that need a refetch (a name, evidence titles) into one request. */
const REFETCH_DELAY_MS = 1500;

/**
 * Follows a problem tree live: joins `problemTree:<id>` (again after every
 * reconnect, then catches up with problemTreeEvents) and merges each event,
 * once and in order, into the cached tree. `onAdded` hears nodes others add,
 * and `onModeratorEdit` a moderator's correction with its public note, so the
 * page can say so.
 */
export function useProblemTreeLive(
  treeId: string,
  initialSeq: number,
  meId: string | null,
  onAdded?: (text: string) => void,
  onModeratorEdit?: (text: string, note: string) => void,
): void {
  const client = useApolloClient();
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (refetchTimer.current) clearTimeout(refetchTimer.current);
    },
    [],
  );

  const refetchSoon = () => {
    if (refetchTimer.current) return;
    refetchTimer.current = setTimeout(() => {
      refetchTimer.current = null;
      // Whichever query shows the tree (by consultation, by join code) reads it again.
      void client
        .refetchQueries({ include: [ProblemTreeForConsultationDocument, ProblemTreeByJoinCodeDocument] })
        .catch(() => undefined);
    }, REFETCH_DELAY_MS);
  };

  const apply = (event: ProblemTreeEvent) => {
    const { cache } = client;
    switch (event.kind) {
      case 'node.added':
        if (!writeLiveNode(cache, event.node)) refetchSoon();
        if (event.node.authorId !== meId && event.node.text !== null) onAdded?.(event.node.text);
        return;
      case 'node.edited':
      case 'node.statusChanged':
      case 'node.discussed':
        writeLiveNode(cache, event.node);
        return;
      case 'node.supportChanged':
        writeLiveNode(cache, event.node);
        return;
      case 'node.moved':
        writeLiveNode(cache, event.node);
        applyPositions(cache, event.positions);
        return;
      case 'node.deleted':
        removeNodes(cache, event.treeId, event.removedIds);
        for (const node of event.lifted) writeLiveNode(cache, node);
        applyPositions(cache, event.positions);
        return;
      case 'node.evidenceChanged':
        writeLiveNode(cache, event.node);
        // Evidence arrives as ids; the titles and links come with the tree.
        refetchSoon();
        return;
      case 'objectives.changed':
        if (!writeObjectives(cache, event.treeId, event.objectives, event.priorityServiceAreaCodes)) refetchSoon();
        return;
      case 'tree.updated':
        setTreeTitle(cache, event.treeId, event.title);
        return;
      case 'node.hidden':
        hideNode(cache, event.nodeId, event.hiddenReason);
        // Who may still read a hidden node (its author, moderators, officials) gets its text back from the server.
        refetchSoon();
        return;
      case 'node.restored':
        if (!restoreNode(cache, event.node)) refetchSoon();
        return;
      case 'node.moderatorEdited':
        // The corrected text is a new version: an edit form open on the old one then meets STALE_VERSION.
        if (!writeLiveNode(cache, event.node)) refetchSoon();
        if (event.node.text !== null) onModeratorEdit?.(event.node.text, event.note);
        return;
    }
  };

  useLiveStream({
    event: 'problemTree.event',
    room: `problemTree:${treeId}`,
    initialSeq,
    belongs: (event) => event.treeId === treeId,
    fetchAfter: async (afterSeq) => {
      const { data } = await client.query({
        query: ProblemTreeEventsDocument,
        variables: { treeId, afterSeq },
        fetchPolicy: 'network-only',
      });
      return data?.problemTreeEvents ?? [];
    },
    apply,
  });
}
