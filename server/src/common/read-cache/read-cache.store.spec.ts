import { ReadCacheStore } from './read-cache.store.js';

const answer = (bytes: number, version = '1') => ({
  version,
  body: Buffer.alloc(bytes, 'x'),
  contentType: 'application/json',
});

describe('ReadCacheStore', () => {
  it('evicts the least recently used answers to stay within its budget', () => {
    const store = new ReadCacheStore(1_000);
    store.set('a', answer(100));
    store.set('b', answer(100));
    store.set('c', answer(100));
    store.get('a');
    for (const key of ['d', 'e', 'f', 'g', 'h', 'i', 'j']) store.set(key, answer(100));
    expect(store.size.bytes).toBeLessThanOrEqual(1_000);
    expect(store.get('a')).toBeDefined();
    expect(store.get('b')).toBeUndefined();
    expect(store.get('j')?.body.length).toBe(100);
  });

  it('replaces an answer under the same key without counting it twice', () => {
    const store = new ReadCacheStore(1_000);
    store.set('a', answer(100, '1'));
    store.set('a', answer(50, '2'));
    expect(store.get('a')?.version).toBe('2');
    expect(store.size).toEqual({ entries: 1, bytes: 51 });
  });

  it('keeps out an answer too large for a fair share of the budget', () => {
    const store = new ReadCacheStore(1_000);
    store.set('big', answer(500));
    expect(store.get('big')).toBeUndefined();
    expect(store.size.entries).toBe(0);
  });
});
