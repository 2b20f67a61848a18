import { useEffect, useEffectEvent } from 'react';
import type { Socket } from 'socket.io-client';
import type { ServerToClientEvents } from '@ratusz/shared';
import { socket } from '../socket';

type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

/** Runs `handler` for every `event` the server pushes while the component is mounted. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(
  event: E,
  handler: (payload: Payload<E>) => void,
): void {
  const onEvent = useEffectEvent(handler);
  useEffect(() => {
    // socket.io's typed overloads cannot follow a generic event name; this hook's signature keeps callers typed.
    const untyped = socket as unknown as Socket;
    const listener = (payload: Payload<E>) => onEvent(payload);
    untyped.on(event as string, listener);
    return () => {
      untyped.off(event as string, listener);
    };
  }, [event]);
}
