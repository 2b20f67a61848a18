import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_PATH,
  ThreadEventSequencer,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type ThreadEvent,
} from '@ratusz/shared';
import { GraphQLClient } from './graphql-client.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** threadEvents answers at most this many per call. */
const EVENTS_PAGE = 500;

const EVENTS = `query($t: ID!, $after: Int!) { threadEvents(threadId: $t, afterSeq: $after) { seq payload } }`;

/**
 * A reader in a thread's room, as the browser is: live events through the
 * sequencer, gaps filled from the API; `connect` again follows the server to
 * a new URL after a restart and catches up on what it missed.
 */
export class ThreadReader {
  readonly createdPostIds = new Set<string>();
  readonly appliedSeqs: number[] = [];
  private readonly sequencer: ThreadEventSequencer;
  private socket: ClientSocket | undefined;
  private client!: GraphQLClient;

  constructor(
    private readonly threadId: string,
    seq: number,
  ) {
    this.sequencer = new ThreadEventSequencer(seq, (event: ThreadEvent) => {
      this.appliedSeqs.push(event.seq);
      if (event.kind === 'post.created') this.createdPostIds.add(event.post.id);
    });
  }

  async connect(url: string): Promise<void> {
    this.socket?.disconnect();
    this.client = new GraphQLClient(url);
    const socket: ClientSocket = io(url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    this.socket = socket;
    socket.on('thread.events', (events) => {
      for (const event of events) if (this.sequencer.push(event) === 'gap') void this.catchUp().catch(() => undefined);
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    await socket.timeout(10_000).emitWithAck('room.join', { room: `thread:${this.threadId}` });
    await this.catchUp();
  }

  async catchUp(): Promise<void> {
    for (;;) {
      const data = await this.client.data<{ threadEvents: { payload: string }[] }>(EVENTS, {
        t: this.threadId,
        after: this.sequencer.lastSeq,
      });
      for (const record of data.threadEvents) this.sequencer.push(JSON.parse(record.payload) as ThreadEvent);
      if (data.threadEvents.length < EVENTS_PAGE) return;
    }
  }

  get lastSeq(): number {
    return this.sequencer.lastSeq;
  }

  close(): void {
    this.socket?.disconnect();
  }
}
