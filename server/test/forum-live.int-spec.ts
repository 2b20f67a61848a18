import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_PATH,
  ThreadEventSequencer,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type ThreadEvent,
} from '@ratusz/shared';
import { RealtimeService } from '../src/realtime/realtime.service.js';
import { registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, reply } from './support/forum-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const EVENTS = `query($t: ID!, $after: Int!) { threadEvents(threadId: $t, afterSeq: $after) { seq payload } }`;

/** What the browser does: join the room, apply live events through the sequencer, fill gaps from the API. */
class ThreadFollower {
  readonly applied: ThreadEvent[] = [];
  readonly sequencer: ThreadEventSequencer;
  socket!: ClientSocket;

  constructor(
    private readonly t: TestApp,
    private readonly reader: RegisteredUser,
    private readonly threadId: string,
    seq: number,
  ) {
    this.sequencer = new ThreadEventSequencer(seq, (event) => this.applied.push(event));
  }

  async connect(): Promise<void> {
    this.socket = io(this.t.url, { path: SOCKET_PATH, transports: ['websocket'], reconnection: false, forceNew: true });
    this.socket.on('thread.events', (events) => {
      for (const event of events) if (this.sequencer.push(event) === 'gap') void this.catchUp();
    });
    await new Promise<void>((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('connect_error', reject);
    });
    await this.socket.timeout(5000).emitWithAck('room.join', { room: `thread:${this.threadId}` });
    await this.catchUp();
  }

  async catchUp(): Promise<void> {
    const data = await this.reader.client.data<{ threadEvents: { payload: string }[] }>(EVENTS, {
      t: this.threadId,
      after: this.sequencer.lastSeq,
    });
    for (const record of data.threadEvents) this.sequencer.push(JSON.parse(record.payload) as ThreadEvent);
  }

  async until(predicate: () => boolean): Promise<void> {
    const deadline = Date.now() + 5000;
    while (!predicate()) {
      if (Date.now() > deadline)
        throw new Error(`Timed out; applied: ${JSON.stringify(this.applied.map((e) => e.seq))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe('live forum', () => {
  let t: TestApp;
  let writer: RegisteredUser;
  let reader: RegisteredUser;
  let categoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    writer = await registerUser(t.client());
    reader = await registerUser(t.client());
    categoryId = await createCategory(t.db);
  });
  afterAll(() => t.close());

  it('pushes new replies, edits, deletions and reactions to readers of the thread, in sequence', async () => {
    const thread = await createThread(writer.client, categoryId);
    const follower = new ThreadFollower(t, reader, thread.id, thread.seq);
    await follower.connect();

    const post = await reply(writer.client, thread.id, 'Na żywo');
    await writer.client.data(`mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, {
      input: { postId: post.id, body: 'Na żywo, poprawione' },
    });
    await reader.client.data(`mutation($id: ID!) { togglePostReaction(id: $id) { reacted } }`, { id: post.id });
    await writer.client.data(`mutation($id: ID!) { deletePost(id: $id) { id } }`, { id: post.id });

    await follower.until(() => follower.applied.length === 4);
    expect(follower.applied.map((e) => e.kind)).toEqual([
      'post.created',
      'post.edited',
      'reaction.changed',
      'post.deleted',
    ]);
    expect(follower.applied.map((e) => e.seq)).toEqual([2, 3, 4, 5]);
    const created = follower.applied[0];
    expect(created.kind === 'post.created' && created.post.bodyHtml).toBe('<p>Na żywo</p>\n');
    follower.socket.disconnect();
  });

  it('after a disconnect, delivers the replies posted meanwhile exactly once', async () => {
    const thread = await createThread(writer.client, categoryId);
    const follower = new ThreadFollower(t, reader, thread.id, thread.seq);
    await follower.connect();
    await reply(writer.client, thread.id, 'Przed przerwą');
    await follower.until(() => follower.applied.length === 1);

    follower.socket.disconnect();
    for (const body of ['Pierwsza w przerwie', 'Druga w przerwie', 'Trzecia w przerwie'])
      await reply(writer.client, thread.id, body);

    await follower.connect();
    // One more live reply after reconnecting: it must neither be lost nor duplicate the caught-up ones.
    await reply(writer.client, thread.id, 'Po powrocie');
    await follower.until(() => follower.applied.length === 5);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const bodies = follower.applied.map((e) => (e.kind === 'post.created' ? e.post.bodyHtml : e.kind));
    expect(bodies).toEqual([
      '<p>Przed przerwą</p>\n',
      '<p>Pierwsza w przerwie</p>\n',
      '<p>Druga w przerwie</p>\n',
      '<p>Trzecia w przerwie</p>\n',
      '<p>Po powrocie</p>\n',
    ]);
    expect(follower.applied.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6]);
    follower.socket.disconnect();
  });

  it('sends a busy thread’s events several to a message, in order, none lost, and what waits on shutdown', async () => {
    const thread = await createThread(writer.client, categoryId);
    const socket: ClientSocket = io(t.url, { path: SOCKET_PATH, transports: ['websocket'], forceNew: true });
    const other: ClientSocket = io(t.url, { path: SOCKET_PATH, transports: ['websocket'], forceNew: true });
    try {
      const messages: ThreadEvent[][] = [];
      const otherMessages: ThreadEvent[][] = [];
      socket.on('thread.events', (events) => messages.push(events));
      other.on('thread.events', (events) => otherMessages.push(events));
      expect(await socket.timeout(5000).emitWithAck('room.join', { room: `thread:${thread.id}` })).toEqual({
        ok: true,
      });
      expect(await other.timeout(5000).emitWithAck('room.join', { room: `thread:${categoryId}` })).toEqual({
        ok: true,
      });
      const until = async (done: () => boolean) => {
        const deadline = Date.now() + 5000;
        while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(done()).toBe(true);
      };

      // Queued in one turn of the event loop: one message, in the order queued, to that room only.
      const realtime = t.app.get(RealtimeService);
      const event = (seq: number): ThreadEvent => ({
        kind: 'reaction.changed',
        threadId: thread.id,
        seq,
        postId: thread.id,
        score: seq,
      });
      realtime.emitBatched(`thread:${thread.id}`, 'thread.events', event(101));
      realtime.emitBatched(`thread:${thread.id}`, 'thread.events', event(102));
      realtime.emitBatched(`thread:${thread.id}`, 'thread.events', event(103));
      await until(() => messages.length === 1);
      expect(messages[0]!.map((e) => e.seq)).toEqual([101, 102, 103]);
      // Queued right after a message: it waits for the room's interval, then goes alone.
      realtime.emitBatched(`thread:${thread.id}`, 'thread.events', event(104));
      await until(() => messages.length === 2);
      expect(messages[1]!.map((e) => e.seq)).toEqual([104]);
      expect(otherMessages).toEqual([]);

      // Replies written at once: every event arrives once, in sequence, however they were grouped.
      messages.length = 0;
      const bodies = Array.from({ length: 8 }, (_, i) => `Równocześnie ${i}`);
      await Promise.all(bodies.map((body) => reply(writer.client, thread.id, body)));
      await until(() => messages.flat().length === 8);
      expect(messages.flat().map((e) => e.seq)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
      expect(new Set(messages.flat().map((e) => (e.kind === 'post.created' ? e.post.bodySource : null)))).toEqual(
        new Set(bodies),
      );

      // On shutdown what waits is sent at once, not dropped with the sockets.
      realtime.emitBatched(`thread:${thread.id}`, 'thread.events', event(105));
      realtime.flushBatches();
      await until(() => messages.flat().some((e) => e.seq === 105));
    } finally {
      socket.disconnect();
      other.disconnect();
    }
  });

  it('announces new threads and new replies to the category room', async () => {
    const socket: ClientSocket = io(t.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
    await socket.timeout(5000).emitWithAck('room.join', { room: `category:${categoryId}` });
    const seen: string[] = [];
    socket.on('category.thread', (payload) => seen.push(payload.kind));
    const thread = await createThread(writer.client, categoryId);
    await reply(reader.client, thread.id, 'Odpowiedź');
    const deadline = Date.now() + 5000;
    while (seen.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual(['thread.created', 'thread.updated']);
    socket.disconnect();
  });
});
