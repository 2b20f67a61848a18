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
