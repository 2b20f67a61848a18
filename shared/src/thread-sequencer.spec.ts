import type { ThreadEvent } from './socket-events.js';
import { ThreadEventSequencer } from './thread-sequencer.js';

const event = (seq: number): ThreadEvent => ({ kind: 'reaction.changed', threadId: 't', seq, postId: 'p', score: seq });

describe('ThreadEventSequencer', () => {
  it('applies events in order, once each', () => {
    const applied: number[] = [];
    const sequencer = new ThreadEventSequencer(3, (e) => applied.push(e.seq));
    expect(sequencer.push(event(4))).toBe('applied');
    expect(sequencer.push(event(4))).toBe('duplicate');
    expect(sequencer.push(event(2))).toBe('duplicate');
    expect(sequencer.push(event(5))).toBe('applied');
    expect(applied).toEqual([4, 5]);
    expect(sequencer.lastSeq).toBe(5);
  });

  it('holds events after a gap until the gap is filled, then applies them in order', () => {
    const applied: number[] = [];
    const sequencer = new ThreadEventSequencer(0, (e) => applied.push(e.seq));
    expect(sequencer.push(event(3))).toBe('gap');
    expect(sequencer.push(event(2))).toBe('gap');
    expect(sequencer.push(event(3))).toBe('duplicate');
    expect(applied).toEqual([]);
    expect(sequencer.push(event(1))).toBe('applied');
    expect(applied).toEqual([1, 2, 3]);
    expect(sequencer.lastSeq).toBe(3);
  });
});
