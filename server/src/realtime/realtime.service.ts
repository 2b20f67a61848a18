import { Injectable, Logger, Optional } from '@nestjs/common';
import type { Server } from 'socket.io';
import type {
  ClientToServerEvents,
  PublicRoom,
  ServerToClientEvents,
  SessionRevokedPayload,
  SocketData,
} from '@ratusz/shared';
import { MetricsService } from '../metrics/metrics.service.js';

export type RatuszServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Says whether a socket (its user, or null when anonymous) may join the room named by the rest after the prefix. */
export type RoomGuard = (id: string, userId: string | null) => Promise<boolean>;

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * What services use to push live events. It hides the socket.io server so
 * feature code emits typed events without knowing about gateways, and works
 * across instances when the Redis adapter is on.
 */
@Injectable()
export class RealtimeService {
  private readonly logger = new Logger(RealtimeService.name);
  private server: RatuszServer | null = null;

  // Absent in the command-line tools, which have no metrics endpoint.
  constructor(@Optional() private readonly metrics?: MetricsService) {}

  /**
   * Public rooms are open to everyone unless the feature owning the prefix
   * (e.g. `problemTree`) registers who may join; the gateway asks `mayJoin`.
   */
  private readonly roomGuards = new Map<string, RoomGuard>();

  guardRooms(prefix: string, guard: RoomGuard): void {
    this.roomGuards.set(prefix, guard);
  }

  async mayJoin(room: string, userId: string | null): Promise<boolean> {
    const colon = room.indexOf(':');
    const guard = this.roomGuards.get(room.slice(0, colon));
    return guard ? guard(room.slice(colon + 1), userId) : true;
  }

  attach(server: RatuszServer): void {
    this.server = server;
  }

  emitToRoom<E extends keyof ServerToClientEvents>(
    room: PublicRoom | string,
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): void {
    this.server?.to(room).emit(event, ...payload);
    this.metrics?.eventEmitted(event);
    // One line per event (not per socket), with the id of the request or job that caused it (see LogScope).
    this.logger.log(`Emitted ${event} to ${room}`);
  }

  /**
   * The same event to many rooms, each with its own payload (e.g. every recipient of a fan-out their unread count),
   * logged as one line: a line per room cost a reply to a 20-follower thread a tenth of its CPU.
   */
  emitToEach<E extends keyof ServerToClientEvents>(
    event: E,
    emits: readonly (readonly [room: string, ...payload: Parameters<ServerToClientEvents[E]>])[],
  ): void {
    if (!emits.length) return;
    for (const [room, ...payload] of emits) {
      this.server?.to(room).emit(event, ...payload);
      this.metrics?.eventEmitted(event);
    }
    this.logger.log(`Emitted ${event} to ${emits.length} room(s), the first ${emits[0]![0]}`);
  }

  async roomSize(room: string): Promise<number> {
    if (!this.server) return 0;
    return (await this.server.in(room).fetchSockets()).length;
  }

  /** Tells the sockets of ended sessions why, then drops them, so no revoked login keeps listening. */
  async endSessions(sessionIds: string[], reason: SessionRevokedPayload['reason']): Promise<void> {
    const server = this.server;
    if (!server || sessionIds.length === 0) return;
    const rooms = sessionIds.map(sessionRoom);
    server.to(rooms).emit('session.revoked', { reason });
    try {
      server.in(rooms).disconnectSockets();
    } catch (error) {
      this.logger.warn(`Could not disconnect revoked sockets: ${String(error)}`);
    }
  }
}
