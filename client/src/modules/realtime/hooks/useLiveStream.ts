import { useEffect, useEffectEvent } from 'react';
import type { Socket } from 'socket.io-client';
import { ThreadEventSequencer, type PublicRoom, type ServerToClientEvents, type SocketEventItem } from '@ratusz/shared';
import { socket } from '../socket';

type Sequenced<E extends keyof ServerToClientEvents> = SocketEventItem<E> & { seq: number };

/** The socket events whose payloads are numbered by a per-entity sequence, so they can be caught up. */
export type SequencedEventName = {
  [E in keyof ServerToClientEvents]: SocketEventItem<E> extends { seq: number } ? E : never;
}[keyof ServerToClientEvents];

export interface LiveStreamOptions<E extends SequencedEventName> {
  /** The socket event the stream's entity publishes. */
  event: E;
  /** The entity's public room. */
  room: PublicRoom;
  /** The sequence number of the last event already reflected in what the page shows. */
  initialSeq: number;
  /** Whether an event of `event` belongs to this stream (the socket hears every room it joined). */
  belongs: (payload: Sequenced<E>) => boolean;
  /** The stored payloads after `afterSeq`, in order (the entity's `…Events(id, afterSeq)` query). */
  fetchAfter: (afterSeq: number) => Promise<readonly { payload: string }[]>;
  /** Called once per event, in sequence order. */
  apply: (payload: Sequenced<E>) => void;
}

/**
 * Follows one sequenced live stream: joins its room (again after every
 * reconnect, then catches up with `fetchAfter`) and hands its events to
 * `apply` exactly once, in order, fetching whatever a gap skipped.
 */
export function useLiveStream<E extends SequencedEventName>(options: LiveStreamOptions<E>): void {
  const { event, room, initialSeq } = options;
  const belongs = useEffectEvent(options.belongs);
  const fetchAfter = useEffectEvent(options.fetchAfter);
  const apply = useEffectEvent(options.apply);

  useEffect(() => {
    const sequencer = new ThreadEventSequencer<Sequenced<E>>(initialSeq, (payload) => apply(payload));
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
          const records = await fetchAfter(sequencer.lastSeq);
          if (disposed) return;
          for (const record of records) sequencer.push(JSON.parse(record.payload) as Sequenced<E>);
        } while (again && !disposed);
      } catch {
        // The next reconnect or gap tries again.
      } finally {
        running = false;
      }
    };

    const onEvent = (payload: Sequenced<E> | Sequenced<E>[]) => {
      for (const item of Array.isArray(payload) ? payload : [payload]) {
        if (belongs(item) && sequencer.push(item) === 'gap') void catchUp();
      }
    };
    const join = () => socket.emit('room.join', { room }, () => void catchUp());

    // socket.io's typed overloads cannot follow a generic event name; this hook's signature keeps callers typed.
    const untyped = socket as unknown as Socket;
    untyped.on(event as string, onEvent);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      disposed = true;
      untyped.off(event as string, onEvent);
      socket.off('connect', join);
      if (socket.connected) socket.emit('room.leave', { room }, () => undefined);
    };
  }, [event, room, initialSeq]);
}
