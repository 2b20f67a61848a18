import { useEffect } from 'react';
import type { Socket } from 'socket.io-client';
import { socket } from '../socket';

/**
 * Keeps the socket connected while the app is mounted. The server drops the
 * sockets of revoked sessions ("io server disconnect"), which socket.io does not
 * retry on its own; this reconnects them, anonymously from then on. Renders nothing.
 */
export function RealtimeConnection() {
  useEffect(() => {
    let retry: number | undefined;
    const onDisconnect = (reason: Socket.DisconnectReason) => {
      if (reason === 'io server disconnect') retry = window.setTimeout(() => socket.connect(), 250);
    };
    socket.on('disconnect', onDisconnect);
    socket.connect();
    return () => {
      window.clearTimeout(retry);
      socket.off('disconnect', onDisconnect);
      socket.disconnect();
    };
  }, []);
  return null;
}
