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
  reason: 'LOGOUT' | 'LOGOUT_EVERYWHERE' | 'REVOKED' | 'EXPIRED';
}

export interface RoomAck {
  ok: boolean;
  error?: 'FORBIDDEN' | 'INVALID_ROOM';
}

/** A post as pushed live; the same fields as the GraphQL `ForumPost` the client caches. */
export interface LivePost {
  id: string;
  threadId: string;
  parentId: string | null;
  number: number;
  depth: number;
  path: string;
  authorId: string | null;
  bodyHtml: string | null;
  bodySource: string | null;
  quotedPostId: string | null;
  deleted: boolean;
  stance: 'FOR' | 'AGAINST' | 'NEUTRAL' | null;
  score: number;
  replyCount: number;
  createdAt: string;
  editedAt: string | null;
}

/**
 * Everything that changes a thread, numbered by a per-thread sequence. A
 * client remembers the last `seq` it applied and, after a reconnect, asks
 * `threadEvents(threadId, afterSeq)` for the ones it missed.
 */
export type ThreadEvent =
  | { kind: 'post.created'; threadId: string; seq: number; post: LivePost }
  | { kind: 'post.edited'; threadId: string; seq: number; post: LivePost }
  | { kind: 'post.deleted'; threadId: string; seq: number; post: LivePost }
  | { kind: 'reaction.changed'; threadId: string; seq: number; postId: string; score: number }
  | { kind: 'thread.updated'; threadId: string; seq: number; title: string; pinned: boolean; locked: boolean };

/** Thread lists: a thread appeared or changed (new reply, pinned, locked) in a category. */
export interface CategoryThreadPayload {
  categoryId: string;
  threadId: string;
  kind: 'thread.created' | 'thread.updated';
}

export interface ServerToClientEvents {
  'room.presence': (payload: PresencePayload) => void;
  'session.revoked': (payload: SessionRevokedPayload) => void;
  'thread.event': (payload: ThreadEvent) => void;
  'category.thread': (payload: CategoryThreadPayload) => void;
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
