import { useEffect } from 'react';
import type { ModerationQueueChangedPayload } from '@ratusz/shared';
import { socket } from '../../realtime/socket';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';

/**
 * Joins the moderation rooms of these municipalities (again after every
 * reconnect) and calls `onChange` for every queue change pushed there.
 */
export function useModerationLive(
  municipalityIds: readonly string[],
  onChange: (payload: ModerationQueueChangedPayload) => void,
): void {
  const key = municipalityIds.join(',');
  useEffect(() => {
    const rooms = key ? key.split(',').map((id) => `moderation:${id}`) : [];
    const join = () => {
      for (const room of rooms) socket.emit('room.join', { room }, () => undefined);
    };
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.off('connect', join);
      if (socket.connected) for (const room of rooms) socket.emit('room.leave', { room }, () => undefined);
    };
  }, [key]);
  useSocketEvent('moderation.queue', onChange);
}
