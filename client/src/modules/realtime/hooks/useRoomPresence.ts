import { useEffect, useState } from 'react';
import type { PublicRoom } from '@ratusz/shared';
import { socket } from '../socket';

/**
 * Joins a public room while mounted (and again after every reconnect) and
 * returns how many sockets are in it, or null until the server says.
 */
export function useRoomPresence(room: PublicRoom | null): number | null {
  const [presence, setPresence] = useState<{ room: string; count: number } | null>(null);

  useEffect(() => {
    if (!room) return;
    const join = () => socket.emit('room.join', { room }, () => undefined);
    const onPresence = (payload: { room: string; count: number }) => {
      if (payload.room === room) setPresence(payload);
    };
    socket.on('room.presence', onPresence);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.off('room.presence', onPresence);
      socket.off('connect', join);
      if (socket.connected) socket.emit('room.leave', { room }, () => undefined);
    };
  }, [room]);

  return presence && presence.room === room ? presence.count : null;
}
