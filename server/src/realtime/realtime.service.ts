import { Injectable, Logger, Optional, type OnModuleDestroy } from '@nestjs/common';
import type { Server } from 'socket.io';
import type {
  ClientToServerEvents,
  PublicRoom,
  ServerToClientEvents,
  SessionRevokedPayload,
  SocketData,
  SocketEventItem,
} from '@ratusz/shared';
import { currentLogScope, outsideLogScope, withLogScope, type LogScope } from '../common/logging/logger.js';
import { MetricsService } from '../metrics/metrics.service.js';

export type RatuszServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Says whether a socket (its user, or null when anonymous) may join the room named by the rest after the prefix. */
export type RoomGuard = (id: string, userId: string | null) => Promise<boolean>;

/** The events whose payload is a list, sent in batches by `emitBatched`. */
export type BatchedEvent = {
  [E in keyof ServerToClientEvents]: Parameters<ServerToClientEvents[E]> extends [readonly unknown[]] ? E : never;
}[keyof ServerToClientEvents];

/**
 * The shortest time between two batches of one event to one room. A busy room's sockets get at most
 * 1000 / BATCH_INTERVAL_MS messages a second whatever the number of events, each a frame and a system call per socket;
 * a quiet room's first event goes out at the next turn of the event loop, not later.
 */
const BATCH_INTERVAL_MS = 50;

interface Batch {
  room: string;
  event: BatchedEvent;
  /** Each item with the log scope of the request (or job) that queued it, so the log line names it. */
  items: { item: unknown; scope: LogScope | undefined }[];
  send(items: unknown[]): void;
  /** Set from a send until BATCH_INTERVAL_MS later: events queued meanwhile wait for it. */
  timer: NodeJS.Timeout | null;
}

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const userRoom = (userId: string) => `user:${userId}`;

/**
 * What services use to push live events. It hides the socket.io server so
 * feature code emits typed events without knowing about gateways, and works
 * across instances when the Redis adapter is on.
 */
@Injectable()
export class RealtimeService implements OnModuleDestroy {
  private readonly logger = new Logger(RealtimeService.name);
  private server: RatuszServer | null = null;
  /** Per event and room: what waits to be sent, or a room that sent a batch less than BATCH_INTERVAL_MS ago. */
  private readonly batches = new Map<string, Batch>();

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

  /**
   * Queues `item` for the room's next batch of `event` (sent as a list, in the order queued): at the next turn of the
   * event loop when the room sent none in the last BATCH_INTERVAL_MS, else when that interval ends. Under load the
   * events of many writes share one message, as with a thread taking hundreds of replies a second.
   */
  emitBatched<E extends BatchedEvent>(room: PublicRoom | string, event: E, item: SocketEventItem<E>): void {
    const key = `${event} ${room}`;
    let batch = this.batches.get(key);
    if (!batch) {
      const send = (items: unknown[]) =>
        this.server?.to(room).emit(event, ...([items] as Parameters<ServerToClientEvents[E]>));
      batch = { room, event, items: [], timer: null, send };
      this.batches.set(key, batch);
      const queued = batch;
      // Outside the request's scope: the batch may carry other requests' events too, each logged with its own scope.
      outsideLogScope(() => setImmediate(() => this.tick(key, queued)));
    }
    batch.items.push({ item, scope: currentLogScope() });
  }

  /** Sends what waits and keeps the room's interval; a whole interval without events ends it. */
  private tick(key: string, batch: Batch): void {
    if (this.batches.get(key) !== batch) return;
    if (batch.items.length === 0) {
      // The next event goes out at once.
      this.batches.delete(key);
      return;
    }
    this.send(batch);
    batch.timer = setTimeout(() => this.tick(key, batch), BATCH_INTERVAL_MS);
    batch.timer.unref();
  }

  private send(batch: Batch): void {
    const items = batch.items;
    batch.items = [];
    batch.send(items.map((queued) => queued.item));
    this.metrics?.eventEmitted(batch.event, items.length);
    // One line per request (or job) that contributed, under its id: an event stays traceable to what caused it.
    const perScope = new Map<LogScope | undefined, number>();
    for (const { scope } of items) perScope.set(scope, (perScope.get(scope) ?? 0) + 1);
    for (const [scope, count] of perScope) {
      withLogScope(scope ?? {}, () =>
        this.logger.log(`Emitted ${batch.event} to ${batch.room} (${count} of ${items.length})`),
      );
    }
  }

  /** Sends every waiting batch now (on shutdown, before the sockets close). */
  flushBatches(): void {
    for (const batch of this.batches.values()) {
      if (batch.timer) clearTimeout(batch.timer);
      if (batch.items.length > 0) this.send(batch);
    }
    // A batch's pending first turn finds itself gone and does nothing.
    this.batches.clear();
  }

  onModuleDestroy(): void {
    this.flushBatches();
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
