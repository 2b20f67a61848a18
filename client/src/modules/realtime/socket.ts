import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@ratusz/shared';

export type RatuszSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The one socket of the app, on the same origin as the page. The server reads
 * the session cookie only during the handshake, so whenever the cookie changes
 * (login, logout, revoked session) the socket must reconnect: see reconnectSocket.
 */
export const socket: RatuszSocket = io({
  path: SOCKET_PATH,
  autoConnect: false,
  withCredentials: true,
  // WebSocket first: one connection for the socket's whole life, so instances behind a load balancer need no sticky
  // sessions; long-polling stays as the fallback for networks that block WebSockets.
  transports: ['websocket', 'polling'],
});

/** Opens a fresh connection so its handshake carries the current session cookie (or none). */
export function reconnectSocket(): void {
  // disconnect() closes the underlying connection; connect() performs a new handshake.
  socket.disconnect();
  socket.connect();
}
