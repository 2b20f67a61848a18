/**
 * The one definition of what travels over socket.io. Server gateways and the
 * client socket are both typed with these maps, so an event renamed here breaks
 * the build on both sides instead of silently going unheard.
 */

/** Rooms anyone (even anonymous sockets) may join. */
export type PublicRoom = `municipality:${string}` | `category:${string}` | `thread:${string}`;

const PUBLIC_ROOM_PATTERN = /^(municipality|category|thread):[0-9a-f-]{1,64}$/;

export function isPublicRoom(room: string): room is PublicRoom {
  return PUBLIC_ROOM_PATTERN.test(room);
}

export interface PresencePayload {
  room: PublicRoom;
  /** Distinct sockets in the room across all server instances. */
  count: number;
}

export interface SessionRevokedPayload {
  /** Why the session ended, so the client can say it in the user's language. */
  reason: 'LOGOUT' | 'LOGOUT_EVERYWHERE' | 'REVOKED';
}

export interface RoomAck {
  ok: boolean;
  error?: 'FORBIDDEN' | 'INVALID_ROOM';
}

export interface ServerToClientEvents {
  'room.presence': (payload: PresencePayload) => void;
  'session.revoked': (payload: SessionRevokedPayload) => void;
}

export interface ClientToServerEvents {
  'room.join': (payload: { room: string }, ack: (result: RoomAck) => void) => void;
  'room.leave': (payload: { room: string }, ack: (result: RoomAck) => void) => void;
}

/** Per-socket data the server attaches after authenticating the handshake. */
export interface SocketData {
  userId: string | null;
  sessionId: string | null;
}

export const SOCKET_PATH = '/socket.io';
