import type { ThreadEvent } from './socket-events.js';

export type PushResult = 'applied' | 'duplicate' | 'gap';

/**
 * Applies a thread's events exactly once and in order, whether they arrive
 * live, twice (live and from a catch-up query), or out of order. When it
 * sees a gap it holds the later events back and answers 'gap': the caller
 * then asks `threadEvents(threadId, afterSeq: lastSeq)` and pushes what it gets.
 */
export class ThreadEventSequencer<E extends { seq: number } = ThreadEvent> {
  private readonly pending = new Map<number, E>();

  constructor(
    private seq: number,
    private readonly apply: (event: E) => void,
  ) {}

  get lastSeq(): number {
    return this.seq;
  }

  push(event: E): PushResult {
    if (event.seq <= this.seq || this.pending.has(event.seq)) return 'duplicate';
    if (event.seq > this.seq + 1) {
      this.pending.set(event.seq, event);
      return 'gap';
    }
    this.apply(event);
    this.seq = event.seq;
    for (let next = this.pending.get(this.seq + 1); next; next = this.pending.get(this.seq + 1)) {
      this.pending.delete(next.seq);
      this.apply(next);
      this.seq = next.seq;
    }
    return 'applied';
  }
}
