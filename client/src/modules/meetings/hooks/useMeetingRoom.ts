import { useEffect } from 'react';
import type { PublicRoom } from '@ratusz/shared';
import { socket } from '../../realtime/socket';

/**
 * Joins the room a standalone meetings page needs (its consultation's or its
 * municipality's) while it is shown, again after every reconnect. Pages
 * inside a consultation leave this to the consultation page.
 */
export function useMeetingRoom(room: PublicRoom | null): void {
  useEffect(() => {
    if (!room) return;
    const join = () => socket.emit('room.join', { room }, () => undefined);
    socket.on('connect', join);
    if (socket.connected) join();
    return () => {
      socket.off('connect', join);
      if (socket.connected) socket.emit('room.leave', { room }, () => undefined);
    };
  }, [room]);
}
