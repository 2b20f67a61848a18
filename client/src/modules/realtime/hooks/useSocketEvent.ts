import { useEffect, useEffectEvent } from 'react';
import type { ServerToClientEvents } from '@ratusz/shared';
import { socket } from '../socket';

/** Runs `handler` for every `event` the server pushes while the component is mounted. */
export function useSocketEvent<E extends keyof ServerToClientEvents>(
  event: E,
  handler: (...args: Parameters<ServerToClientEvents[E]>) => void,
): void {
  const onEvent = useEffectEvent(handler);
  useEffect(() => {
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) => onEvent(...args)) as ServerToClientEvents[E];
    socket.on(event, listener as never);
    return () => {
      socket.off(event, listener as never);
    };
  }, [event]);
}
