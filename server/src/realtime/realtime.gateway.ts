import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayInit,
} from '@nestjs/websockets';
import type { OnModuleDestroy } from '@nestjs/common';
import type { Socket } from 'socket.io';
import {
  SOCKET_PATH,
  isPublicRoom,
  type ClientToServerEvents,
  type PublicRoom,
  type RoomAck,
  type ServerToClientEvents,
  type SocketData,
} from '@ratusz/shared';
import { Public } from '../common/auth/access.decorators.js';
import { requestIdFrom, withLogScope } from '../common/logging/logger.js';
import { SessionService } from '../accounts/services/session.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { readSessionToken } from '../accounts/session-cookie.js';
import { RealtimeService, sessionRoom, userRoom, type RatuszServer } from './realtime.service.js';

type RatuszSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** setTimeout's limit (about 24.8 days); a later expiry is reached in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * At most one presence count per room in this time, longer for big rooms (a fifth of a millisecond per socket):
 * counting and telling every socket costs O(room size), so one per join would make a crowd arriving at once cost
 * O(n²) (10,000 sockets joining: 50 million messages); this way a room gets at most about 5,000 presence messages a
 * second whatever its size.
 */
const PRESENCE_INTERVAL_MS = 500;
const PRESENCE_MS_PER_SOCKET = 0.2;

/**
 * The one socket.io endpoint. The handshake is authenticated from the same
 * session cookie as GraphQL; anonymous sockets are allowed but may only join
 * public rooms.
 */
@Public()
@WebSocketGateway({ path: SOCKET_PATH, serveClient: false })
export class RealtimeGateway implements OnGatewayInit<RatuszServer>, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private server!: RatuszServer;
  /** Set on shutdown: sockets dropped by the closing server must not broadcast through a closing adapter. */
  private closing = false;
  /** Per room: when its presence was last counted, and whether another count is already due. */
  private readonly presence = new Map<PublicRoom, { last: number; interval: number; timer: NodeJS.Timeout | null }>();

  constructor(
    private readonly sessions: SessionService,
    private readonly realtime: RealtimeService,
    private readonly metrics: MetricsService,
  ) {}

  afterInit(server: RatuszServer): void {
    this.server = server;
    this.realtime.attach(server);
    server.use((socket, next) => {
      this.sessions
        .authenticate(readSessionToken(socket.handshake.headers.cookie))
        .then((auth) => {
          socket.data = { userId: auth?.userId ?? null, sessionId: auth?.sessionId ?? null };
          if (auth) {
            void socket.join([sessionRoom(auth.sessionId), userRoom(auth.userId)]);
            this.endAtExpiry(socket, auth.expiresAt);
          }
          next();
        })
        .catch((error: unknown) => {
          this.logger.error(`Socket authentication failed: ${String(error)}`);
          next(new Error('INTERNAL_SERVER_ERROR'));
        });
    });
    server.on('connection', (socket: RatuszSocket) => {
      // socket.io answers its handshake before Express sees it, so the socket gets its own request id (a proxy's
      // X-Request-Id, else a new one), carried into the log records of everything its messages cause.
      const requestId = requestIdFrom(socket.handshake.headers['x-request-id']);
      socket.use((_packet, next) => withLogScope({ requestId, socketId: socket.id }, next));
      this.metrics.socketConnected();
      socket.on('disconnect', () => this.metrics.socketDisconnected());
      socket.on('disconnecting', () => {
        const rooms = [...socket.rooms].filter(isPublicRoom);
        // Counted after the socket has left, hence the next tick.
        setImmediate(() => rooms.forEach((room) => this.schedulePresence(room)));
      });
    });
  }

  @SubscribeMessage('room.join')
  async join(@ConnectedSocket() socket: RatuszSocket, @MessageBody() body: { room?: unknown }): Promise<RoomAck> {
    const room = body?.room;
    if (typeof room !== 'string' || !isPublicRoom(room)) return { ok: false, error: 'INVALID_ROOM' };
    if (!(await this.realtime.mayJoin(room, socket.data.userId))) return { ok: false, error: 'FORBIDDEN' };
    await socket.join(room);
    this.logger.debug(`Joined ${room}`);
    this.schedulePresence(room);
    return { ok: true };
  }

  @SubscribeMessage('room.leave')
  async leave(@ConnectedSocket() socket: RatuszSocket, @MessageBody() body: { room?: unknown }): Promise<RoomAck> {
    const room = body?.room;
    if (typeof room !== 'string' || !isPublicRoom(room)) return { ok: false, error: 'INVALID_ROOM' };
    await socket.leave(room);
    this.logger.debug(`Left ${room}`);
    this.schedulePresence(room);
    return { ok: true };
  }

  /**
   * A socket outlives the page load that authenticated it; when its session
   * runs out it is told so (the client shows "session expired") and dropped,
   * exactly as if the session had been revoked.
   */
  private endAtExpiry(socket: RatuszSocket, expiresAt: Date): void {
    let timer: NodeJS.Timeout;
    const arm = () => {
      const left = expiresAt.getTime() - Date.now();
      timer = setTimeout(
        () => {
          if (left > MAX_TIMER_MS) return arm();
          socket.emit('session.revoked', { reason: 'EXPIRED' });
          socket.disconnect(true);
        },
        Math.max(0, Math.min(left, MAX_TIMER_MS)),
      );
      timer.unref();
    };
    arm();
    socket.on('disconnect', () => clearTimeout(timer));
  }

  // The first shutdown hook: the job queue stops in another one, and presence asked meanwhile would still be
  // waiting on Redis when the adapter closes its clients.
  onModuleDestroy(): void {
    this.closing = true;
    for (const { timer } of this.presence.values()) if (timer) clearTimeout(timer);
    this.presence.clear();
  }

  /** Counts now when the room has not been counted for a while, else once at the end of the interval. */
  private schedulePresence(room: PublicRoom): void {
    if (this.closing) return;
    const state = this.presence.get(room) ?? { last: 0, interval: PRESENCE_INTERVAL_MS, timer: null };
    this.presence.set(room, state);
    if (state.timer) return;
    const wait = state.last + state.interval - Date.now();
    const count = () => {
      state.timer = null;
      state.last = Date.now();
      void this.broadcastPresence(room).then((size) => {
        state.interval = Math.max(PRESENCE_INTERVAL_MS, size * PRESENCE_MS_PER_SOCKET);
        // Forgotten once quiet, so rooms nobody visits any more do not stay in the map.
        setTimeout(() => {
          if (!state.timer && this.presence.get(room) === state) this.presence.delete(room);
        }, state.interval).unref();
      });
    };
    if (wait <= 0) count();
    else state.timer = setTimeout(count, wait);
  }

  /** Tells the room how many are in it; resolves with that number (0 when it could not count). */
  private async broadcastPresence(room: PublicRoom): Promise<number> {
    if (this.closing) return 0;
    try {
      const count = (await this.server.in(room).fetchSockets()).length;
      this.server.to(room).emit('room.presence', { room, count });
      return count;
    } catch (error) {
      this.logger.warn(`Presence for ${room} failed: ${String(error)}`);
      return 0;
    }
  }
}
