import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  PresencePayload,
  RoomAck,
  ServerToClientEvents,
  SessionRevokedPayload,
} from '@ratusz/shared';
import { SOCKET_PATH } from '@ratusz/shared';
import { registerUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { redisAvailable, redisUrl } from './support/redis.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const sockets: ClientSocket[] = [];

async function connect(url: string, cookie?: string | null): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

function join(socket: ClientSocket, room: string): Promise<RoomAck> {
  return socket.timeout(5000).emitWithAck('room.join', { room });
}

function next<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  matches: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${event} within 5 s`)), 5000);
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    socket.on(event, listener as never);
  });
}

afterEach(() => {
  sockets.splice(0).forEach((s) => s.disconnect());
});

describe('live channel', () => {
  let t: TestApp;
  const room = 'municipality:6f1c2a34-0000-4000-8000-000000000001';

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('tells everyone in a public room how many are present, as sockets join and leave', async () => {
    const first = await connect(t.url);
    const firstSeesOne = next(first, 'room.presence', (p) => p.count === 1);
    expect(await join(first, room)).toEqual({ ok: true });
    expect(await firstSeesOne).toEqual<PresencePayload>({ room, count: 1 });

    const firstSeesTwo = next(first, 'room.presence', (p) => p.count === 2);
    const second = await connect(t.url);
    const secondSeesTwo = next(second, 'room.presence', (p) => p.count === 2);
    await join(second, room);
    expect((await firstSeesTwo).count).toBe(2);
    expect((await secondSeesTwo).count).toBe(2);

    const firstSeesOneAgain = next(first, 'room.presence', (p) => p.count === 1);
    second.disconnect();
    expect((await firstSeesOneAgain).count).toBe(1);
  });

  it('refuses private or malformed rooms', async () => {
    const socket = await connect(t.url);
    for (const bad of ['user:123', 'session:abc', 'thread:../../etc', '', 'municipality:']) {
      expect(await join(socket, bad)).toEqual({ ok: false, error: 'INVALID_ROOM' });
    }
  });

  it('pushes session.revoked to a logged-in socket when its session is ended elsewhere, then drops it', async () => {
    const user = await registerUser(t.client());
    const socket = await connect(t.url, user.client.cookie);
    const otherUser = await registerUser(t.client());
    const bystander = await connect(t.url, otherUser.client.cookie);
    let bystanderRevoked = false;
    bystander.on('session.revoked', () => (bystanderRevoked = true));

    const revoked = next(socket, 'session.revoked');
    const dropped = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    // A second browser of the same user logs out everywhere.
    const second = t.client();
    await second.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
      input: { email: user.email, password: user.password },
    });
    await second.data(`mutation { logoutEverywhere }`);

    expect(await revoked).toEqual<SessionRevokedPayload>({ reason: 'LOGOUT_EVERYWHERE' });
    expect(await dropped).toBe('io server disconnect');
    expect(bystanderRevoked).toBe(false);
    expect(bystander.connected).toBe(true);
  });

  it('logs a socket out when its session expires while it is connected', async () => {
    const user = await registerUser(t.client());
    await t.db.query(`UPDATE sessions SET expires_at = now() + interval '1 second' WHERE user_id = $1`, [user.id]);
    const socket = await connect(t.url, user.client.cookie);
    const dropped = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect(await next(socket, 'session.revoked')).toEqual<SessionRevokedPayload>({ reason: 'EXPIRED' });
    expect(await dropped).toBe('io server disconnect');
  });

  it('ignores a revoked cookie on a new socket (connects as anonymous)', async () => {
    const user = await registerUser(t.client());
    const cookie = user.client.cookie;
    await user.client.data(`mutation { logout }`);
    const socket = await connect(t.url, cookie);
    let revoked = false;
    socket.on('session.revoked', () => (revoked = true));
    await t.client().data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
      input: { email: user.email, password: user.password },
    });
    // Logging out everywhere must not reach a socket that never held a live session.
    const again = t.client();
    await again.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
      input: { email: user.email, password: user.password },
    });
    await again.data(`mutation { logoutEverywhere }`);
    expect(await join(socket, room)).toEqual({ ok: true });
    expect(revoked).toBe(false);
  });
});

describe('live channel across two server instances (Redis adapter)', () => {
  let available = false;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    available = await redisAvailable();
    if (!available) {
      console.warn(
        `Redis is not reachable at ${redisUrl}: the multi-instance test is skipped. Set REDIS_URL to run it.`,
      );
      return;
    }
    a = await startTestApp({ config: { redisUrl } });
    b = await startTestApp({ databaseUrl: a.databaseUrl, config: { redisUrl } });
  });
  afterAll(async () => {
    if (!available) return;
    await b.app.close();
    await a.close();
  });

  it('counts presence and revokes sessions across instances', async () => {
    if (!available) return;
    const room = `thread:${crypto.randomUUID()}`;
    const onA = await connect(a.url);
    await join(onA, room);
    const seesTwo = next(onA, 'room.presence', (p) => p.count === 2);
    const onB = await connect(b.url);
    await join(onB, room);
    expect((await seesTwo).count).toBe(2);

    const user = await registerUser(a.client());
    const userSocketOnB = await connect(b.url, user.client.cookie);
    const revoked = next(userSocketOnB, 'session.revoked');
    await user.client.data(`mutation { logout }`);
    expect(await revoked).toEqual({ reason: 'LOGOUT' });
  });
});
