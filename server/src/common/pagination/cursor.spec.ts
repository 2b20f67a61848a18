import { DomainError } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor, toConnection } from './cursor.js';

describe('cursors', () => {
  it('round-trips a sort key and id', () => {
    const cursor = encodeCursor(['Łużna', 'b1f6c6e8-0000-4000-8000-000000000001']);
    expect(decodeCursor(cursor)).toEqual(['Łużna', 'b1f6c6e8-0000-4000-8000-000000000001']);
  });

  it('treats a missing cursor as the first page', () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });

  it.each([
    ['not base64 json'],
    [Buffer.from('{"a":1}').toString('base64url')],
    [Buffer.from('[1,2,3]').toString('base64url')],
  ])('refuses a forged cursor %s with a field error', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(DomainError);
  });

  it('uses the extra row only to tell that a next page exists', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id${n}`, n }));
    const page = toConnection(rows, 2, (r) => [r.n, r.id]);
    expect(page.nodes).toEqual(rows.slice(0, 2));
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor)).toEqual([2, 'id2']);

    const last = toConnection(rows.slice(0, 2), 2, (r) => [r.n, r.id]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 2, () => [0, '']).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
